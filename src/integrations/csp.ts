/**
 * After the build: the Content-Security-Policy of the pages just written
 * (src/security/csp.ts), saved as dist/csp-policy.txt for deploy scripts and
 * written into dist/_headers (Netlify and Cloudflare Pages read it from the
 * published folder), with the cache and security headers. The build warns
 * when deploy/ examples carry another policy (a test fails on it).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltTariff } from './built-tariff';
import { cspPolicy, embedPolicy, HTTPS_HEADERS, SECURITY_HEADERS, sha256, trustedInlineCode } from '../security/csp';

/** The site's pages (the CMS under admin/ has its own policy). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('admin/'),
  );
}

/** The policy for the pages of a built site. */
function sitePolicy(dir: string, connect: string[] = []): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFiles(dir)) {
    const code = trustedInlineCode(readFileSync(join(dir, file), 'utf8'));
    for (const s of code.scripts) scripts.add(sha256(s));
    for (const s of code.styles) styles.add(sha256(s));
  }
  return cspPolicy(scripts, styles, connect);
}

/** The deploy examples that carry the policies (a test holds them to the build's). */
export const DEPLOY_EXAMPLES = [
  'deploy/nginx.conf',
  'deploy/vercel.json',
  'deploy/_headers',
  'deploy/s3-sync.sh',
  'deploy/oss-sync.sh',
  'deploy/cos-sync.sh',
];

function headersFile(policy: string, base: string, adminPolicy?: string, partners: readonly string[] = []): string {
  const security = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS, ...HTTPS_HEADERS })
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n');
  // /admin/ (the CMS) replaces the site's policy with its own: "! Name" drops a header an earlier rule set.
  const admin =
    adminPolicy === undefined
      ? []
      : [
          `${base}admin/*`,
          '  ! Content-Security-Policy',
          `  Content-Security-Policy: ${adminPolicy}`,
          '  X-Robots-Tag: noindex',
        ];
  // The embed pages may be framed by this site and the partners: their own policy, and no X-Frame-Options.
  const embed = [
    `${base}embed/*`,
    '  ! Content-Security-Policy',
    '  ! X-Frame-Options',
    `  Content-Security-Policy: ${embedPolicy(policy, partners)}`,
  ];
  return [
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    // 选号 index chunks are named by their content, like the bundles.
    `${base}numbers/data/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}*`,
    '  Cache-Control: public, max-age=0, must-revalidate',
    security,
    ...embed,
    ...admin,
    '',
  ].join('\n');
}

/**
 * `built`: the version the build shows (where pages may send data besides
 * their own origin, which partners may frame the embed pages), known once the
 * data is checked; `adminPolicy`: /admin/'s own policy (src/cms/admin-page.ts), for _headers.
 */
export function csp(built: BuiltTariff, adminPolicy?: string): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policy = sitePolicy(out, built.connectOrigins());
        writeFileSync(join(out, 'csp-policy.txt'), `${policy}\n`);
        writeFileSync(join(out, '_headers'), headersFile(policy, base, adminPolicy, built.embedOrigins()));
        writeFileSync(join(out, 'csp-embed-policy.txt'), `${embedPolicy(policy, built.embedOrigins())}\n`);
        if (adminPolicy !== undefined) writeFileSync(join(out, 'csp-admin-policy.txt'), `${adminPolicy}\n`);
        const stale = DEPLOY_EXAMPLES.filter((file) => {
          try {
            const text = readFileSync(join(root, file), 'utf8');
            return (
              !text.includes(policy) ||
              !text.includes(embedPolicy(policy, built.embedOrigins())) ||
              (adminPolicy !== undefined && !text.includes(adminPolicy))
            );
          } catch {
            return true;
          }
        });
        if (stale.length > 0) {
          logger.warn(
            `${stale.join(', ')} carry another Content-Security-Policy than this build's:\n${policy}\n/admin/: ${adminPolicy ?? ''}`,
          );
        }
      },
    },
  };
}
