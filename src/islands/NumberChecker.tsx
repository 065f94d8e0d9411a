/**
 * 号码等级查询: type or paste one 400 number, or many (one per line or
 * separated by commas). Every judgement comes from the engine's `classify`.
 */
import { estimatorHref } from './input/url-state';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { classifyIn, type Classification, type GradeTable, ruleName, type SlimTariff } from '../engine/rules';
import { formatNumber, telHref } from '../presentation/phones';
import { csvText } from '../presentation/csv';
import { splitNumbers } from './input/batch';
import { useUrlState } from './input/use-url-state';
import { syncContactBar } from './contact-bar';
import { readCheckerState, writeCheckerState, type CheckerState } from './input/checker-state';

interface Props {
  /** The grades as the engine judges numbers (gradeTable), built at build time. */
  table: GradeTable;
  /**
   * Each plan's name, whether its rate is 来电咨询 and then the number to call
   * to apply (build time), and each grade's minimum in words.
   */
  plans: Record<string, { name: string; consult: boolean; phone?: string }>;
  minimums: Record<string, string>;
  /** The slim tariff, for estimator links. */
  tariff: SlimTariff;
  /** Site base path, for links. */
  base: string;
}

/** Rows shown at once; every number is judged and counted, and all can be downloaded. */
const MAX_ROWS = 500;

const INITIAL: CheckerState = { text: '', order: 'input' };

/** The results as CSV, plans by their Chinese names (see presentation/csv for the format and its guard). */
function csvOf(results: Classification[], plans: Props['plans']): string {
  const rows = results.map((r) => [
    r.input,
    r.number ? formatNumber(r.number) : '',
    r.grade?.name ?? '',
    r.valid ? ruleName(r.rule ?? 'default') : (r.error?.message ?? ''),
    (r.plans ?? []).map((id) => plans[id]?.name ?? id).join('、'),
  ]);
  return csvText(['输入', '号码', '等级', '规则或错误', '可选套餐'], rows);
}

