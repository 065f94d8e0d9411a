/**
 * What a page body may hold besides text, Markdown and the data components:
 * page bodies are content, not code. The HTML elements and attributes below
 * only mark up text (no script, style, frame, form, media or event handler);
 * links and images may only point at the site itself or ordinary addresses.
 * The page check (./body.ts) refuses everything else, at its line.
 */

/** Elements that only mark up text. */
export const SAFE_ELEMENTS: readonly string[] = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'code',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];

/** Attributes any safe element may carry, and those of one element only. */
const COMMON_ATTRIBUTES = ['class', 'title', 'lang'];
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  details: ['open'],
  ol: ['start'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
};

export function safeAttributes(element: string): readonly string[] {
  return [...COMMON_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[element] ?? [])];
}

/** A class list of plain words: classes only style, and only the site's own stylesheet defines any. */
export const SAFE_CLASS = /^[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)*$/u;

/**
 * Whether a link address is safe: a path on the site (relative, or from
 * "/"), a fragment, or an http(s), mailto or tel address. Browsers ignore
 * tabs, line breaks and leading controls in a scheme ("java\tscript:"), so
 * those are removed before the scheme is read.
 */
export function safeLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- what browsers strip from a URL before reading its scheme
  const plain = url.replace(/[\u0000-\u0020\u007f]/gu, '');
  if (plain.startsWith('//')) return false; // another host, with this page's scheme
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(plain)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

/** Whether an image address is a file uploaded through the CMS (/uploads/…, no climbing out). */
export function safeImage(url: string): boolean {
  return /^\/uploads\/[A-Za-z0-9\u4e00-\u9fff._-]+\.(?:png|jpe?g|webp|gif)$/iu.test(url);
}
