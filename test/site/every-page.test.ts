/**
 * Every page of the stocked build (选号 with numbers, 办理 with its
 * receiver), served with the headers its _headers file gives (the strict
 * Content-Security-Policy among them), and the widgets' opened states, each
 * visited once on a 390 × 844 phone after it has settled. Everything the
 * checks below need is read in that one visit; each check is its own test.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { htmlFiles, pagePath } from '../../tools/dist';
import { settled } from '../helpers/settled';
import { ROOT } from '../helpers/tariff';

const SCREENSHOTS = join(ROOT, 'test/output/screenshots');
const base = inject('baseSiteUrl');
const dir = inject('baseSiteDir');

/** Controls a fingertip aims at: at least 44 px tall on a phone (a checkbox's target is its label). */
const CONTROLS =
  'button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, summary, label:has(> input[type=checkbox]), label:has(> input[type=radio])';
const TARGETS = 'a[href], button, input:not([type=hidden]), select, textarea, summary';

interface Visit {
  path: string;
  /** A partner's frame: no header, menu or contact bar of its own. */
  frame: boolean;
  /** What the page must show before it is read (a widget's opened state). */
  ready?: (page: Page) => Promise<unknown>;
  screenshot?: string;
}

interface Seen {
  /** Page width beyond the screen's (it scrolls sideways). */
  sideways: number;
  header: number;
  menuLinks: number;
  menuOneRow: boolean;
  /** Tables wider than their box, by caption. */
  wideTables: string[];
  smallTargets: string[];
  /** How far the footer's bottom reaches under the contact bar at the end of the page (-1: no bar). */
  barOverlap: number;
  /** The Content-Security-Policy the page was served with. */
  policy: string;
  violations: string[];
  foreign: string[];
}

const frames = new Set(['embed/checker/index.html', 'embed/estimator/index.html']);
const VISITS: Visit[] = [
  ...htmlFiles(dir, { frames: true }).map((file) => ({
    path: file === '404.html' ? 'no-such-page/' : pagePath(file),
    frame: frames.has(file),
    ...(file === 'index.html' ? { screenshot: 'home-phone.png' } : {}),
    ...(file === 'addons/anti-fake/index.html' ? { screenshot: 'anti-fake-phone.png' } : {}),
  })),
  // Opened states: a checker result with its plan links, the estimator's add-ons at every price tier, 选号's list, 办理's form.
  { path: 'checker/?n=4001236688', frame: false, ready: (p) => p.waitForSelector('.plan-links a') },
  {
    path: 'estimator/?plan=annual-1200&addons=anti-fake,ringback-recording,ivr,ringback-multi',
    frame: false,
    ready: (p) => p.waitForSelector('.addons-panel[open]'),
  },
  { path: 'numbers/?budget=1200', frame: false, ready: (p) => p.waitForSelector('.pick') },
  { path: 'apply/?plan=annual-1200&minutes=300', frame: false, ready: (p) => p.waitForSelector('#apply-company') },
];

/** Reads, in the page, everything the checks need; the contact bar is measured last (it scrolls). */
function read([controls, targets]: [string, string]): Omit<Seen, 'policy' | 'violations' | 'foreign'> {
  const small = (selector: string, w: number, h: number) =>
    [...document.querySelectorAll(selector)].flatMap((el) => {
      const box = el.getBoundingClientRect();
      // Not on screen (closed <details>, visually hidden skip link until focused, the honeypot).
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') return [];
      if (el.closest('[aria-hidden="true"]') !== null) return [];
      if (box.width >= w && box.height >= h) return [];
      const text = (el.textContent ?? '').trim().slice(0, 16) || el.getAttribute('aria-label') || el.id;
      return [`<${el.tagName.toLowerCase()}> “${text}” ${Math.round(box.width)}×${Math.round(box.height)}`];
    });
  const list = document.querySelector<HTMLElement>('.site-nav ul');
  const items = [...document.querySelectorAll<HTMLElement>('.site-nav a')];
  const seen = {
    sideways: document.documentElement.scrollWidth - window.innerWidth,
    header: Math.round(document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0),
    menuLinks: items.length,
    // One row that scrolls sideways: every entry on that row, within the list's scroll width.
    menuOneRow: items.every(
      (a) => a.offsetTop === items[0]?.offsetTop && a.offsetLeft + a.offsetWidth <= (list?.scrollWidth ?? 0),
    ),
    wideTables: [...document.querySelectorAll('table')].flatMap((table) => {
      const box = table.parentElement;
      const overflow = table.scrollWidth - (box?.clientWidth ?? table.scrollWidth);
      return overflow > 1 ? [`${table.querySelector('caption')?.textContent ?? 'table'}: ${overflow}px`] : [];
    }),
    smallTargets: [
      ...small(targets, 24, 24),
      ...small(controls, 0, 44).map((s) => `${s} (a control under 44 px tall)`),
    ],
  };
  // A focused field hides the bar (the keyboard is up then): measure with none focused, at the end of
  // the page, scrolled and measured in one task so a list still growing cannot move the footer between.
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, document.documentElement.scrollHeight);
  const bar = document.querySelector('.contact-bar')?.getBoundingClientRect();
  const footer = document.querySelector('.site-footer')?.getBoundingClientRect();
  const barOverlap = bar === undefined || footer === undefined || bar.height === 0 ? -1 : footer.bottom - bar.top;
  return { ...seen, barOverlap };
}

