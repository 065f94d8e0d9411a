/**
 * The 选号 index, built with the site: every free number graded once by the
 * engine, then grouped into lists by grade, matched rule and carrier. Each
 * list is sorted and cut into chunks of at most CHUNK_SIZE numbers, each a
 * file named by its content (so a CDN may cache it for ever). The manifest
 * (which lists exist, their counts and chunk files) is small and goes into
 * the page; the browser fetches only the chunks a query needs. See the
 * docs/reference/number-index.md.
 */
import { createHash } from 'node:crypto';
import { amount, gradeName, gradeOfNumber, planName, plansForGrade, ruleName, type Tariff } from '../engine/index';
import { yuan } from '../presentation/format';
import { encodeTails, tailOf } from './codec';
import type { InventoryNumber } from './read';
import type { NumberIndex, IndexBucket } from './index-format';

/** Numbers per chunk file: about 10 KB at typical density, so a first page is one small fetch. */
export const CHUNK_SIZE = 8192;

/** Numbers listed per grade on the page itself, for visitors without JavaScript. */
const STATIC_PER_GRADE = 10;

export interface IndexFile {
  name: string;
  bytes: Uint8Array;
}

export interface StaticItem {
  number: string;
  rule: string;
  carrier?: string;
}

export interface BuiltIndex {
  index: NumberIndex;
  files: IndexFile[];
  /** The first numbers of each grade (by grade id), for the page without JavaScript. */
  firstByGrade: Record<string, StaticItem[]>;
}

/** Keeps the STATIC_PER_GRADE lowest numbers of a grade without sorting the whole stock. */
function keepLowest(lists: Map<string, StaticItem[]>, grade: string, item: StaticItem): void {
  let list = lists.get(grade);
  if (list === undefined) lists.set(grade, (list = []));
  if (list.length < STATIC_PER_GRADE) {
    list.push(item);
    return;
  }
  let highest = 0;
  for (let i = 1; i < list.length; i++) if ((list[i]?.number ?? '') > (list[highest]?.number ?? '')) highest = i;
  if (item.number < (list[highest]?.number ?? '')) list[highest] = item;
}

export function buildNumberIndex(tariff: Tariff, numbers: InventoryNumber[], demo = false): BuiltIndex {
  const lists = new Map<string, { grade: string; rule: string; carrier: string; tails: number[] }>();
  const staticLists = new Map<string, StaticItem[]>();
  for (const item of numbers) {
    const { grade, rule } = gradeOfNumber(tariff, item.number);
    const carrier = item.carrier ?? '';
    keepLowest(staticLists, grade.id, { number: item.number, rule, ...(carrier ? { carrier } : {}) });
    const key = `${grade.id}\n${rule}\n${carrier}`;
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = { grade: grade.id, rule, carrier, tails: [] }));
    list.tails.push(tailOf(item.number));
  }

  const files: IndexFile[] = [];
  const buckets: IndexBucket[] = [];
  for (const list of lists.values()) {
    const tails = Uint32Array.from(list.tails).sort();
    const chunks: IndexBucket['chunks'] = [];
    for (let start = 0; start < tails.length; start += CHUNK_SIZE) {
      const part = tails.subarray(start, start + CHUNK_SIZE);
      const bytes = encodeTails(part);
      const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.bin`;
      files.push({ name, bytes });
      chunks.push({ file: name, count: part.length, first: part[0] ?? 0 });
    }
    buckets.push({ grade: list.grade, rule: list.rule, carrier: list.carrier, count: tails.length, chunks });
  }

  // The cheapest plan each grade may take: shown with its numbers, and what a budget is held to.
  const cheapestOf = new Map(tariff.grades.map((grade) => [grade.id, plansForGrade(tariff, grade)[0]]));

  // Rarest grade first; within a grade, the rules in the order the data gives them.
  const grades = [...tariff.grades].reverse().map((grade) => {
    const cheapest = cheapestOf.get(grade.id);
    return {
      id: grade.id,
      name: gradeName(grade),
      rules: [...grade.patterns, ...(grade.default ? ['default'] : [])].map((rule) => ({
        rule,
        label: ruleName(rule),
      })),
      ...(cheapest
        ? { cheapest: { plan: cheapest.id, name: planName(tariff, cheapest), yearly: yuan(cheapest.yearly) } }
        : {}),
    };
  });
  const order = (id: string) => grades.findIndex((g) => g.id === id);
  const ruleOrder = (b: IndexBucket) => grades[order(b.grade)]?.rules.findIndex((r) => r.rule === b.rule) ?? 0;
  buckets.sort(
    (a, b) => order(a.grade) - order(b.grade) || ruleOrder(a) - ruleOrder(b) || a.carrier.localeCompare(b.carrier),
  );

  // "Plans up to N 元/年": for each yearly amount a plan has, the grades whose cheapest plan costs no more.
  const yearlies = [...new Set(tariff.plans.map((p) => p.yearly))].sort((a, b) => amount(a).comparedTo(amount(b)));
  const budgets = yearlies.map((yearly) => ({
    yearly,
    label: `${yuan(yearly)} 元/年`,
    grades: tariff.grades
      .filter((grade) => {
        const cheapest = cheapestOf.get(grade.id);
        return cheapest !== undefined && amount(cheapest.yearly).lessThanOrEqualTo(amount(yearly));
      })
      .map((g) => g.id),
  }));

  const carriers = [...new Set(numbers.map((n) => n.carrier ?? '').filter((c) => c !== ''))].sort();

  // Numbers were graded in file order; the static list takes each grade's lowest numbers.
  const firstByGrade: BuiltIndex['firstByGrade'] = {};
  for (const [id, items] of staticLists)
    firstByGrade[id] = items.sort((a, b) => a.number.localeCompare(b.number)).slice(0, STATIC_PER_GRADE);

  return {
    index: { total: numbers.length, demo, grades, buckets, budgets, carriers },
    files,
    firstByGrade,
  };
}
