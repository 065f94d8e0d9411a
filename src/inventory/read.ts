/**
 * The reseller's free numbers (inventory/numbers.csv): exported from the
 * carrier's system, one number a row under a header line. Column `number` is
 * needed; `carrier` (联通 or 电信) and `note` may follow. Every row is judged
 * with the engine's own number rules, and every problem is reported with its
 * line, all in one run. The source publishes no inventory, so the shipped
 * site has none; the file is the reseller's to add.
 */
import { parse } from 'csv-parse/sync';
import { normaliseNumber } from '../engine/index';
import { type Issue } from '../editor-messages/errors';
import { say } from '../editor-messages/messages';
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

/** The longest field a row may hold: a note is a short remark, and one huge field must not hold the check up. */
const MAX_FIELD_CHARS = 200;
/** What csv-parse may buffer for one row (it stops with the row's line past it). */
const MAX_RECORD_CHARS = 4 * MAX_FIELD_CHARS;

export function parseInventory(text: string, file = INVENTORY_FILE): { numbers: InventoryNumber[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (line: number, said: ReturnType<typeof say>) => issues.push({ file, path: '', line, col: 1, ...said });
  const numbers: InventoryNumber[] = [];
  // The first line of each number, by its value: one Map entry a number, no copy of the rows.
  const seen = new Map<number, number>();
  let columns: string[] | undefined;
  let index = (name: string): number => columns?.indexOf(name) ?? -1;
  /** One row, judged as it is read (csv-parse hands each over and keeps none: memory stays with the numbers). */
  const row = (record: string[], line: number) => {
    if (columns === undefined) {
      columns = record.map((c) => c.trim());
      const positions = new Map(INVENTORY_COLUMNS.map((name) => [name, columns?.indexOf(name) ?? -1]));
      index = (name) => positions.get(name as (typeof INVENTORY_COLUMNS)[number]) ?? -1;
      const unknown = columns.filter((c) => !(INVENTORY_COLUMNS as readonly string[]).includes(c));
      if (unknown.length > 0)
        at(line, say('inventory/unknown-column', { columns: unknown.map((c) => `“${c}”`).join('、') }));
      if (index('number') === -1) at(line, say('inventory/no-number-column'));
      return;
    }
    if (index('number') === -1) return;
    const long = record.findIndex((field) => field.length > MAX_FIELD_CHARS);
    if (long !== -1) {
      at(line, say('inventory/field-too-long', { column: columns[long] ?? String(long + 1), max: MAX_FIELD_CHARS }));
      return;
    }
    const raw = record[index('number')] ?? '';
    const normalised = normaliseNumber(raw);
    if (!normalised.ok) {
      at(line, say('inventory/bad-number', { raw: raw.slice(0, 40), detail: normalised.error.message }));
      return;
    }
    const key = Number(normalised.number);
    const first = seen.get(key);
    if (first !== undefined) {
      at(line, say('inventory/duplicate', { number: normalised.number, line: first }));
      return;
    }
    seen.set(key, line);
    const carrier = index('carrier') === -1 ? '' : (record[index('carrier')] ?? '');
    if (carrier !== '' && !CARRIERS.includes(carrier))
      at(line, say('inventory/carrier', { carrier: carrier.slice(0, 20) }));
    const note = index('note') === -1 ? '' : (record[index('note')] ?? '');
    numbers.push({ number: normalised.number, ...(carrier ? { carrier } : {}), ...(note ? { note } : {}) });
  };
  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      max_record_size: MAX_RECORD_CHARS,
      // Each row is judged here and dropped (null): the parser builds no array of a million rows.
      on_record: (record: string[], context: { lines: number }) => {
        row(record, context.lines);
        return null;
      },
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    at(line, say('inventory/csv', { detail: detail.slice(0, 200) }));
    return { numbers: [], issues };
  }
  if (columns === undefined) at(1, say('inventory/empty'));
  return { numbers: index('number') === -1 ? [] : numbers, issues };
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
