/** The classify and quote commands as pure functions of their input, so tests call them directly. */
import { classify, formatNumber, quote, ruleName, type Quote, type Tariff } from '../engine/index';

export function runClassify(tariff: Tariff, inputs: string[], json: boolean): string {
  const results = inputs.map((input) => classify(tariff, input));
  if (json) return JSON.stringify(results, null, 2);
  return results
    .map((r) =>
      r.valid && r.number !== undefined
        ? `${r.input}\t${formatNumber(r.number)}\t${r.grade?.name ?? ''}\t${ruleName(r.rule ?? 'default')}\t可选套餐: ${(r.plans ?? []).join(', ')}`
        : `${r.input}\t无效号码 (${r.error?.code}): ${r.error?.message}`,
    )
    .join('\n');
}

export type QuoteCommandResult = { ok: true; output: string } | { ok: false; error: string };

export function runQuote(tariff: Tariff, stdin: string, json: boolean): QuoteCommandResult {
  let request: unknown;
  try {
    request = JSON.parse(stdin);
  } catch (error) {
    return { ok: false, error: `request: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = quote(tariff, request);
  if (!result.ok) return { ok: false, error: `${result.error.field}: ${result.error.message}` };
  const quotes = 'quotes' in result ? result.quotes : [result.quote];
  if (json) return { ok: true, output: JSON.stringify('quotes' in result ? result.quotes : result.quote, null, 2) };
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
  ].join('\n');
}
