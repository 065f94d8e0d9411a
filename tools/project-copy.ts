/**
 * A throw-away copy of this project that `astro build` can run on (the data,
 * content, sources and config; packages linked, not copied), and a
 * timed build of it. Benchmarks grow or stock such copies; tests corrupt
 * them. Nothing is written to this checkout.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadTariff } from '../src/tariff-files/node';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FOLDERS = ['src', 'public', 'content', 'tariffs'];
const FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A buildable copy of the project at `root`, in a new temporary folder named after `prefix`. */
export function buildableCopy(root: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of FOLDERS) cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of FILES) cpSync(join(root, name), join(dir, name));
  // Each package linked, not the folder: Astro keeps its content cache in
  // node_modules/.astro, which copies built side by side must not share.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/**
 * A buildable copy of the project at `root` as published: without the dated
 * changes of tariffs/changes/, the inventory, or the pages of plans and
 * add-ons that only a change brings. Tests that name prices and pages build
 * this, so an editor's change to the checkout breaks none of them.
 */
export function publishedCopy(root: string, prefix: string): string {
  const dir = buildableCopy(root, prefix);
  rmSync(join(dir, 'tariffs/changes'), { recursive: true, force: true });
  rmSync(join(dir, 'inventory'), { recursive: true, force: true });
  const loaded = loadTariff(dir);
  if (!loaded.ok) throw new Error(`the published files in ${root}/tariffs are invalid: run npm run tariff -- check`);
  const [published] = loaded.history.versions;
  const ids = { plans: published?.plans.map((p) => p.id) ?? [], addons: published?.addons.map((a) => a.id) ?? [] };
  for (const folder of ['plans', 'addons'] as const) {
    const pages = join(dir, 'content', folder);
    if (!existsSync(pages)) continue;
    for (const name of readdirSync(pages)) {
      if (name.endsWith('.mdx') && !ids[folder].includes(name.slice(0, -4))) rmSync(join(pages, name));
    }
  }
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
