/**
 * The deploy examples' strict Content-Security-Policy (no 'unsafe-inline'):
 * every example carries it, and the widgets and search work under it. That
 * no page raises a violation is checked in the crawl of every page
 * (every-page.test.ts), which serves the stocked build with its _headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedPolicy, HTTPS_HEADERS, SECURITY_HEADERS } from '../../src/security/csp';
import { adminPolicy } from '../../src/cms/admin-page';
import { DEPLOY_EXAMPLES } from '../../src/integrations/csp';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { serveStatic, type RunningServer } from '../../tools/static-server';
import { ROOT } from '../helpers/tariff';

const dir = inject('siteDir');
const policy = readFileSync(join(dir, 'csp-policy.txt'), 'utf8').trim();
const admin = adminPolicy(undefined);
// This checkout names no partner site: only the site itself may frame the embed pages.
const embed = embedPolicy(policy, []);

/** Collects every CSP violation the page reports, from before its first script runs. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('a strict Content-Security-Policy', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(dir, { headers: { 'Content-Security-Policy': policy, ...SECURITY_HEADERS } });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
    await server.close();
  });

  it('is strict, and every deploy example carries this build’s policy and headers', () => {
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    for (const file of DEPLOY_EXAMPLES) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).toContain(policy);
      // /admin/ (the CMS) has a policy of its own, in every example too.
      expect(text, file).toContain(admin);
      expect(text, file).toContain(embed);
      for (const value of Object.values(SECURITY_HEADERS)) expect(text, file).toContain(value);
      // HTTPS hosts keep browsers on HTTPS (nginx shows where, once it has a certificate).
      for (const value of Object.values(HTTPS_HEADERS)) expect(text, file).toContain(value);
    }
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${policy}`);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(
      `/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${admin}\n  X-Robots-Tag: noindex`,
    );
    expect(readFileSync(join(dir, 'csp-admin-policy.txt'), 'utf8').trim()).toBe(admin);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain('Strict-Transport-Security: max-age=31536000');
  });

  it('the widgets and search work under it', async () => {
    const page = await browser.newPage();
    const violations = await watch(page);
    await page.goto(new URL('checker/', server.url).href);
    await page.fill('#checker-input', '4001236688');
    await expect.poll(() => page.textContent('.number-result')).toContain('特级号码');
    await page.goto(new URL('compare/?minutes=1500', server.url).href);
    // The chart's file loads as its place nears the screen.
    await page.locator('.chart-place').scrollIntoViewIfNeeded();
    await page.waitForSelector('.cost-chart');
    await page.goto(new URL('estimator/?plan=annual-1200&minutes=1500', server.url).href);
    await page.waitForSelector('[data-testid="quote-total"]');
    await page.goto(new URL('search/?q=彩铃', server.url).href);
    await page.waitForSelector('.search-results li a');
    expect(await violations()).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    await page.close();
  });
});
