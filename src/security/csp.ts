/**
 * The site's Content-Security-Policy: nothing inline runs unless its hash is
 * listed, no 'unsafe-inline'. What must stay inline is Astro's island loader
 * (two small scripts and one style rule); everything else is a same-origin
 * file. The build computes the hashes from the pages it wrote; the deploy
 * examples carry the same policy, and a test holds them to it.
 */
import { createHash } from 'node:crypto';

/** Inline <script> (not JSON-LD data) and <style> bodies of a page. */
/**
 * The inline code of a page whose hashes the site's one policy may allow.
 * Code counts only on a page with a widget (an <astro-island>): the project's
 * own inline code (Astro's island loader, the embed frame's height reporter,
 * the layout's <noscript> style) is on widget pages, which render no MDX
 * body; a content page's code is trusted only where a widget page has the
 * same, so a script or style in a page body never gets a hash, even if it
 * slipped past `check`.
 */
export function trustedInlineCode(html: string): { scripts: string[]; styles: string[] } {
  const code = inlineCode(html);
  return html.includes('<astro-island') ? code : { scripts: [], styles: [] };
}

export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/gu),
  ].map((m) => m[1] ?? '');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

export function sha256(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The policy for pages whose inline code has these hashes (sorted, so the
 * text is stable). `connect` adds origins pages may send to: the 办理 form
 * service, when marketing has set one.
 */
export function cspPolicy(
  scriptHashes: Iterable<string>,
  styleHashes: Iterable<string>,
  connect: Iterable<string> = [],
): string {
  const list = (hashes: Iterable<string>) => [...new Set(hashes)].sort().join(' ');
  return [
    "default-src 'self'",
    // Pagefind's search runs WebAssembly: 'wasm-unsafe-eval' allows compiling it, nothing else.
    `script-src 'self' 'wasm-unsafe-eval' ${list(scriptHashes)}`.trim(),
    `style-src 'self' ${list(styleHashes)}`.trim(),
    "img-src 'self' data:",
    `connect-src 'self' ${list(connect)}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy of the embed pages (/embed/…), which partner sites show in a
 * frame: the site's, framed by this site and the partners marketing lists
 * (contact.embedOrigins) instead of by no one.
 */
export function embedPolicy(sitePolicy: string, partners: readonly string[]): string {
  return sitePolicy.replace("frame-ancestors 'none'", ["frame-ancestors 'self'", ...partners].join(' '));
}

/** The other security headers every deploy example sets beside the policy. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/** For hosts that serve over HTTPS only (Netlify, Cloudflare Pages, Vercel, nginx with TLS): stay on HTTPS for a year. */
export const HTTPS_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=31536000',
};
