/**
 * Builds the sites once, side by side, for every test file that needs them: the root build in
 * dist/ (this checkout as published: no dated change, no inventory, so an
 * editor's change breaks no test; see publishedCopy), and a "stocked" build under
 * the base path /tariff/ in a temporary folder, from a copy of the project
 * with the fixture inventory (test/fixtures/inventory/numbers.csv). Each is
 * served by a static server. Tests read the addresses with inject().
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './child-env';
import { serveStatic, type RunningServer } from '../../tools/static-server';
import { headersFor, parseHeadersFile } from '../../tools/headers-file';
import { copyProject } from './project-copy';
import { startEndpoint } from './endpoint-server';
import { wecom } from '../../src/receiver/channels';
import { createReceiver, type ReceiverHandler } from '../../src/receiver/handler';
import { createOutbox } from '../../src/receiver/outbox';
import { createRateLimit } from '../../src/receiver/rate-limit';
import { readFromFolder, siteVersions } from '../../src/receiver/site-versions';
import { openStore } from '../../src/receiver/store';
import { APPLY_EMAIL, INVENTORY_FIXTURE, ROOT } from './tariff';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    baseSiteUrl: string;
    baseSiteDir: string;
    /** The stand-in form service the stocked build sends 办理 applications to. */
    endpointUrl: string;
  }
}

/** Builds one site in a child process; the two builds run side by side. */
async function build(root: string, outDir: string, base: string): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    // The root build is a public deploy (sitemap, canonical links); the base-path one has no SITE_URL.
    env: buildEnv({
      OUT_DIR: outDir,
      BASE_PATH: base,
      ...(base === '/' ? { SITE_URL: 'https://tariff.example.cn' } : {}),
    }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`astro build of ${root} (base ${base}) exited with ${String(code)}`);
}

/**
 * The real 办理 receiver for the stocked build: it prices with the versions that
 * build published and notifies the stand-in's robot (/robot) as 企业微信.
 */
function receiverFor(siteUrl: string, siteDir: string, endpointUrl: string): ReceiverHandler {
  const store = openStore(':memory:');
  return createReceiver({
    siteUrl,
    store,
    versions: siteVersions(readFromFolder(siteDir)),
    outbox: createOutbox(store, [wecom(`${endpointUrl}/robot`)]),
    channels: ['wecom'],
    rateLimit: createRateLimit(1000, 600_000),
    quoteDays: 7,
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = join(ROOT, 'dist');
  const baseSiteDir = mkdtempSync(join(tmpdir(), 'tariff-base-'));
  const published = copyProject({ buildable: true });
  const endpoint = await startEndpoint();
  const stocked = copyProject({ buildable: true });
  mkdirSync(join(stocked.root, 'inventory'));
  copyFileSync(INVENTORY_FIXTURE, join(stocked.root, 'inventory/numbers.csv'));
  // Marketing's 办理 settings: an address for 发送邮件 and a form service.
  stocked.edit('tariffs/notes.yaml', (text) =>
    text.replace(
      '  complaintsQQ:',
      // …and the partner sites that may frame the embed pages: any page on this machine's "localhost".
      `  applyEmail: ${APPLY_EMAIL}\n  applyEndpoint: ${endpoint.url}/applications\n  embedOrigins: ['http://localhost:*']\n  complaintsQQ:`,
    ),
  );
  await Promise.all([build(published.root, siteDir, '/'), build(stocked.root, baseSiteDir, '/tariff/')]);
  // The stocked build is served with the headers it wrote (dist/_headers), as a CDN would send them.
  const rules = parseHeadersFile(readFileSync(join(baseSiteDir, '_headers'), 'utf8'));
  const servers: RunningServer[] = [
    await serveStatic(siteDir),
    await serveStatic(baseSiteDir, { base: '/tariff/', headersFor: (path) => headersFor(rules, path) }),
  ];
  endpoint.useReceiver(receiverFor(servers[1]?.url ?? '', baseSiteDir, endpoint.url));
  project.provide('siteUrl', servers[0]?.url ?? '');
  project.provide('siteDir', siteDir);
  project.provide('baseSiteUrl', servers[1]?.url ?? '');
  project.provide('baseSiteDir', baseSiteDir);
  project.provide('endpointUrl', endpoint.url);
  return async () => {
    await Promise.all([...servers.map((s) => s.close()), endpoint.close()]);
    for (const dir of [baseSiteDir, published.root, stocked.root]) rmSync(dir, { recursive: true, force: true });
  };
}
