/**
 * 费用估算: plan (or all plans), minutes, years, number or grade, add-ons
 * with quantities, invoice. The quote is the engine's; the whole input lives
 * in the URL so a quote can be shared and reloaded.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { findGrade } from '../engine/lookup';
import { gradeName, planName } from '../engine/labels';
import { quote } from '../engine/quote';
import type { Tariff } from '../engine/tariff';
import { count, yuan } from '../presentation/format';
import {
  addonDefaults,
  ALL_PLANS,
  defaultState,
  readState,
  requestOf,
  writeState,
  type EstimatorState,
} from './input/url-state';
import { MAX_MINUTES, parseMinutes } from './input/minutes';
import { yearOptions } from './input/years';
import QuoteView from './QuoteView';

interface Props {
  tariff: Tariff;
  base: string;
  /** Each add-on's prices in words, written at build time (keeps that code out of the browser bundle). */
  addonPrices: Record<string, string>;
}

const FIELD_NAMES: Record<string, string> = {
  plan: '套餐',
  minutes: '通话分钟数',
  years: '预存年数',
  invoice: '发票',
  grade: '号码等级',
  number: '号码',
  addons: '附加功能',
};

export default function CostEstimator({ tariff, base, addonPrices }: Props) {
  const [state, setState] = useState<EstimatorState>(() => defaultState(tariff));
  const [minutesText, setMinutesText] = useState(String(state.minutes));
  const [reset, setReset] = useState<string[]>([]);

  // Read the shared state from the URL once, after hydration.
  useEffect(() => {
    const read = readState(tariff, window.location.search);
    setState(read.state);
    setMinutesText(String(read.state.minutes));
    setReset(read.reset);
  }, [tariff]);

  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}${writeState(tariff, state)}`);
  }, [tariff, state]);

  const minutesValid = parseMinutes(minutesText) !== undefined;
  const result = useMemo(
    () => (minutesValid ? quote(tariff, requestOf(state)) : undefined),
    [tariff, state, minutesValid],
  );
  const update = (change: Partial<EstimatorState>) => setState((s) => ({ ...s, ...change }));
  const setQuantity = (id: string, name: string, value: number) =>
    setState((s) => ({ ...s, addons: { ...s.addons, [id]: { ...s.addons[id], [name]: value } } }));
  const toggleAddon = (id: string, on: boolean) =>
    setState((s) => {
      const { [id]: _dropped, ...others } = s.addons;
      return { ...s, addons: on ? { ...others, [id]: addonDefaults(tariff, id) } : others };
    });
  const chosenCount = Object.keys(state.addons).length;
  const chosenGrade = findGrade(tariff, state.grade);
  const numberError = result && !result.ok && result.error.field === 'number' ? result.error.message : undefined;
  const fieldError = result && !result.ok && result.error.field !== 'number' ? result.error : undefined;

  return (
    <div class="widget estimator">
      {reset.length > 0 && (
        <p class="note notice" role="status">
          链接中的部分参数无效，已恢复为默认值：
          {reset
            .map((k) => FIELD_NAMES[k.split('.')[0] ?? ''] ?? '附加功能数量')
            .filter((v, i, a) => a.indexOf(v) === i)
            .join('、')}
          。
        </p>
      )}
      <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="est-plan">套餐</label>
          <select id="est-plan" value={state.plan} onChange={(e) => update({ plan: e.currentTarget.value })}>
            <option value={ALL_PLANS}>全部套餐（按合计从低到高）</option>
            {tariff.plans.map((p) => (
              <option value={p.id}>{planName(tariff, p)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="est-minutes">每月通话分钟数</label>
          <input
            id="est-minutes"
            type="text"
            inputMode="numeric"
            value={minutesText}
            aria-invalid={minutesValid ? undefined : 'true'}
            aria-describedby={minutesValid ? undefined : 'est-minutes-error'}
            onInput={(e) => {
              const text = e.currentTarget.value;
              const minutes = parseMinutes(text);
              setMinutesText(text);
              if (minutes !== undefined) update({ minutes });
            }}
          />
          {!minutesValid && (
            <p id="est-minutes-error" class="field-error">
              请输入 0 到 {count(MAX_MINUTES)} 之间的整数（分钟）
            </p>
          )}
        </div>
        <div class="field">
          <label for="est-years">预存年数</label>
          <select id="est-years" value={state.years} onChange={(e) => update({ years: Number(e.currentTarget.value) })}>
            {yearOptions(tariff).map((y) => (
              <option value={y}>{y} 年</option>
            ))}
          </select>
        </div>
        <fieldset class="field by">
          <legend>号码</legend>
          <label class="inline">
            <input type="radio" name="est-by" checked={state.by === 'grade'} onChange={() => update({ by: 'grade' })} />{' '}
            按等级
          </label>
          <label class="inline">
            <input
              type="radio"
              name="est-by"
              checked={state.by === 'number'}
              onChange={() => update({ by: 'number' })}
            />{' '}
            按号码
          </label>
          {state.by === 'grade' ? (
            <>
              <label for="est-grade" class="visually-hidden">
                号码等级
              </label>
              <select id="est-grade" value={state.grade} onChange={(e) => update({ grade: e.currentTarget.value })}>
                {tariff.grades.map((g) => (
                  <option value={g.id}>{gradeName(g)}</option>
                ))}
              </select>
            </>
          ) : (
            <>
              <label for="est-number" class="visually-hidden">
                400号码
              </label>
              <input
                id="est-number"
                type="text"
                inputMode="tel"
                placeholder="例如 400-123-6688"
                value={state.number}
                maxLength={40}
                aria-invalid={numberError ? 'true' : undefined}
                aria-describedby={numberError ? 'est-number-error' : undefined}
                onInput={(e) => update({ number: e.currentTarget.value })}
              />
              {numberError && (
                <p id="est-number-error" class="field-error">
                  {numberError}
                </p>
              )}
            </>
          )}
        </fieldset>
        <div class="field">
          <label class="inline">
            <input
              type="checkbox"
              checked={state.invoice}
              onChange={(e) => update({ invoice: e.currentTarget.checked })}
            />{' '}
            需要发票（另付税款）
          </label>
        </div>
        <details class="addons-panel" open={chosenCount > 0}>
          <summary>附加功能（已选 {chosenCount} 项）</summary>
          <fieldset class="addons">
            <legend class="visually-hidden">附加功能</legend>
            <ul>
              {tariff.addons.map((addon) => {
                const chosen = state.addons[addon.id];
                return (
                  <li key={addon.id}>
                    <label class="inline">
                      <input
                        type="checkbox"
                        checked={chosen !== undefined}
                        onChange={(e) => toggleAddon(addon.id, e.currentTarget.checked)}
                      />{' '}
                      {addon.name} <span class="sub">{addonPrices[addon.id]}</span>
                    </label>
                    {chosen !== undefined &&
                      Object.entries(addon.quantities).map(([name, spec]) => (
                        <span class="quantity" key={name}>
                          <label for={`q-${addon.id}-${name}`}>{spec.label}</label>
                          <input
                            id={`q-${addon.id}-${name}`}
                            type="number"
                            min={spec.min}
                            step={1}
                            value={chosen[name] ?? spec.default}
                            onInput={(e) => {
                              const v = e.currentTarget.value;
                              if (/^\d{1,9}$/u.test(v) && Number(v) >= spec.min) setQuantity(addon.id, name, Number(v));
                            }}
                          />
                          <span>{spec.unit}</span>
                        </span>
                      ))}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </details>
      </form>

      <p class="print-only">
        报价条件：每月通话 {count(state.minutes)} 分钟，预存 {state.years} 年，
        {state.by === 'number' ? `号码 ${state.number}` : chosenGrade ? gradeName(chosenGrade) : ''}，
        {state.invoice ? '开发票' : '不开发票'}。全国统一热线 {tariff.contact.hotline}。
      </p>
      <section class="quote-result" aria-live="polite" aria-label="报价结果">
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
                        <button type="button" class="link" onClick={() => update({ plan: q.plan })}>
                          {q.planName}
                        </button>
                        {i === 0 && q.total !== null && <span class="tag best">最省</span>}
                      </th>
                      <td class="num" data-label="合计">
                        {q.total === null ? '—' : `${yuan(q.total)} 元`}
                      </td>
                      <td class="num" data-label="每年">
                        {q.perYear === null ? '—' : `${yuan(q.perYear)} 元`}
                      </td>
                      <td data-label="说明">{q.total === null ? q.reason : q.vip ? '可享大客户专属服务' : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {result.quotes[0]?.total != null && <QuoteView quote={result.quotes[0]} tariff={tariff} base={base} />}
          </>
        )}
      </section>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          打印报价单
        </button>{' '}
        <span class="sub">本页地址即为当前报价，可复制分享。</span>
      </p>
    </div>
  );
}
