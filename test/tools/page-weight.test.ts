/** Page weight from the built files: what a page names, what that imports, and nothing loaded on demand. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../tools/page-weight';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'weight-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const FILES = {
  '_astro/island.js': 'import{a}from"./shared.js";import"./style-free.js";export default a;',
  '_astro/shared.js': 'export{b as a}from"./deep.js";',
  '_astro/deep.js': 'export const b=1;',
  '_astro/style-free.js': 'console.log(1);',
  '_astro/client.js': 'export default ()=>import("./on-demand.js");',
  '_astro/on-demand.js': 'export const qr=1;',
  '_astro/loose.js': 'export const x=2;',
};

describe('pageWeight', () => {
  it('counts inline scripts, named scripts and their static imports, transitively, each file gzipped once', async () => {
    const html =
      '<html><script type="application/ld+json">{"a":1}</script><script>self.x=1</script>' +
      '<astro-island uid="1" component-url="/tariff/_astro/island.js" component-export="default" renderer-url="/tariff/_astro/client.js" props="{&quot;a&quot;:1}"></astro-island>' +
      '<script type="module" src="/tariff/_astro/loose.js?v=1"></script></html>';
    const dir = site({ ...FILES, 'estimator/index.html': html });
    const weight = await pageWeight(dir, 'estimator/index.html', '/tariff/');
    const counted = ['deep', 'island', 'loose', 'shared', 'style-free', 'client'].map((n) => `_astro/${n}.js`);
    expect(weight.scripts).toEqual([...counted].sort());
    expect(weight.jsGzipBytes).toBe(
      [...counted.map((f) => FILES[f as keyof typeof FILES]), 'self.x=1'].map(gz).reduce((a, b) => a + b, 0),
    );
    expect(weight.htmlBytes).toBe(Buffer.byteLength(html));
    expect(weight.htmlGzipBytes).toBe(gz(html));
  });

  it('a page without scripts weighs 0 B of JavaScript (JSON-LD is data)', async () => {
    const dir = site({ 'index.html': '<script type="application/ld+json">{}</script><p>x</p>' });
    const weight = await pageWeight(dir, 'index.html');
    expect([weight.jsBytes, weight.jsGzipBytes, weight.scripts]).toEqual([0, 0, []]);
  });

  it('a script the page names that the build did not write is an error, not 0 B', async () => {
    const dir = site({ 'index.html': '<script src="/_astro/gone.js"></script>' });
    await expect(pageWeight(dir, 'index.html')).rejects.toThrow('index.html loads /_astro/gone.js');
  });

  it('the search page counts Pagefind’s runtime and worker, which start as it hydrates', async () => {
    const dir = site({
      'search/index.html': '<p>搜索</p>',
      'pagefind/pagefind.js': 'export const search=1;',
      'pagefind/pagefind-worker.js': 'onmessage=()=>{};',
    });
    const weight = await pageWeight(dir, 'search/index.html');
    expect(weight.scripts).toEqual(['pagefind/pagefind-worker.js', 'pagefind/pagefind.js']);
  });
});
