/**
 * sitemap.xml and robots.txt, written after the build from the pages it
 * actually built (so a new page is listed by itself), with the tariff's
 * effective date as each page's lastmod. Both need the public address
 * (SITE_URL): without it the build writes neither, and pages carry no
 * canonical link, because guessed absolute URLs would tell search engines
 * the pages live somewhere else.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltTariff } from './built-tariff';
import { fileURLToPath } from 'node:url';

/** Pages that are not content to be found: the 404 page, the search page, the embed frames (and any page marked noindex). */
const UNLISTED = new Set(['404/', 'search/', 'embed/estimator/', 'embed/checker/']);

/** A page that asks search engines not to list it (a withdrawn add-on's): not in the sitemap either. */
function noindex(out: string, path: string): boolean {
  const file = join(out, path, 'index.html');
  return existsSync(file) && readFileSync(file, 'utf8').includes('<meta name="robots" content="noindex">');
}

export function siteFiles(built: BuiltTariff): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'site-files',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (site === undefined) {
          logger.warn(
            '未设置 SITE_URL：不生成 sitemap.xml、robots.txt 和规范链接（本机预览无妨；正式发布时请设 SITE_URL=https://您的域名）',
          );
        }
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (site === undefined) return;
        const out = fileURLToPath(dir);
        const date = built.effectiveDate();
        const urls = pages
          .map((page) => page.pathname)
          .filter((path) => !UNLISTED.has(path) && !path.endsWith('.json') && !noindex(out, path))
          .sort()
          .map((path) => `  <url><loc>${new URL(`${base}${path}`, site).href}</loc><lastmod>${date}</lastmod></url>`);
        writeFileSync(
          join(out, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
        );
        // robots.txt is read at the host's root: under a base path, copy this file there.
        const sitemap = new URL(`${base}sitemap.xml`, site).href;
        // The CMS's page is not for search engines (it also says noindex itself).
        writeFileSync(
          join(out, 'robots.txt'),
          `User-agent: *\nAllow: /\nDisallow: ${base}admin/\n\nSitemap: ${sitemap}\n`,
        );
        logger.info(`sitemap.xml：${urls.length} 个页面`);
      },
    },
  };
}
