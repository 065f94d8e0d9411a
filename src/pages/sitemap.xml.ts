/** sitemap.xml: every page the site builds, under the configured base and site URL. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { url } from '../presentation/url';

export const GET: APIRoute = async ({ site }) => {
  const paths = [
    '',
    'plans/',
    'addons/',
    'checker/',
    'compare/',
    'estimator/',
    ...(await getCollection('plans')).map((p) => `plans/${p.data.plan}/`),
    ...(await getCollection('addons')).map((p) => `addons/${p.data.addon}/`),
    ...(await getCollection('pages')).map((p) => `${p.id}/`),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(url(path), site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
};
