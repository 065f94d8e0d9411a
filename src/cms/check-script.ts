/**
 * /admin/cms-check.js: the browser's save check (admin/refuse-save.ts) with
 * everything it imports, bundled by esbuild (Astro's own bundler for
 * dependencies, a dependency of ours so the build can call it). Built once
 * per build; the dev and edit servers build it on the first load of /admin/.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHECK_SCRIPT = 'cms-check.js';

let built: Promise<string> | undefined;

export function checkScript(): Promise<string> {
  built ??= build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'admin/refuse-save.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  }).then(
    (result) => result.outputFiles[0]?.text ?? '',
    (error: unknown) => {
      // A failed bundle is not kept: the next load of /admin/ tries again.
      built = undefined;
      throw error;
    },
  );
  return built;
}
