/**
 * Screenshots of built pages for a person to look at:
 *   npm run screenshot -- [path…]   (default: the home page)
 * Builds nothing: run `npm run build` first (or set DIST to another build's
 * folder). Writes test/output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tools/browser';
import { serveStatic } from '../tools/static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test/output/screenshots');
mkdirSync(out, { recursive: true });
const paths = process.argv.slice(2).length ? process.argv.slice(2) : [''];
const server = await serveStatic(process.env['DIST'] ?? join(root, 'dist'));
const browser = await launchChromium();
for (const [name, width, height] of [
  ['desktop', 1280, 900],
  ['phone', 390, 844],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  for (const path of paths) {
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    const file = join(out, `${path.replace(/[/?=&]+/gu, '_') || 'home'}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await server.close();
