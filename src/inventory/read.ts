/**
 * The reseller's free numbers (inventory/numbers.csv): exported from the
 * carrier's system, one number a row under a header line. Column `number` is
 * needed; `carrier` (联通 or 电信) and `note` may follow. Every row is judged
 * with the engine's own number rules, and every problem is reported with its
 * line, all in one run. The source publishes no inventory, so the shipped
 * site has none; the file is the reseller's to add.
 */
import { parse } from 'csv-parse/sync';
import { normaliseNumber, type Issue } from '../engine/index';
import { say } from '../engine/messages';
import { numberOf } from './codec';

export const INVENTORY_FILE = 'inventory/numbers.csv';
const INVENTORY_COLUMNS = ['number', 'carrier', 'note'] as const;
const CARRIERS = ['联通', '电信'];

export interface InventoryNumber {
  /** Normalised: ten digits. */
  number: string;
  carrier?: string;
  note?: string;
}

export function parseInventory(text: string, file = INVENTORY_FILE): { numbers: InventoryNumber[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (line: number, said: ReturnType<typeof say>) => issues.push({ file, path: '', line, col: 1, ...said });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With info: true each record carries its line, for messages (the library's types do not say so).
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    at(
      line,
      say('inventory/csv', { detail: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) }),
    );
    return { numbers: [], issues };
  }
  const [header, ...rows] = records;
  if (header === undefined) {
    at(1, say('inventory/empty'));
    return { numbers: [], issues };
  }
  const columns = header.record.map((c) => c.trim());
  const unknown = columns.filter((c) => !(INVENTORY_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0)
    at(header.info.lines, say('inventory/unknown-column', { columns: unknown.map((c) => `“${c}”`).join('、') }));
  const index = (name: string) => columns.indexOf(name);
  if (index('number') === -1) {
    at(header.info.lines, say('inventory/no-number-column'));
    return { numbers: [], issues };
  }
  const seen = new Map<string, number>();
  const numbers: InventoryNumber[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const raw = record[index('number')] ?? '';
    const normalised = normaliseNumber(raw);
    if (!normalised.ok) {
      at(line, say('inventory/bad-number', { raw: raw.slice(0, 40), detail: normalised.error.message }));
      continue;
    }
    const first = seen.get(normalised.number);
    if (first !== undefined) {
      at(line, say('inventory/duplicate', { number: normalised.number, line: first }));
      continue;
    }
    seen.set(normalised.number, line);
    const carrier = index('carrier') === -1 ? '' : (record[index('carrier')] ?? '');
    if (carrier !== '' && !CARRIERS.includes(carrier))
      at(line, say('inventory/carrier', { carrier: carrier.slice(0, 20) }));
    const note = index('note') === -1 ? '' : (record[index('note')] ?? '');
    numbers.push({ number: normalised.number, ...(carrier ? { carrier } : {}), ...(note ? { note } : {}) });
  }
  return { numbers, issues };
}

/**
 * A generated inventory for previews and tests only (TARIFF_DEMO_NUMBERS=N):
 * N distinct numbers spread at random over all tails, as a carrier's free
 * stock is, and the same every time (a fixed seed). Pages built with it say so.
 */
export function demoInventory(count: number): InventoryNumber[] {
  const size = Math.min(count, 5_000_000);
  // mulberry32: a small seeded generator, enough for spreading demo numbers.
  let seed = 0x400;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const tails = new Set<number>();
  while (tails.size < size) tails.add(Math.floor(random() * 10_000_000));
  return [...tails].map((tail) => ({ number: numberOf(tail) }));
}
