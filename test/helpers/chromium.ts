/**
 * One Chromium per test worker, shared by every test file the worker runs
 * (files share a worker's loaded modules: vitest.config.ts sets isolate
 * false). A launch costs about 1.8 s of a 2-core machine; sixteen files
 * launched one each. A file takes the browser in beforeAll and gives it back
 * in afterAll, which closes every tab and context the file opened, so the
 * next file starts with none. The browser ends with its worker.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/browser';

let shared: Promise<Browser> | undefined;

export async function sharedChromium(): Promise<Browser> {
  const running = shared === undefined ? undefined : await shared;
  if (running?.isConnected()) return running;
  shared = launchChromium();
  return shared;
}

/** Closes what this file opened in the shared browser. */
export async function releaseChromium(browser: Browser | undefined): Promise<void> {
  if (browser === undefined || !browser.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}