describe('every page on a 390 × 844 phone', () => {
  let browser: Browser;
  const seen = new Map<Visit, Seen>();

  beforeAll(async () => {
    browser = await sharedChromium();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const origin = new URL(base).origin;
    let foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
    });
    for (const visit of VISITS) {
      foreign = [];
      const response = await page.goto(new URL(visit.path, base).href);
      const policy = (await response?.headerValue('content-security-policy')) ?? '';
      await settled(page);
      await visit.ready?.(page);
      if (visit.screenshot !== undefined)
        await page.screenshot({ path: join(SCREENSHOTS, visit.screenshot), fullPage: true });
      const read_ = await page.evaluate(read, [CONTROLS, TARGETS] as [string, string]);
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      seen.set(visit, { ...read_, policy, violations, foreign });
    }
    await page.close();
  }, 240_000);
  afterAll(async () => releaseChromium(browser));

  /** Each visit's findings for one check, as "/path: finding" lines (none when all is well). */
  const found = (pick: (s: Seen, v: Visit) => string[]) =>
    VISITS.flatMap((visit) => {
      const s = seen.get(visit);
      return s === undefined ? [`/${visit.path}: not visited`] : pick(s, visit).map((f) => `/${visit.path}: ${f}`);
    });

  it('visits every page of the build and each widget’s opened state', () => {
    expect(VISITS.length).toBeGreaterThan(40);
    expect(found(() => [])).toEqual([]);
  });

  it('no page scrolls sideways', () => {
    expect(found((s) => (s.sideways > 0 ? [`${s.sideways}px too wide`] : []))).toEqual([]);
  });

  it('the header leaves at least 75 % of the first screen to the page; every menu entry is a swipe away', () => {
    expect(
      found((s, v) =>
        !v.frame && (s.header > 844 * 0.25 || s.menuLinks < 9 || !s.menuOneRow)
          ? [`${s.header}px, ${s.menuLinks} links, one row ${s.menuOneRow}`]
          : [],
      ),
    ).toEqual([]);
  });

  it('no table is wider than its box, at every price tier', () => {
    expect(found((s) => s.wideTables)).toEqual([]);
  });

  it('every link and control is at least 24×24, every control 44 px tall', () => {
    expect(found((s) => s.smallTargets)).toEqual([]);
  });

  it('the contact bar covers nothing at the end of any page; a partner’s frame has none', () => {
    expect(
      found((s, v) => {
        if (v.frame) return s.barOverlap === -1 ? [] : ['a contact bar in a frame'];
        return s.barOverlap > 0.5 || s.barOverlap === -1 ? [`bar overlap ${s.barOverlap}`] : [];
      }),
    ).toEqual([]);
  });

  it('every page is served with the strict Content-Security-Policy and raises no violation', () => {
    expect(
      found((s) => (s.policy.includes("default-src 'self'") && !s.policy.includes('unsafe-inline') ? [] : [s.policy])),
    ).toEqual([]);
    expect(found((s) => s.violations)).toEqual([]);
  });

  it('no page requests anything from another origin', () => {
    expect(found((s) => s.foreign)).toEqual([]);
  });
});
