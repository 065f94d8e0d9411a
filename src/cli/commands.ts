/** The classify and quote commands as pure functions of their input, so tests call them directly. */
import {
  classify,
  quoteAt,
  ruleName,
  type Classification,
  type Quote,
  type Tariff,
  type TariffChange,
} from '../engine/index';
import { readRequestJson } from './request-json';
import { formatNumber } from '../presentation/phones';
import { changedText } from '../presentation/changes';
import { echo, escapeControls, safeJson } from './terminal';

/** One classification as a text row; the input is echoed safely (no control characters, not too long). */
function classifyRow(r: Classification): string {
  const input = echo(r.input);
  return r.valid && r.number !== undefined
    ? `${input}\t${formatNumber(r.number)}\t${r.grade?.name ?? ''}\t${ruleName(r.rule ?? 'default')}\t可选套餐: ${(r.plans ?? []).join(', ')}`
    : `${input}\t无效号码 (${r.error?.code}): ${r.error?.message}`;
}

export function runClassify(tariff: Tariff, inputs: string[], json: boolean): string {
  const results = inputs.map((input) => classify(tariff, input));
  if (json) return safeJson(results);
  return results.map(classifyRow).join('\n');
}

/** Classifies numbers as they arrive (one a line), writing each result at once: lists of any length. */
export async function streamClassify(
  tariff: Tariff,
  lines: AsyncIterable<string>,
  json: boolean,
  /** Resolves when the text may be followed by more (the reader kept up): memory stays flat on any pipe. */
  write: (text: string) => Promise<void> | void,
): Promise<number> {
  let count = 0;
  for await (const line of lines) {
    const input = line.replace(/\r$/u, '');
    if (input.trim() === '') continue;
    const result = classify(tariff, input);
    if (json) await write(`${count === 0 ? '[\n' : ',\n'}${safeJson(result).replace(/^/gmu, '  ')}`);
    else await write(`${classifyRow(result)}\n`);
    count++;
  }
  if (json) await write(count === 0 ? '[]\n' : '\n]\n');
  return count;
}

type QuoteCommandResult = { ok: true; output: string } | { ok: false; error: string };

/** Quotes with the version in force on `date` (the --date flag), or on the request's own date, or today. */
export function runQuote(versions: readonly Tariff[], stdin: string, json: boolean, date?: string): QuoteCommandResult {
  const request = readRequestJson(stdin);
  if (!request.ok) return { ok: false, error: `request: ${escapeControls(request.message)}` };
  const result = quoteAt(versions, request.value, date);
  if (!result.ok) return { ok: false, error: `${echo(result.error.field)}: ${escapeControls(result.error.message)}` };
  const quotes = 'quotes' in result ? result.quotes : [result.quote];
  if (json) return { ok: true, output: safeJson('quotes' in result ? result.quotes : result.quote) };
  return { ok: true, output: quotes.map(formatQuoteText).join('\n\n') };
}

function formatQuoteText(q: Quote): string {
  const head = `${q.planName} (${q.plan}) · ${q.grade.name} · 服务${q.serviceYears}年`;
  if (q.total === null) return `${head}\n  ${q.eligible ? '来电咨询' : '不可选'}: ${q.reason ?? ''}`;
  const rows = q.lines.map(
    (l) => `  ${l.amount.padStart(12)}  ${l.label}  [${l.detail}]${l.reason ? `  (${l.reason})` : ''}`,
  );
  return [
    head,
    ...rows,
    `  ${(q.subtotal ?? '').padStart(12)}  小计 (不含税)`,
    `  ${(q.tax ?? '').padStart(12)}  税费`,
    `  ${q.total.padStart(12)}  合计`,
    `  ${(q.perYear ?? '').padStart(12)}  每年`,
    ...(q.vip ? ['  大客户经理可为您定制方案 (专属VIP服务)'] : []),
  ]
    .map(escapeControls)
    .join('\n');
}

/** The change log, newest first (§6b): date, what, old → new, note. */
export function runChanges(changes: readonly TariffChange[], versions: readonly Tariff[], json: boolean): string {
  const newest = [...changes].reverse();
  if (json) return safeJson(newest);
  const rows = newest.flatMap((c) => [
    `${c.date}  ${c.note}  (${c.file})`,
    // The words the site's change log uses (presentation/changes.ts).
    ...c.items.map((i) => `    ${changedText(i)}`),
  ]);
  const published = versions[0]?.settings.effective ?? '';
  return [...rows, `${published}  资费标准发布（tariffs/source.txt）`].map(escapeControls).join('\n');
}
