/**
 * The editor's preview: `npm run dev` on a copy of the project. Saving a
 * change file shows its price; a broken one shows its Chinese message in the
 * terminal and in the browser's error overlay, never the old price; fixing or
 * removing it brings the right price back. Waits on conditions, not sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { buildEnv } from '../helpers/child-env';
import { copyProject } from '../helpers/project-copy';
import { shiftedDay } from '../helpers/days';
import { freePort } from '../helpers/free-port';
import type { TariffSnapshot } from '../../src/cms/tariff-snapshot';

const change = (date: string, path: string, to: string) =>
  `date: '${date}'\nnote: 彩铃功能费调整\nchanges:\n  - set: ${path}\n    to: '${to}'\n`;

describe('npm run dev, as an editor previews a change', () => {
  const project = copyProject({ buildable: true });
  const date = shiftedDay(-1);
  const file = join(project.root, `tariffs/changes/${date}-ringback.yaml`);
  let dev: ChildProcess;
  let output = '';
  let base = '';
  let browser: Browser;

  /** The price on the 彩铃功能 page, or the HTTP status when the page is an error. */
  const price = async (): Promise<string> => {
    const response = await fetch(`${base}/addons/ringback/`).catch(() => undefined);
    if (response === undefined) return 'down';
    if (!response.ok) return String(response.status);
    return /(\d+\.\d\d) 元\/年/u.exec(await response.text())?.[1] ?? 'no price';
  };

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(
      process.execPath,
      [join(project.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
      // Without Vitest's own markers, which Astro's dev server reads as "running under a test".
      {
        cwd: project.root,
        // As `npm run edit` starts it: with the CMS's local backend.
        env: {
          ...Object.fromEntries(Object.entries(buildEnv()).filter(([key]) => !/^(VITEST|TEST$)/u.test(key))),
          CMS_LOCAL_BACKEND: '1',
        },
      },
    );
    dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.on('error', (error) => (output += `\n${error.message}`));
    dev.on('exit', (code) => (output += `\nastro dev exited with ${code}`));
    // The first page waits for the dev server to start and compile: a condition, not a sleep.
    const until = Date.now() + 150_000;
    let last = '';
    while ((last = await price()) !== '100.00') {
      if (Date.now() > until) throw new Error(`astro dev did not serve the page (${last}):\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await sharedChromium();
  }, 180_000);

  afterAll(async () => {
    await releaseChromium(browser);
    dev?.kill();
    rmSync(project.root, { recursive: true, force: true });
  });

  it('under npm run edit: /admin/ with its own policy and configuration, and the local backend on this project', async () => {
    const admin = await fetch(`${base}/admin/`);
    expect(admin.headers.get('content-security-policy')).toContain("'unsafe-eval'");
    expect(await admin.text()).toContain('<meta name="robots" content="noindex, nofollow" />');
    const config = (await (await fetch(`${base}/admin/config.json`)).json()) as {
      collections: { name: string }[];
      local_backend: { url: string };
    };
    expect(config.collections.map((c) => c.name)).toEqual(['changes', 'plans', 'addons', 'pages', 'inventory']);
    // The save check in the browser, and the files it checks against: this project's, as they are now.
    const check = await fetch(`${base}/admin/cms-check.js`);
    expect([check.status, check.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(await check.text()).toContain('SAVE_REFUSED');
    const files = (await (await fetch(`${base}/admin/tariff-files.json`)).json()) as TariffSnapshot;
    expect(files.files['tariffs/plans.yaml']).toBe(readFileSync(join(project.root, 'tariffs/plans.yaml'), 'utf8'));
    // The backend's address carries this run's key; /admin/ calls it from its own origin.
    expect(config.local_backend.url).toMatch(/^\/api\/v1\/\?key=[\w-]{32}$/u);
    const ask = (url: string) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base.replace('127.0.0.1', 'localhost') },
        body: JSON.stringify({ action: 'info' }),
      });
    expect((await ask('/api/v1/')).status).toBe(403);
    const info = await fetch(`${base}${config.local_backend.url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(base).origin },
      body: JSON.stringify({ action: 'info' }),
    });
    expect(await info.json()).toMatchObject({ type: 'local_fs' });
    expect(output).toContain(`内容管理（网页编辑）：http://localhost:`);
  });

  it('a new change file, then an edit of it, shows each new price within seconds', async () => {
    mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
    writeFileSync(file, change(date, 'addons.ringback.charges.fee.amount', '150'));
    await expect.poll(price, { timeout: 20_000, interval: 250 }).toBe('150.00');
    writeFileSync(file, change(date, 'addons.ringback.charges.fee.amount', '160'));
    await expect.poll(price, { timeout: 20_000, interval: 250 }).toBe('160.00');
  });

  it('a broken change file: its Chinese message in the terminal and the overlay, never the old price', async () => {
    writeFileSync(file, change(date, 'addons.ringbak.charges.fee.amount', '170'));
    const line = `tariffs/changes/${date}-ringback.yaml:4:10: 错误 change/unknown-id：这个版本里没有附加功能 “ringbak”（是不是 “ringback”？）`;
    await expect.poll(() => output.includes(line), { timeout: 20_000, interval: 250 }).toBe(true);
    await expect.poll(price, { timeout: 20_000, interval: 250 }).toBe('500');
    const page = await browser.newPage();
    await page.goto(`${base}/addons/ringback/`);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''), {
        timeout: 20_000,
        interval: 250,
      })
      .toContain('change/unknown-id');
    // The overlay's own words in Chinese, its code view and "Open in editor" on the change file, no stack trace.
    const overlay = await page.evaluate(() => {
      const root = document.querySelector('vite-error-overlay')?.shadowRoot;
      const text = (selector: string) => root?.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        name: text('#name'),
        title: text('#title'),
        hint: text('#hint-content'),
        file: root?.querySelector('#code header h2')?.getAttribute('title') ?? '',
        stack: text('#stack-content'),
      };
    });
    expect(overlay).toEqual({
      name: '资费数据有误',
      title: '页面暂不显示价格',
      hint: '改正文件并保存后，页面会自动刷新。',
      file: `${file}:4:10`,
      stack: '',
    });
    await page.close();
  });

  it('a change file that holds itself (a YAML alias): a message and an error page, never the old price', async () => {
    writeFileSync(file, `date: '${date}'\nnote: x\nchanges: &r [*r]\n`);
    await expect.poll(() => output.includes('yaml/alias'), { timeout: 20_000, interval: 250 }).toBe(true);
    await expect.poll(price, { timeout: 20_000, interval: 250 }).toBe('500');
    expect(output).not.toContain('Maximum call stack');
  });

  it('fixing the file, then removing it, brings the right price back', async () => {
    writeFileSync(file, change(date, 'addons.ringback.charges.fee.amount', '170'));
    await expect.poll(price, { timeout: 20_000, interval: 250 }).toBe('170.00');
    rmSync(file);
    await expect.poll(price, { timeout: 20_000, interval: 250 }).toBe('100.00');
  });
});
