/** Reading a built site: its pages and the links in them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ADMIN_DIR } from '../src/cms/admin-page';

/** The embed pages partners frame (/embed/…): the widget alone, no site layout. */
const EMBED_FRAMES = ['embed/checker/index.html', 'embed/estimator/index.html'];

/**
 * Every page of the site under dir, as paths relative to it
 * ("plans/monthly-600/index.html"): not the CMS's, and not the embed frames
 * unless `frames` (they lack the site's header, footer and contact bar).
 */
export function htmlFiles(dir: string, { frames = false }: { frames?: boolean } = {}): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      // The CMS's page is for editors, not one of the site's pages.
      if (d === dir && name === ADMIN_DIR) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.filter((file) => frames || !EMBED_FRAMES.includes(file)).sort();
}

export function readPage(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** href and src values of a page (links, scripts, stylesheets, icons). */
export function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/gu)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

/** The page's URL path for a file: "plans/x/index.html" → "plans/x/". */
export function pagePath(file: string): string {
  return file.replace(/index\.html$/u, '');
}
