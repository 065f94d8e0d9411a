/**
 * Addresses the site's own pages and folders take. A topic page
 * (content/pages/<address>.mdx, built at /<address>/) may not take one:
 * Astro would build one of the two silently. test/content-files/addresses.test.ts
 * holds this list to src/pages/ and the folders the build writes.
 */
export const RESERVED_ADDRESSES: ReadonlySet<string> = new Set([
  'plans',
  'addons',
  'checker',
  'compare',
  'estimator',
  'apply',
  'numbers',
  'search',
  'changes',
  'embed',
  'versions',
  // Written beside the pages: the CMS, the search index, uploaded media, the bundles.
  'admin',
  'pagefind',
  'uploads',
  '404',
]);
