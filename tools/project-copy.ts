/**
 * A throw-away copy of this project that `astro build` can run on (the data,
 * content, sources and config; node_modules linked, not copied), and a
 * timed build of it. Benchmarks grow or stock such copies; tests corrupt
 * them. Nothing is written to this checkout.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FOLDERS = ['src', 'public', 'content', 'tariffs'];
const FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A buildable copy of the project at `root`, in a new temporary folder named after `prefix`. */
export function buildableCopy(root: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of FOLDERS) cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of FILES) cpSync(join(root, name), join(dir, name));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Builds the project at `dir` into `outDir`; returns the seconds it took. */
export function timedBuild(dir: string, outDir: string, env: Record<string, string> = {}): number {
  const start = performance.now();
  execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...env },
    stdio: 'ignore',
  });
  return (performance.now() - start) / 1000;
}
