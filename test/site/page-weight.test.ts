/**
 * Size budgets (tools/budgets.ts), on every page of the stocked build, read
 * from its files (tools/page-weight.ts): each page's HTML within the HTML
 * budget, each widget page's JavaScript after hydration within its own, and
 * every other page without any JavaScript.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HTML_BUDGET, jsBudget } from '../../tools/budgets';
import { htmlFiles, pagePath, readPage } from '../../tools/dist';
import { pageWeight } from '../../tools/page-weight';

const base = new URL(inject('baseSiteUrl')).pathname;
const dir = inject('baseSiteDir');
const pages = htmlFiles(dir, { frames: true }).map((file) => ({ file, path: pagePath(file) }));
const budgeted = pages.filter(({ path }) => jsBudget(path) > 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight', () => {
  it('only the widget pages have scripts (JSON-LD aside): every other page loads 0 B of JavaScript', () => {
    const scripted = pages.filter(({ file }) => /<script(?![^>]*application\/ld\+json)/u.test(readPage(dir, file)));
    expect(scripted.map(({ path }) => path)).toEqual(budgeted.map(({ path }) => path));
    expect(budgeted.map(({ path }) => path)).toContain('numbers/');
  });

  it('every page’s HTML is within its gzip budget', () => {
    const over = pages.flatMap(({ file, path }) => {
      const bytes = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
      return bytes > HTML_BUDGET ? [`/${path} ${kb(bytes)}`] : [];
    });
    expect(over, `over ${kb(HTML_BUDGET)}`).toEqual([]);
  });

  it('every widget page’s JavaScript after hydration is within its gzip budget', async () => {
    const over: string[] = [];
    for (const { file, path } of budgeted) {
      const { jsGzipBytes } = await pageWeight(dir, file, base);
      if (jsGzipBytes > jsBudget(path)) over.push(`/${path} ${kb(jsGzipBytes)} > ${kb(jsBudget(path))}`);
    }
    expect(over).toEqual([]);
  });
});
