/**
 * What each page of a built site costs a visitor once its widgets have
 * hydrated, read from the files of dist/ alone (no browser, so exact and
 * instant): the page's HTML (raw and gzip), and its JavaScript — inline
 * scripts, every script the page names (<script src>, an island's component
 * and renderer), the static imports of each, transitively, and the scripts a
 * widget starts at hydration (tools/budgets.ts). Code a widget loads later,
 * on demand (a dynamic import()), is not in that count: a visitor pays for it
 * only when they use it; it is listed beside, each file a page can fetch
 * later with what it adds. Each file is gzipped on its own, as a server sends it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { startScripts } from './budgets';

interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  /** The script files counted, relative to the site's folder. */
  scripts: string[];
  /** Each file the page's scripts import on demand, with the gzip bytes it and its imports add to what hydration loaded. */
  onDemand: { file: string; addsGzipBytes: number }[];
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&#38;', '&');

/** Script addresses a page names: <script src> and each island's component and renderer. */
function namedScripts(html: string): string[] {
  const found = [
    ...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gu),
    ...html.matchAll(/<astro-island\b[^>]*\scomponent-url="([^"]+)"/gu),
    ...html.matchAll(/<astro-island\b[^>]*\srenderer-url="([^"]+)"/gu),
  ];
  return found.map((m) => decode(m[1] ?? ''));
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)]
    .filter(([, attributes = '']) => !/\ssrc=/u.test(attributes) && !/application\/ld\+json/u.test(attributes))
    .map(([, , code = '']) => code);
}

/**
 * The file under `dir` an address refers to, relative to `dir`: absolute
 * addresses drop the site's base path, relative ones resolve from `from`.
 */
function fileOf(dir: string, base: string, address: string, from: string): string {
  const path = address.split(/[?#]/u)[0] ?? '';
  const joined = path.startsWith('/') ? path.slice(base.length) : join(dirname(from), path);
  const file = normalize(joined);
  if (file.startsWith('..') || !existsSync(join(dir, file)))
    throw new Error(`${from} loads ${address}, which is not a file of the built site`);
  return file;
}

/** Imports of one module, as files relative to `dir`: `on: 'load'` the static ones, `on: 'demand'` each import(). */
function importsOf(dir: string, base: string, file: string, on: 'load' | 'demand'): string[] {
  const [imports] = parse(readFileSync(join(dir, file), 'utf8'), file);
  // d === -1: a static import or re-export; dynamic ones (d >= 0) load on demand. A computed import() has no name.
  return imports
    .filter((i) => (on === 'load' ? i.d === -1 : i.d >= 0) && i.n !== undefined)
    .map((i) => fileOf(dir, base, i.n ?? '', file));
}

/** `entries` and every file they import statically, transitively, leaving out what `loaded` holds. */
function closure(dir: string, base: string, entries: readonly string[], loaded: ReadonlySet<string> = new Set()) {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next) || loaded.has(next)) continue;
    seen.add(next);
    queue.push(...importsOf(dir, base, next, 'load'));
  }
  return seen;
}

/** The weight of one page (`file`: "estimator/index.html") of the site built in `dir` under `base` ("/" or "/tariff/"). */
export async function pageWeight(dir: string, file: string, base = '/'): Promise<PageWeight> {
  await init;
  const html = readFileSync(join(dir, file), 'utf8');
  const path = file.replace(/index\.html$/u, '');
  const seen = closure(dir, base, [
    ...namedScripts(html).map((address) => fileOf(dir, base, address, file)),
    ...startScripts(path).map((started) => relative('.', started)),
  ]);
  const scripts = [...seen].sort();
  const later = [...new Set(scripts.flatMap((s) => importsOf(dir, base, s, 'demand')))].filter((f) => !seen.has(f));
  const onDemand = later.sort().map((entry) => ({
    file: entry,
    addsGzipBytes: [...closure(dir, base, [entry], seen)]
      .map((f) => gzip(readFileSync(join(dir, f))))
      .reduce((a, b) => a + b, 0),
  }));
  const inline = inlineScripts(html);
  const files = scripts.map((s) => readFileSync(join(dir, s)));
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzip(html),
    jsBytes: [...files.map((f) => f.length), ...inline.map((c) => Buffer.byteLength(c))].reduce((a, b) => a + b, 0),
    jsGzipBytes: [...files.map(gzip), ...inline.map(gzip)].reduce((a, b) => a + b, 0),
    scripts,
    onDemand,
  };
}
