/**
 * Builds the site once for every test file that needs it: the root build in
 * dist/ (this checkout as it is: no inventory), and a "stocked" build under
 * the base path /tariff/ in a temporary folder, from a copy of the project
 * with the fixture inventory (test/fixtures/inventory/numbers.csv). Each is
 * served by a static server. Tests read the addresses with inject().
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './child-env';
import { serveStatic, type RunningServer } from '../../tools/static-server';
import { copyProject } from './project-copy';
import { INVENTORY_FIXTURE, ROOT } from './tariff';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    baseSiteUrl: string;
    baseSiteDir: string;
  }
}

function build(root: string, outDir: string, base: string): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    // The root build is a public deploy (sitemap, canonical links); the base-path one has no SITE_URL.
    env: buildEnv({
      OUT_DIR: outDir,
      BASE_PATH: base,
      ...(base === '/' ? { SITE_URL: 'https://tariff.example.cn' } : {}),
    }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = join(ROOT, 'dist');
  const baseSiteDir = mkdtempSync(join(tmpdir(), 'tariff-base-'));
  build(ROOT, siteDir, '/');
  const stocked = copyProject({ buildable: true });
  mkdirSync(join(stocked.root, 'inventory'));
  copyFileSync(INVENTORY_FIXTURE, join(stocked.root, 'inventory/numbers.csv'));
  build(stocked.root, baseSiteDir, '/tariff/');
  const servers: RunningServer[] = [await serveStatic(siteDir), await serveStatic(baseSiteDir, { base: '/tariff/' })];
  project.provide('siteUrl', servers[0]?.url ?? '');
  project.provide('siteDir', siteDir);
  project.provide('baseSiteUrl', servers[1]?.url ?? '');
  project.provide('baseSiteDir', baseSiteDir);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
