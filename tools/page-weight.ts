/**
 * What each page of dist/ costs a visitor before any interaction: HTML bytes
 * (raw and gzip), JavaScript bytes (raw and gzip, external and inline) and
 * request count, recorded in Chromium after every island has hydrated (an
 * island's `ssr` attribute goes when it has), so lazily loaded widget code is
 * counted.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  requests: number;
}

export async function measurePage(browser: Browser, siteUrl: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  let htmlBytes = 0;
  let htmlGzipBytes = 0;
  let jsBytes = 0;
  let jsGzipBytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    requests++;
    const type = response.request().resourceType();
    pending.push(
      response.body().then(
        (body) => {
          if (type === 'document') {
            htmlBytes += body.length;
            htmlGzipBytes += gzipSync(body, { level: 9 }).length;
          }
          if (type === 'script') {
            jsBytes += body.length;
            jsGzipBytes += gzipSync(body, { level: 9 }).length;
          }
        },
        () => undefined,
      ),
    );
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
  // Every island hydrated (or none on the page), then the network quiet.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map(
      (s) => s.textContent ?? '',
    ),
  );
  for (const code of inline) {
    jsBytes += Buffer.byteLength(code);
    jsGzipBytes += gzipSync(code, { level: 9 }).length;
  }
  await page.close();
  return { path, htmlBytes, htmlGzipBytes, jsBytes, jsGzipBytes, requests };
}
