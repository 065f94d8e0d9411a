/**
 * What a visitor's phone downloads for each page, in gzip bytes: the limits
 * test/site/page-weight.test.ts enforces and `npm run bench` prints against.
 * Bytes are read from the built files (tools/page-weight.ts), so the test cannot flake; a page over its budget fails it.
 */
const KB = 1024;

/**
 * JavaScript after every island has hydrated, for the pages with a widget.
 * Every other page loads none: its budget is 0.
 */
const JS_BUDGETS: Readonly<Record<string, number>> = {
  'checker/': 18 * KB,
  // Each pricing widget hydrates with the build's figures for its first state; the engine with decimal.js
  // (about 16 KB) loads as the visitor turns to the form, or at once for a link with other inputs.
  'compare/': 32 * KB,
  'estimator/': 32 * KB,
  'numbers/': 30 * KB,
  // The estimator's, and the applicant's form and checks; the summary, its sending and QR code load once the visitor starts on their details.
  'apply/': 38 * KB,
  // Pagefind's own runtime (about 20 KB) starts as the page hydrates, so the first keystroke does not wait for it.
  'search/': 40 * KB,
  'embed/': 30 * KB,
  'embed/checker/': 18 * KB,
  // The estimator's, and the script that sizes the frame.
  'embed/estimator/': 32 * KB,
};

/**
 * Scripts a page's widget starts as it hydrates, by a dynamic import the build
 * cannot follow: the search page starts Pagefind's runtime at once, so the
 * first keystroke does not wait for it. Paths relative to the built site.
 */
const START_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  // Pagefind's runtime and the worker it starts in init().
  'search/': ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js'],
};

export function startScripts(path: string): readonly string[] {
  return START_SCRIPTS[path] ?? [];
}

/** A page's JS budget by its path ("estimator/"); 0 for a page without a widget. */
export function jsBudget(path: string): number {
  return JS_BUDGETS[path] ?? 0;
}

/** Every page's HTML: what fits the first round trip of a new connection (TCP's initial window, about 14 KB). */
export const HTML_BUDGET = 14 * KB;
