import type { Page } from 'playwright-core';

/**
 * Waits until a page has loaded and its widgets have done what they do on
 * arrival: every island hydrated and none busy (选号 fetching its numbers,
 * a widget reading its link). A condition, where waiting for the network to
 * fall quiet would sit out half a second on every page.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.querySelector('astro-island[ssr], [aria-busy="true"]') === null);
}
