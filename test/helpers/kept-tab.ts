import type { Browser, Page } from 'playwright-core';

/**
 * One browser tab kept for a test file: each call hands it back, reset to what a
 * new tab would be for the next page load (viewport, no blocked requests, screen and light
 * media, empty session storage). A navigation in a kept tab costs about a quarter
 * of a new tab's CPU. Tests that need a tab of their own (a clock, JavaScript
 * off, history) open one.
 */
export function keptTab(
  browser: () => Browser,
  height: number,
  onCreate: (tab: Page) => void = () => undefined,
): (width: number) => Promise<Page> {
  let tab: Page | undefined;
  return async (width) => {
    if (tab === undefined || tab.isClosed()) {
      tab = await browser().newPage({ viewport: { width, height } });
      onCreate(tab);
      return tab;
    }
    await tab.setViewportSize({ width, height });
    await tab.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.emulateMedia({ media: 'screen', colorScheme: 'light' });
    // Cleared before leaving the page: a new tab starts with none (办理 keeps the applicant's fields there).
    await tab.evaluate(() => {
      try {
        window.sessionStorage.clear();
      } catch {
        // A page without storage (about:blank): nothing to clear.
      }
    });
    return tab;
  };
}
