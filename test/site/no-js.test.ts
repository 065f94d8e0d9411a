/** Without JavaScript, the search page is no dead end: it lists every page of the site. */
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, pagePath, readPage } from '../../tools/dist';

describe('without JavaScript', () => {
  const dir = inject('siteDir');

  it('/search/ lists every plan, add-on and topic page, by name', () => {
    const html = readPage(dir, 'search/index.html');
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/u.exec(html.slice(html.indexOf('<h1>')))?.[1] ?? '';
    const linked = new Set([...noscript.matchAll(/href="\/([^"]*)"/gu)].map((m) => m[1]));
    const pages = htmlFiles(dir)
      .map(pagePath)
      .filter(
        (p) =>
          /^(?:plans|addons)\/[a-z0-9-]+\/$/u.test(p) ||
          ['grades/', 'contact/', 'process/', 'quote-rules/', 'faq/'].includes(p),
      );
    expect(pages.length).toBeGreaterThan(25);
    expect(pages.filter((p) => !linked.has(p))).toEqual([]);
    expect(noscript).toContain('>彩铃功能<');
  });
});
