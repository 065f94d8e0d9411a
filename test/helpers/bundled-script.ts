/**
 * A Node script of this checkout (the CLI, the receiver), bundled once per
 * test file into one plain .mjs, so each run of it is `node file.mjs`: tsx
 * compiling the sources again on every spawn cost ≈ 0.45 CPU-s a run, and the
 * CLI tests spawn it dozens of times. The bundle is the same source: each
 * module's `import.meta.url` stays its own file's address (the CLI finds the
 * checkout from it). Packages stay outside the bundle (some load native
 * code), so the file lives in node_modules/.cache, where Node finds them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { ROOT } from './tariff';

const ownUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    // esbuild runs this filter as a Go regular expression, which takes no flags.
    build.onLoad({ filter: /\/(src|scripts)\/.*\.tsx?$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      loader: path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

const made = new Map<string, Promise<string>>();

/** The bundled file for a script given relative to the checkout (`src/cli/main.ts`). */
export async function bundledScript(entry: string): Promise<string> {
  const known = made.get(entry);
  if (known !== undefined) return known;
  const file = bundle(entry);
  made.set(entry, file);
  return file;
}

async function bundle(entry: string): Promise<string> {
  const cache = join(ROOT, 'node_modules/.cache/bundled-scripts');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'run-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    plugins: [ownUrl],
  });
  return outfile;
}
