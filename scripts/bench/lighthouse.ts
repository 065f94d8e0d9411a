/**
 * Lighthouse (mobile emulation) against Debian's Chromium through CHROME_PATH.
 * Lighthouse is not a project dependency (it brings ~180 packages that only
 * this bench uses): npx fetches the pinned version on first use.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

interface LighthouseScores {
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

const LIGHTHOUSE = 'lighthouse@13.5.0';

export async function runLighthouse(siteUrl: string, path: string, chrome: string): Promise<LighthouseScores> {
  const { stdout: output } = await run(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
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
  return {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lost,
  };
}
