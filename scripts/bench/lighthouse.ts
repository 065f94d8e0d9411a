/** Lighthouse (mobile emulation) against Debian's Chromium through CHROME_PATH. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lost: string[];
}

interface Report {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string }>;
}

// Asynchronous on purpose: the static server that Lighthouse loads pages from runs in this process.
const run = promisify(execFile);

export async function runLighthouse(root: string, siteUrl: string, path: string, chrome: string): Promise<LighthouseScores> {
  const { stdout: output } = await run(
    process.execPath,
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      new URL(path, siteUrl).href,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  const report = JSON.parse(output) as Report;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const lost = Object.values(report.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id} (${report.audits[ref.id]?.score})`),
  );
  return { path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lost };
}
