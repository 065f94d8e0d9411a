/**
 * 选号 at scale: build time with an inventory of 10k / 100k / 1M numbers
 * (a CSV in a temporary copy of the project, so the figure includes the
 * check, the grading and the writing of the index), and, against the 100k
 * build in Chromium at 1× and 4× CPU, the number data each query fetches,
 * the time from a filter change to the painted result, and per keystroke.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { demoInventory } from '../../src/inventory/read';
import { NUMBER_DATA_DIR } from '../../src/inventory/index-format';
import { buildableCopy, timedBuild } from '../../tools/project-copy';

interface InventoryBuild {
  numbers: number;
  seconds: number;
  /** Chunk files and their total size. */
  files: number;
  bytes: number;
  gzipBytes: number;
  outDir: string;
}

function projectWithInventory(root: string, count: number): string {
  const dir = buildableCopy(root, `tariff-stock-${count}-`);
  if (count > 0) {
    mkdirSync(join(dir, 'inventory'));
    const rows = demoInventory(count).map((n, i) => `${n.number},${i % 3 === 0 ? '电信' : '联通'}`);
    writeFileSync(join(dir, 'inventory/numbers.csv'), `number,carrier\n${rows.join('\n')}\n`);
  }
  return dir;
}

/** Builds with 0 and each inventory size; best of two for the small ones, where noise dominates. */
export function benchInventoryBuilds(root: string, sizes: number[]): InventoryBuild[] {
  return [0, ...sizes].map((count) => {
    const dir = projectWithInventory(root, count);
    const outDir = join(dir, 'dist');
    let best = Infinity;
    for (let run = 0; run < (count >= 1_000_000 ? 1 : 2); run++) {
      best = Math.min(best, timedBuild(dir, outDir));
    }
    const data = join(outDir, NUMBER_DATA_DIR);
    let files = 0;
    let bytes = 0;
    let gzipBytes = 0;
    if (count > 0)
      for (const name of readdirSync(data)) {
        files++;
        bytes += statSync(join(data, name)).size;
        gzipBytes += gzipSync(readFileSync(join(data, name))).length;
      }
    return { numbers: count, seconds: best, files, bytes, gzipBytes, outDir };
  });
}

interface PickerQuery {
  query: string;
  throttle: number;
  found: string;
  /** Number data a shared link to the query fetches, from a cold cache (bytes, and gzip of the same files). */
  dataBytes: number;
  dataGzipBytes: number;
  /** A shared link to the query: from navigation start to its painted result (throttled CPU, cold cache). */
  linkMs: number;
  /** From the filter change to the painted result, on a page showing the first view; 0 for the first view. */
  firstMs: number;
}

interface PickerTyping {
  throttle: number;
  medianMs: number;
  p95Ms: number;
}

const QUERIES: { query: string; path: string; selector: string; value: string; link: string }[] = [
  { query: 'no filter (first view)', path: 'numbers/', selector: '', value: '', link: '' },
  { query: 'grade 特级', path: 'numbers/', selector: '#picker-grade', value: 'special', link: '?grade=special' },
  {
    query: 'grade 普通 50元/月 (the largest)',
    path: 'numbers/',
    selector: '#picker-grade',
    value: 'ordinary-50',
    link: '?grade=ordinary-50',
  },
  { query: 'rule AABB', path: 'numbers/', selector: '#picker-rule', value: 'AABB', link: '?rule=AABB' },
  { query: 'budget ≤ 1,200 元/年', path: 'numbers/', selector: '#picker-budget', value: '1200', link: '?budget=1200' },
  {
    query: 'ends with 8888 (whole inventory)',
    path: 'numbers/',
    selector: '#picker-end',
    value: '8888',
    link: '?end=8888',
  },
  {
    query: '特级, no 4',
    path: 'numbers/?grade=special',
    selector: '#picker-no',
    value: '4',
    link: '?grade=special&no=4',
  },
];

const settled = () => document.querySelector('.picker .result-summary')?.textContent?.startsWith('找到') === true;

/** The number data a page has fetched so far. */
async function dataFetched(page: Page, siteUrl: string): Promise<[number, number]> {
  const files = await page.evaluate(
    (dir) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes(dir))
        .map((e) => new URL(e.name).pathname),
    NUMBER_DATA_DIR,
  );
  const sizes = await Promise.all(
    files.map(async (path) => {
      const body = Buffer.from(await (await fetch(new URL(path, siteUrl))).arrayBuffer());
      return [body.length, Math.min(body.length, gzipSync(body).length)] as const;
    }),
  );
  return [sizes.reduce((n, s) => n + s[0], 0), sizes.reduce((n, s) => n + s[1], 0)];
}

/** Runs in the page: changes a control, resolves with ms to the frame that paints a settled result. */
async function changeAndWait({ selector, value }: { selector: string; value: string }): Promise<number> {
  const control = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
  const summary = document.querySelector('.picker .result-summary');
  let changed = false;
  const observer = new MutationObserver(() => (changed = true));
  observer.observe(document.querySelector('.picker') ?? document.body, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  const start = performance.now();
  control.value = value;
  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (changed && summary?.textContent?.startsWith('找到')) break;
    if (performance.now() - start > 10_000) throw new Error(`${selector}=${value}: no result in 10 s`);
  }
  observer.disconnect();
  return performance.now() - start;
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

export async function measurePicker(
  browser: Browser,
  siteUrl: string,
): Promise<{ queries: PickerQuery[]; typing: PickerTyping[] }> {
  const queries: PickerQuery[] = [];
  const typing: PickerTyping[] = [];
  for (const throttle of [1, 4]) {
    for (const q of QUERIES) {
      // A shared link to the query, from a cold cache: what it fetches.
      const cold = await browser.newContext();
      const linked = await cold.newPage();
      await (await cold.newCDPSession(linked)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await linked.goto(new URL(`numbers/${q.link}`, siteUrl).href, { waitUntil: 'load' });
      await linked.waitForFunction(settled);
      const linkMs = await linked.evaluate(() => performance.now());
      const [dataBytes, dataGzipBytes] = await dataFetched(linked, siteUrl);
      const found = (await linked.textContent('.picker .result-summary'))?.match(/找到 ([\d,]+)/u)?.[1] ?? '?';
      await cold.close();
      // The filter changed on a page showing its first view (fresh context, throttled CPU).
      let firstMs = 0;
      if (q.selector !== '') {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        await page.goto(new URL(q.path, siteUrl).href, { waitUntil: 'load' });
        await page.waitForFunction(settled);
        firstMs = await page.evaluate(changeAndWait, { selector: q.selector, value: q.value });
        await context.close();
      }
      queries.push({ query: q.query, throttle, found, dataBytes, dataGzipBytes, linkMs, firstMs });
    }
    // Keystrokes once every list is loaded: each one re-filters the whole inventory.
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(new URL('numbers/?end=0', siteUrl).href, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('.picker .result-summary')?.textContent?.startsWith('找到'),
    );
    const samples: number[] = [];
    const values = ['1', '12', '123', '1234', '123', '12', '1', '18', '168', '1688', '168', '16'];
    for (let i = 0; i < 48; i++)
      samples.push(
        await page.evaluate(changeAndWait, { selector: '#picker-has', value: values[i % values.length] ?? '' }),
      );
    samples.sort((a, b) => a - b);
    typing.push({ throttle, medianMs: at(samples, 0.5), p95Ms: at(samples, 0.95) });
    await page.close();
  }
  return { queries, typing };
}
