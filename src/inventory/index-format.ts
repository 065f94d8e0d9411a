/**
 * The 选号 index's format: what number-index.ts writes at build time and
 * query.ts reads in the browser (a manifest of lists, each in chunk files).
 */

/** Where the build writes the chunk files, under the site's base. */
export const NUMBER_DATA_DIR = 'numbers/data/';

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