export default function NumberChecker({ table, plans, minimums, tariff, base }: Props) {
  const url = useUrlState(INITIAL, readCheckerState, writeCheckerState);
  const { text, order } = url.state;
  const [touched, setTouched] = useState(false);
  const results = useMemo(() => splitNumbers(text).map((n) => classifyIn(table, n)), [table, text]);
  const download = useMemo(
    () =>
      results.length > 1
        ? URL.createObjectURL(new Blob([csvOf(results, plans)], { type: 'text/csv;charset=utf-8' }))
        : undefined,
    [results, plans],
  );
  useEffect(() => () => (download === undefined ? undefined : URL.revokeObjectURL(download)), [download]);
  const single = results.length <= 1;
  // The contact bar carries the number judged (one valid number), or the plain 办理 page.
  const judged = single && results[0]?.valid === true ? results[0].number : undefined;
  useEffect(() => {
    if (!url.ready) return;
    syncContactBar({
      kind: 'apply',
      href: judged === undefined ? `${base}apply/` : estimatorHref(tariff, base, { number: judged }, 'apply/'),
    });
  }, [url.ready, judged, tariff, base]);
  const empty = touched && results.length === 0 ? classifyIn(table, '') : undefined;
  const error = single ? (results[0]?.error ?? empty?.error) : undefined;

  const rank = (r: Classification) => {
    // Grades come lowest first: the position is the rank.
    return r.grade === undefined ? -1 : table.grades.findIndex((g) => g.id === r.grade?.id);
  };
  const sorted = (
    order === 'input'
      ? results
      : [...results].sort((a, b) => (order === 'high' ? rank(b) - rank(a) : rank(a) - rank(b)))
  ).slice(0, MAX_ROWS);
  const validCount = results.filter((r) => r.valid).length;

  // Until the URL is read the box is drawn empty and disabled, with no result (the link may name a number):
  // the page's HTML carries it, so the first paint shows the form; without JavaScript it stays hidden (Base.astro).
  const busy = !url.ready;

  return (
    <div class="widget checker" aria-busy={busy ? 'true' : undefined}>
      <label for="checker-input">400号码</label>
      <p id="checker-hint" class="hint">
        可带空格、横线或全角数字；粘贴多个号码时每行一个，或用逗号分隔。
      </p>
      <textarea
        id="checker-input"
        rows={single ? 1 : Math.min(8, results.length + 1)}
        value={text}
        placeholder="例如 400-123-6688"
        aria-describedby={error ? 'checker-hint checker-error' : 'checker-hint'}
        aria-invalid={error ? 'true' : undefined}
        autoComplete="off"
        inputMode="tel"
        disabled={busy}
        onInput={(e) => {
          url.update({ text: e.currentTarget.value }, 'type');
          setTouched(true);
        }}
        onBlur={url.settle}
      />
      <div aria-live="polite">
        {error && (
          <p id="checker-error" class="field-error">
            {error.message}
          </p>
        )}
        {single && results[0]?.valid && (
          <NumberResult result={results[0]} plans={plans} minimums={minimums} tariff={tariff} base={base} />
        )}
        {!single && (
          <>
            <p class="result-summary">
              共 {results.length.toLocaleString('en-US')} 个号码，其中有效 {validCount.toLocaleString('en-US')} 个
              {results.length > MAX_ROWS ? `；下表显示排序后的前 ${MAX_ROWS} 个，全部结果请下载` : ''}。{' '}
              {download && (
                <a href={download} download="400号码等级.csv">
                  下载全部结果（CSV）
                </a>
              )}
            </p>
            <div class="sort-buttons" role="group" aria-label="排序">
              <span>排序：</span>
              {(['input', 'high', 'low'] as const).map((o) => (
                <button type="button" aria-pressed={order === o} onClick={() => url.update({ order: o })}>
                  {{ input: '按输入顺序', high: '等级从高到低', low: '等级从低到高' }[o]}
                </button>
              ))}
            </div>
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th scope="col">输入</th>
                    <th scope="col">号码</th>
                    <th
                      scope="col"
                      aria-sort={order === 'input' ? 'none' : order === 'high' ? 'descending' : 'ascending'}
                    >
                      等级
                    </th>
                    <th scope="col">规则</th>
                    <th scope="col">最低可选套餐</th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((r, i) => {
                    const cheapest = r.plans?.[0];
                    return (
                      <tr key={`${i}-${r.input}`} class={r.valid ? undefined : 'invalid'}>
                        <td data-label="输入" class="mono">
                          {r.input}
                        </td>
                        {r.valid ? (
                          <>
                            <td data-label="号码" class="mono">
                              {formatNumber(r.number ?? '')}
                            </td>
                            <td data-label="等级">{r.grade?.name}</td>
                            <td data-label="规则">{ruleName(r.rule ?? 'default')}</td>
                            <td data-label="最低可选套餐">
                              {cheapest && <a href={`${base}plans/${cheapest}/`}>{plans[cheapest]?.name}</a>}
                            </td>
                          </>
                        ) : (
                          <td colSpan={4} data-label="错误" class="field-error">
                            {r.error?.message}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function NumberResult({
  result,
  plans,
  minimums,
  tariff,
  base,
}: { result: Classification } & Pick<Props, 'plans' | 'minimums' | 'tariff' | 'base'>) {
  const number = result.number ?? '';
  return (
    <div class="number-result">
      <p class="big-number mono">{formatNumber(number)}</p>
      <dl class="facts">
        <dt>号码等级</dt>
        <dd>
          <strong>{result.grade?.name}</strong>
        </dd>
        <dt>匹配规则</dt>
        <dd>{ruleName(result.rule ?? 'default')}</dd>
        <dt>月最低消费</dt>
        <dd>{result.grade ? minimums[result.grade.id] : ''}</dd>
      </dl>
      <h2 class="widget-heading">可选套餐（从低到高）</h2>
      <ul class="plan-links">
        {(result.plans ?? []).map((id) => {
          const plan = plans[id];
          if (plan === undefined) return null;
          return (
            <li key={id}>
              <a href={`${base}plans/${id}/`}>{plan.name}</a>
              {plan.consult && <span class="tag consult">来电咨询</span>}
              {' · '}
              <a href={estimatorHref(tariff, base, { plan: id, number })}>估算费用</a>
              {' · '}
              {plan.phone === undefined ? (
                <a href={estimatorHref(tariff, base, { plan: id, number }, 'apply/')}>在线办理</a>
              ) : (
                <a href={telHref(plan.phone)}>电话办理 {plan.phone}</a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
