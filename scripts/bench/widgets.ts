/**
 * What a visitor feels when typing into a widget, at 1× and 4× CPU
 * throttling (Chromium's emulation of a slower phone): the time from an input
 * event to the frame that paints the DOM update (its requestAnimationFrame,
 * which runs just before the paint), and Chromium's own interaction
 * latency (INP's measure) from PerformanceObserver `event` entries for real
 * key presses. One frame at 60 Hz is 16.7 ms. And each widget's arrival at
 * 390 px: the first contentful paint, which shows its form (drawn in the
 * page's HTML), and the moment the form is usable (its island hydrated).
 */
import type { Browser } from 'playwright-core';

interface WidgetTiming {
  widget: string;
  throttle: number;
  medianMs: number;
  p95Ms: number;
  /** The largest event duration Chromium reported for the typed keys (INP-like). */
  inpMs: number;
}

interface FormArrival {
  widget: string;
  throttle: number;
  /** First contentful paint: the form drawn from the page's HTML (0 when no load reported one). */
  paintMs: number;
  /** The form usable: every island hydrated. */
  readyMs: number;
}

const CASES = [
  {
    widget: 'checker',
    path: 'checker/',
    selector: '#checker-input',
    values: ['4001236688', '400-123-4566', '4001237777', '4001234568'],
  },
  {
    widget: 'estimator',
    path: 'estimator/?plan=annual-1200&addons=ivr,ringback-multi,trunk',
    selector: '#est-minutes',
    values: ['1500', '300', '2500', '800'],
  },
  { widget: 'comparator', path: 'compare/', selector: '#cmp-minutes', values: ['1500', '300', '700', '2500'] },
];

/** 选号, on a site with a stock (its keystrokes are measured in bench/picker.ts). */
export const PICKER_CASE = { widget: '选号', path: 'numbers/' };

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

/** From navigation start, median of three loads in one tab: the form painted, and usable. */
export async function measureFormArrival(
  browser: Browser,
  siteUrl: string,
  cases: readonly { widget: string; path: string }[] = CASES,
): Promise<FormArrival[]> {
  const arrivals: FormArrival[] = [];
  for (const throttle of [1, 4]) {
    for (const c of cases) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const loads: { paint: number; ready: number }[] = [];
      for (let load = 0; load < 3; load++) {
        await page.goto(new URL(c.path, siteUrl).href, { waitUntil: 'commit' });
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
          polling: 'raf',
        });
        loads.push(
          await page.evaluate(() => ({
            paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
            ready: performance.now(),
          })),
        );
      }
      const median = (values: number[]) =>
        at(
          [...values].sort((a, b) => a - b),
          0.5,
        );
      arrivals.push({
        widget: c.widget,
        throttle,
        // A load Chromium reported no first paint for (NaN) is left out, rather than spoiling the median.
        paintMs: median(loads.map((l) => l.paint).filter(Number.isFinite)),
        readyMs: median(loads.map((l) => l.ready)),
      });
      await page.close();
    }
  }
  return arrivals;
}

export async function measureWidgets(browser: Browser, siteUrl: string, rounds = 40): Promise<WidgetTiming[]> {
  const timings: WidgetTiming[] = [];
  for (const throttle of [1, 4]) {
    for (const c of CASES) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.goto(new URL(c.path, siteUrl).href, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      await page.waitForSelector(c.selector);
      // The visitor turns to the form first (a tap, focus): a pricing widget fetches its engine then. Measured
      // once it is there, so no sample times the "正在计算…" placeholder instead of a quote.
      await page.focus(c.selector);
      await page.waitForFunction(
        (checker) =>
          checker || performance.getEntriesByType('resource').some((e) => /\/_astro\/engine\.[^/]*\.js$/u.test(e.name)),
        c.widget === 'checker',
      );
      await page.fill(c.selector, c.values.at(-1) ?? '');
      await page.waitForFunction(
        (selector) => !/正在计算/u.test(document.querySelector(selector)?.closest('.widget')?.textContent ?? ''),
        c.selector,
      );
      const samples = await page.evaluate(
        async ({ selector, values, rounds }) => {
          const input = document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
          const root = input.closest('.widget') ?? document.body;
          const out: number[] = [];
          for (let i = 0; i < rounds; i++) {
            const value = values[i % values.length] ?? '';
            const before = root.textContent;
            const start = performance.now();
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            // The frame that shows the update: its requestAnimationFrame runs just before it is painted.
            // (An inline promise: a named helper here would reach the page without the bundler's helpers.)
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const end = performance.now();
            if (root.textContent === before) throw new Error(`input ${value} changed nothing`);
            out.push(end - start);
          }
          return out;
        },
        { selector: c.selector, values: c.values, rounds },
      );
      // Real key presses, observed as Chromium reports them for INP.
      await page.evaluate(() => {
        const w = window as unknown as { __events: number[] };
        w.__events = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__events.push(entry.duration);
        }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
      });
      await page.fill(c.selector, '');
      await page.type(c.selector, c.values[0] ?? '', { delay: 30 });
      await page.waitForTimeout(300);
      const events = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
      samples.sort((a, b) => a - b);
      timings.push({
        widget: c.widget,
        throttle,
        medianMs: at(samples, 0.5),
        p95Ms: at(samples, 0.95),
        inpMs: events.length === 0 ? 0 : Math.max(...events),
      });
      await page.close();
    }
  }
  return timings;
}
