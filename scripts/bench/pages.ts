/**
 * What each page of dist/ costs a visitor before any interaction: HTML bytes,
 * JavaScript bytes (raw and gzip, external and inline) and request count,
 * recorded in Chromium.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  requests: number;
}

export async function measurePage(browser: Browser, siteUrl: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  let htmlBytes = 0;
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
          if (type === 'document') htmlBytes += body.length;
          if (type === 'script') {
            jsBytes += body.length;
            jsGzipBytes += gzipSync(body, { level: 9 }).length;
          }
        },
        () => undefined,
      ),
    );
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
  );
  for (const code of inline) {
    jsBytes += Buffer.byteLength(code);
    jsGzipBytes += gzipSync(code, { level: 9 }).length;
  }
  await page.close();
  return { path, htmlBytes, jsBytes, jsGzipBytes, requests };
}
