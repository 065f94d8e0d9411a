/**
 * The files of /admin/: its page, its configuration, and Decap CMS's own
 * script files copied from node_modules (never a CDN), with the policy the
 * page runs under. Public pages link to none of it and load none of it.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CmsBackend } from '../build-environment/cms-settings';

export const ADMIN_DIR = 'admin';

/** Decap CMS's built files: its script, the chunks it loads on demand, and its WebAssembly. */
export function decapFiles(): { name: string; path: string }[] {
  const dir = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  return readdirSync(dir)
    .filter((name) => /^(\d+\.)?decap-cms\.js$|\.wasm$/u.test(name))
    .map((name) => ({ name, path: join(dir, name) }));
}

/** Our two scripts beside Decap's: the manual-start flag and the start itself. */
export function ownScripts(): { name: string; path: string }[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'admin');
  return ['cms-manual.js', 'cms-init.js'].map((name) => ({ name, path: join(dir, name) }));
}

export const ADMIN_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <title>内容管理 · 资费网站</title>
    <script src="cms-manual.js"></script>
    <script src="decap-cms.js" defer></script>
    <script src="cms-check.js" defer></script>
    <script src="cms-init.js" defer></script>
  </head>
  <body>
    <noscript>内容管理需要启用 JavaScript。</noscript>
  </body>
</html>
`;

/** The git host's origins the CMS talks to: its API and its login page. */
function hostOrigins(cms: CmsBackend | undefined): string[] {
  if (cms === undefined) return [];
  if (cms.name === 'github') return ['https://api.github.com', ...(cms.baseUrl ? [cms.baseUrl] : [])];
  if (cms.name === 'gitlab' && cms.baseUrl === undefined) return ['https://gitlab.com'];
  return cms.baseUrl ? [cms.baseUrl] : [];
}

/**
 * /admin/'s own policy: the site's, relaxed only where Decap CMS needs it
 * (each relaxation is explained in docs/guides/editing-in-the-browser.md).
 */
export function adminPolicy(cms: CmsBackend | undefined): string {
  const hosts = hostOrigins(cms).join(' ');
  const withHosts = (list: string) => `${list} ${hosts}`.trim();
  return [
    "default-src 'self'",
    // Decap validates its configuration with Ajv, which compiles validators with new Function().
    "script-src 'self' 'unsafe-eval'",
    // Decap styles its interface with Emotion, which writes <style> elements and style attributes at run time.
    "style-src 'self' 'unsafe-inline'",
    // The editor's avatar comes from the git host.
    withHosts("img-src 'self'"),
    // The git host's API (the local backend is on this origin).
    withHosts("connect-src 'self'"),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
