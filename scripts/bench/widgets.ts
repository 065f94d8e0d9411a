/**
 * Input-to-result time of each widget: from an input event until its result
 * is in the DOM, measured inside the page (median of many inputs). One frame
 * at 60 Hz is 16.7 ms.
 */
import type { Browser } from 'playwright-core';

export interface WidgetTiming {
  widget: string;
  medianMs: number;
  p95Ms: number;
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

export async function measureWidgets(browser: Browser, siteUrl: string, rounds = 40): Promise<WidgetTiming[]> {
  const timings: WidgetTiming[] = [];
  for (const c of CASES) {
    const page = await browser.newPage();
    await page.goto(new URL(c.path, siteUrl).href, { waitUntil: 'networkidle' });
    await page.waitForSelector('astro-island:not([ssr])');
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
          // Preact renders state changes in a microtask: by the next task the result is in the DOM.
          await new Promise((resolve) => setTimeout(resolve, 0));
          const end = performance.now();
          if (root.textContent === before) throw new Error(`input ${value} changed nothing`);
          out.push(end - start);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return out;
      },
      { selector: c.selector, values: c.values, rounds },
    );
    samples.sort((a, b) => a - b);
    timings.push({
      widget: c.widget,
      medianMs: samples[Math.floor(samples.length / 2)] ?? 0,
      p95Ms: samples[Math.floor(samples.length * 0.95)] ?? 0,
    });
    await page.close();
  }
  return timings;
}
