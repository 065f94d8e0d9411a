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

export interface IndexChunk {
  file: string;
  count: number;
  /** The chunk's lowest tail: no later chunk of the list holds a lower one. */
  first: number;
}

/** One list: the numbers of a grade matched by one rule, from one carrier ('' when the file names none). */
export interface IndexBucket {
  grade: string;
  rule: string;
  carrier: string;
  count: number;
  chunks: IndexChunk[];
}

export interface IndexGrade {
  id: string;
  name: string;
  rules: { rule: string; label: string }[];
  /** The cheapest plan the grade may take, its yearly amount formatted for display. */
  cheapest?: { plan: string; name: string; yearly: string };
}

export interface NumberIndex {
  total: number;
  demo: boolean;
  /** Rarest grade first. */
  grades: IndexGrade[];
  buckets: IndexBucket[];
  /** "Plans up to N 元/年": each yearly amount a plan has, and the grades that fit it. */
  budgets: { yearly: string; label: string; grades: string[] }[];
  carriers: string[];
}

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

/** The digit filters as one test on a tail; undefined when there are none. */
export function digitTest(filter: NumberFilter): ((tail: number) => boolean) | undefined {
  const tests: ((tail: number) => boolean)[] = [];
  if (filter.end !== '') {
    const size = 10 ** filter.end.length;
    const value = Number(filter.end);
    tests.push((tail) => (4e9 + tail) % size === value);
  }
  if (filter.has !== '') {
    const size = 10 ** filter.has.length;
    const value = Number(filter.has);
    const shifts = Array.from({ length: 11 - filter.has.length }, (_, k) => 10 ** k);
    tests.push((tail) => {
      const full = 4e9 + tail;
      for (const shift of shifts) if (Math.floor(full / shift) % size === value) return true;
      return false;
    });
  }
  if (filter.no !== '') {
    let mask = 0;
    for (const d of filter.no) mask |= 1 << Number(d);
    tests.push((tail) => {
      let rest = tail;
      for (let i = 0; i < 7; i++) {
        if (mask & (1 << rest % 10)) return false;
        rest = Math.floor(rest / 10);
      }
      return true;
    });
  }
  if (tests.length === 0) return undefined;
  return (tail) => tests.every((test) => test(tail));
}

/** Reads one list in order across its chunks; stops at a chunk not loaded yet. */
class Cursor {
  private chunk = 0;
  private at = 0;
  constructor(
    readonly bucket: IndexBucket,
    private readonly loaded: ReadonlyMap<string, Uint32Array>,
    private readonly test: ((tail: number) => boolean) | undefined,
  ) {}

  /** The next matching tail; 'end' when the list is done; 'wait' when the next chunk is not loaded. */
  peek(): number | 'end' | 'wait' {
    for (;;) {
      const chunk = this.bucket.chunks[this.chunk];
      if (chunk === undefined) return 'end';
      const tails = this.loaded.get(chunk.file);
      if (tails === undefined) return 'wait';
      while (this.at < tails.length) {
        const tail = tails[this.at] ?? 0;
        if (this.test === undefined || this.test(tail)) return tail;
        this.at++;
      }
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

export function runQuery(
  index: NumberIndex,
  filter: NumberFilter,
  loaded: ReadonlyMap<string, Uint32Array>,
  limit: number,
): QueryResult {
  const buckets = bucketsFor(index, filter);
  const test = digitTest(filter);
  if (test !== undefined) {
    // Digit filters need every chunk of the chosen lists, to count.
    const missing = buckets.flatMap((b) => b.chunks.map((c) => c.file)).filter((f) => !loaded.has(f));
    if (missing.length > 0) return { items: [], total: 0, missing };
  }
  const items: FoundNumber[] = [];
  for (const grade of index.grades) {
    const cursors = buckets.filter((b) => b.grade === grade.id).map((b) => new Cursor(b, loaded, test));
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
  let total = 0;
  if (test === undefined) for (const b of buckets) total += b.count;
  else
    for (const b of buckets)
      for (const c of b.chunks) {
        const tails = loaded.get(c.file) ?? new Uint32Array();
        for (let i = 0; i < tails.length; i++) if (test(tails[i] ?? 0)) total++;
      }
  return { items, total, missing: [] };
}
