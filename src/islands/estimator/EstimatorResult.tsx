/**
 * The estimator's answer: one plan's itemised quote, or every plan's total
 * with the cheapest one itemised; and, where a change is scheduled, the same
 * quote with the prices from its date, side by side.
 */
import type { QuoteResult, RequestError } from '../../engine/index';
import type { SlimTariff } from '../../engine/rules';
import { count, yuan } from '../../presentation/format';
import type { EstimatorState } from '../input/url-state';
import QuoteView from '../QuoteView';
import PhoneText, { PhoneLink } from '../PhoneText';
import type { EstimatorQuote, LaterQuote } from './use-estimator-quote';

interface Props {
  /** False while a field is invalid: no total is shown then. */
  valid: boolean;
  /** Whether the quote's code is there: while it loads no total is shown, and a failed load is said. */
  engine: EstimatorQuote['engine'];
  result: QuoteResult | undefined;
  fieldError: RequestError | undefined;
  /** The same request quoted with each scheduled version. */
  later: LaterQuote[];
  state: EstimatorState;
  tariff: SlimTariff;
  base: string;
  onPlan(plan: string): void;
}

/** The total a result gives: one plan's, or the cheapest plan's. */
function totalOf(result: QuoteResult): string | null {
  if (!result.ok) return null;
  return 'quote' in result ? result.quote.total : (result.quotes[0]?.total ?? null);
}

export default function EstimatorResult({
  valid,
  engine,
  result,
  fieldError,
  later,
  state,
  tariff,
  base,
  onPlan,
}: Props) {
  const now = result === undefined ? null : totalOf(result);
  return (
    <section class="quote-result" aria-live="polite" aria-label="报价结果">
      {!valid && <p class="field-error">请先改正上面标出的输入，再显示报价。</p>}
      {engine === 'loading' && (
        <p class="hint" aria-busy="true" data-testid="quote-loading">
          正在计算报价…
        </p>
      )}
      {engine === 'failed' && (
        <p class="field-error" data-testid="quote-failed">
          报价暂时无法计算（计算程序未能载入）：请刷新页面再试，或拨打全国统一热线{' '}
          <PhoneLink number={tariff.contact.hotline} />。
        </p>
      )}
      {fieldError && <p class="field-error">{fieldError.message}</p>}
      {result?.ok && 'quote' in result && <QuoteView quote={result.quote} tariff={tariff} base={base} />}
      {result?.ok && 'quotes' in result && (
        <>
          <div class="table-wrap">
            <table class="stack">
              <caption>
                每月 {count(state.minutes)} 分钟、预存 {state.years} 年的各套餐合计
              </caption>
              <thead>
                <tr>
                  <th scope="col">套餐</th>
                  <th scope="col" class="num">
                    合计
                  </th>
                  <th scope="col" class="num">
                    每年
                  </th>
                  <th scope="col">说明</th>
                </tr>
              </thead>
              <tbody>
                {result.quotes.map((q, i) => (
                  <tr key={q.plan} class={i === 0 && q.total !== null ? 'cheapest' : undefined}>
                    <th scope="row">
                      <button type="button" class="link" onClick={() => onPlan(q.plan)}>
                        {q.planName}
                      </button>
                      {i === 0 && q.total !== null && <span class="tag best">最省</span>}
                    </th>
                    <td class="num" data-label="合计">
                      {q.total === null ? '—' : <span class="nowrap">{yuan(q.total)} 元</span>}
                    </td>
                    <td class="num" data-label="每年">
                      {q.perYear === null ? '—' : <span class="nowrap">{yuan(q.perYear)} 元</span>}
                    </td>
                    <td data-label="说明">
                      {q.total === null ? <PhoneText text={q.reason ?? ''} /> : q.vip ? '可享大客户专属服务' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.quotes[0]?.total != null && <QuoteView quote={result.quotes[0]} tariff={tariff} base={base} />}
        </>
      )}
      {later.length > 0 && (
        <div class="later-quotes" data-testid="later-quotes">
          <h3>资费调整后</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">资费</th>
                <th scope="col" class="num">
                  合计
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">现行（{tariff.settings.effective} 起）</th>
                <td class="num">{now === null ? '—' : <span class="nowrap">{yuan(now)} 元</span>}</td>
              </tr>
              {later.map(({ version, result: after, stopped }) => {
                const total = totalOf(after);
                return (
                  <tr key={version.settings.effective}>
                    <th scope="row">
                      自 {version.settings.effective} 起
                      {stopped.length > 0 && (
                        <span class="sub" data-testid="stopped-addons">
                          {stopped.join('、')}停止受理，不计入
                        </span>
                      )}
                    </th>
                    <td class="num">
                      {total !== null ? (
                        <span class="nowrap">{yuan(total)} 元</span>
                      ) : after.ok ? (
                        '—'
                      ) : (
                        after.error.message
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
