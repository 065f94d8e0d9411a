/**
 * 选号 queries in the browser, over the index the build wrote
 * (number-index.ts). Grades and rules were decided at build time by the
 * engine: here a grade, rule, carrier or budget filter only picks lists, and
 * the digit filters (ends with, contains, without) compare digits. Results
 * come rarest grade first, then by number. Only the chunks a query needs are
 * fetched: without digit filters the count is in the manifest and a page of
 * results needs the first chunks only; with them every chunk of the chosen
 * lists is read.
 */
import { numberOf } from './codec';
import type { IndexBucket, IndexChunk, NumberIndex } from './index-format';

export interface NumberFilter {
  /** A grade id, or '' for every grade. */
  grade: string;
  /** A rule (tail pattern, or "default"), or '' for every rule. */
  rule: string;
  /** Digits the number ends with. */
  end: string;
  /** Digits the number contains. */
  has: string;
  /** Digits the seven digits after 400 leave out. */
  no: string;
  /** A yearly amount from `budgets`, or ''. */
  budget: string;
  carrier: string;
}

export const NO_FILTER: NumberFilter = { grade: '', rule: '', end: '', has: '', no: '', budget: '', carrier: '' };

export interface FoundNumber {
  number: string;
  grade: string;
  rule: string;
  carrier: string;
}

export interface QueryResult {
  /** The first `limit` numbers found, in order. */
  items: FoundNumber[];
  /** How many numbers match in all. */
  total: number;
  /** Chunk files still needed: fetch them and run the query again. Empty when the result is whole. */
  missing: string[];
}

/** The lists a filter draws on, before any digit filter. */
export function bucketsFor(index: NumberIndex, filter: NumberFilter): IndexBucket[] {
  const budget = index.budgets.find((b) => b.yearly === filter.budget);
  return index.buckets.filter(
    (b) =>
      (filter.grade === '' || b.grade === filter.grade) &&
      (filter.rule === '' || b.rule === filter.rule) &&
      (filter.carrier === '' || b.carrier === filter.carrier) &&
      (budget === undefined || budget.grades.includes(b.grade)),
  );
}

/** The digits every number starts with; the index stores what follows (the 7-digit tail). */
const PREFIX = '400';
const TAIL_DIGITS = 7;

/**
 * Where `digits` can sit in a number: each place as a test on the tail
 * alone, the part that falls on the prefix 400 checked here once. A place
 * is the digits' offset from the number's end (0 = they end it).
 */
function placesOf(digits: string, atEndOnly: boolean): { divisor: number; size: number; value: number }[] {
  const places = [];
  const total = PREFIX.length + TAIL_DIGITS;
  for (let offset = 0; offset <= (atEndOnly ? 0 : total - digits.length); offset++) {
    const start = total - offset - digits.length;
    // The digits falling on the prefix must be the prefix's own.
    const onPrefix = Math.max(0, Math.min(digits.length, PREFIX.length - start));
    if (digits.slice(0, onPrefix) !== PREFIX.slice(start, start + onPrefix)) continue;
    const inTail = digits.slice(onPrefix);
    places.push({ divisor: 10 ** offset, size: 10 ** inTail.length, value: Number(inTail) });
  }
  return places;
}

/**
 * The digit filters as one test on a tail; undefined when there are none.
 * Small-integer arithmetic on the tail (no strings, nothing above 10⁷): it
 * runs on every number of the inventory at each keystroke.
 */
function digitTest(filter: NumberFilter): ((tail: number) => boolean) | undefined {
  const { end, has, no } = filter;
  if (end === '' && has === '' && no === '') return undefined;
  const ends = end === '' ? undefined : placesOf(end, true);
  const contains = has === '' ? undefined : placesOf(has, false);
  let mask = 0;
  for (const d of no) mask |= 1 << Number(d);
  const fits = (tail: number, place: { divisor: number; size: number; value: number }) =>
    ((tail / place.divisor) | 0) % place.size === place.value;
  return (tail) => {
    if (ends !== undefined && !ends.some((place) => fits(tail, place))) return false;
    if (mask !== 0) {
      let rest = tail;
      for (let i = 0; i < TAIL_DIGITS; i++) {
        if (mask & (1 << (rest % 10))) return false;
        rest = (rest / 10) | 0;
      }
    }
    if (contains !== undefined) {
      for (const place of contains) if (fits(tail, place)) return true;
      return false;
    }
    return true;
  };
}

/** Reads one list in order across its chunks; stops at a chunk not loaded yet. */
class Cursor {
  private chunk = 0;
  private at = 0;
  constructor(
    readonly bucket: IndexBucket,
    private readonly loaded: ReadonlyMap<string, Uint32Array>,
  ) {}

  /** The next tail; 'end' when the list is done; 'wait' when the next chunk is not loaded. */
  peek(): number | 'end' | 'wait' {
    for (;;) {
      const chunk = this.bucket.chunks[this.chunk];
      if (chunk === undefined) return 'end';
      const tails = this.loaded.get(chunk.file);
      if (tails === undefined) return 'wait';
      if (this.at < tails.length) return tails[this.at] ?? 0;
      this.chunk++;
      this.at = 0;
    }
  }

  next(): void {
    this.at++;
  }

  /** The chunk a waiting cursor needs, and the lowest tail it may hold. */
  waiting(): IndexChunk | undefined {
    return this.bucket.chunks[this.chunk];
  }
}

type DigitFilter = Pick<NumberFilter, 'end' | 'has' | 'no'>;

/** Does every number `narrower` lets through pass `wider` too? (Typing one more digit narrows.) */
function narrows(narrower: DigitFilter, wider: DigitFilter): boolean {
  return (
    narrower.end.endsWith(wider.end) &&
    narrower.has.includes(wider.has) &&
    [...wider.no].every((d) => narrower.no.includes(d))
  );
}

/**
 * The numbers of each list that pass a digit filter, kept between
 * keystrokes: a filter seen before is answered at once, and a narrower one
 * (one more digit typed) scans the last answer rather than the whole list.
 */
export class MatchCache {
  private entries: { bucket: IndexBucket; digits: DigitFilter; tails: Uint32Array }[] = [];
  constructor(private readonly capacity = 256) {}

  matches(
    bucket: IndexBucket,
    digits: DigitFilter,
    test: (tail: number) => boolean,
    loaded: ReadonlyMap<string, Uint32Array>,
  ): Uint32Array {
    let source: Uint32Array[] | undefined;
    for (const entry of this.entries) {
      if (entry.bucket !== bucket || !narrows(digits, entry.digits)) continue;
      if (entry.digits.end === digits.end && entry.digits.has === digits.has && entry.digits.no === digits.no)
        return entry.tails;
      if (source === undefined || (source[0]?.length ?? 0) > entry.tails.length) source = [entry.tails];
    }
    source ??= bucket.chunks.map((c) => loaded.get(c.file) ?? new Uint32Array());
    const found: number[] = [];
    for (const tails of source)
      for (let i = 0; i < tails.length; i++) {
        const tail = tails[i] ?? 0;
        if (test(tail)) found.push(tail);
      }
    const tails = Uint32Array.from(found);
    this.entries.unshift({ bucket, digits: { end: digits.end, has: digits.has, no: digits.no }, tails });
    if (this.entries.length > this.capacity) this.entries.length = this.capacity;
    return tails;
  }
}

export function runQuery(
  index: NumberIndex,
  filter: NumberFilter,
  loaded: ReadonlyMap<string, Uint32Array>,
  limit: number,
  cache = new MatchCache(),
): QueryResult {
  let buckets = bucketsFor(index, filter);
  const test = digitTest(filter);
  let total = 0;
  if (test !== undefined) {
    // Digit filters need every chunk of the chosen lists, to count.
    const missing = buckets.flatMap((b) => b.chunks.map((c) => c.file)).filter((f) => !loaded.has(f));
    if (missing.length > 0) return { items: [], total: 0, missing };
    // Each list becomes the list of its matches, merged below like any other.
    const matched = new Map<string, Uint32Array>();
    buckets = buckets.map((b, i) => {
      const tails = cache.matches(b, filter, test, loaded);
      total += tails.length;
      const file = `matches-${i}`;
      matched.set(file, tails);
      return { ...b, count: tails.length, chunks: [{ file, count: tails.length, first: tails[0] ?? 0 }] };
    });
    loaded = matched;
  } else {
    for (const b of buckets) total += b.count;
  }
  const items: FoundNumber[] = [];
  for (const grade of index.grades) {
    const cursors = buckets.filter((b) => b.grade === grade.id).map((b) => new Cursor(b, loaded));
    // Merge the grade's lists by number until the page is full.
    while (items.length < limit) {
      let best: Cursor | undefined;
      let bestTail = Infinity;
      let wait: IndexChunk | undefined;
      for (const cursor of cursors) {
        const tail = cursor.peek();
        if (tail === 'wait') {
          const chunk = cursor.waiting();
          if (chunk !== undefined && (wait === undefined || chunk.first < wait.first)) wait = chunk;
        } else if (tail !== 'end' && tail < bestTail) {
          best = cursor;
          bestTail = tail;
        }
      }
      // A chunk not loaded yet may hold a lower number than any loaded one: fetch it first, with
      // the grade's other waiting chunks and the first chunk of every later list, so a page
      // takes one or two round trips rather than one per list.
      if (wait !== undefined && wait.first <= bestTail) {
        const waiting = cursors.map((c) => (c.peek() === 'wait' ? c.waiting()?.file : undefined));
        const later = buckets.map((b) => b.chunks[0]?.file).filter((f) => f !== undefined && !loaded.has(f));
        return { items, total: 0, missing: [...new Set([...waiting, ...later])].filter((f) => f !== undefined) };
      }
      if (best === undefined) break;
      const { rule, carrier } = best.bucket;
      items.push({ number: numberOf(bestTail), grade: grade.id, rule, carrier });
      best.next();
    }
    if (items.length >= limit) break;
  }
  return { items, total, missing: [] };
}
