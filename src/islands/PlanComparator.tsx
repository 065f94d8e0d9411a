/**
 * 套餐对比: every plan side by side, each plan's total for the visitor's
 * minutes, the cheapest marked, break-even minutes between neighbouring
 * plans, and a chart of total cost against minutes. All figures are quotes
 * from the engine (./comparison): the page carries the build's figures for
 * the first state, and the engine's file is fetched when the visitor turns to
 * the comparator or a link asks for other inputs. Until it is there, other
 * inputs show no total, never the first state's.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { barAnswer, syncContactBar } from './contact-bar';
import { resetNotice } from './input/reset-notice';
import { gradeName, planName } from '../engine/forms';
import { findPlan, type SlimTariff } from '../engine/rules';
import type { PlanTerms } from '../presentation/comparator-props';
import { count, yuan } from '../presentation/format';
import { figuresFrom, figuresState, useEngine, useNearScreen, useOnDemand } from './on-demand';
import CountField from './CountField';
import { parseMinutes } from './input/minutes';
import { countHint, MINUTES_FIELD } from './input/numbers';
import { yearOptions } from './input/years';
import { estimatorHref } from './input/url-state';
import { useUrlState } from './input/use-url-state';
import {
  BREAK_EVEN_LIMIT,
  defaultComparatorState,
  readComparatorState,
  writeComparatorState,
  type ComparatorState,
} from './input/comparator-state';
import type { FirstComparison } from './comparison';

interface Props {
  tariff: SlimTariff;
  base: string;
  /** Each plan's terms in words, by id, written at build time (src/presentation/comparator-props.ts). */
  terms: Record<string, PlanTerms>;
  /** The figures of the first state, worked out by the build. */
  first: FirstComparison;
}

export default function PlanComparator({ tariff, base, terms, first }: Props) {
  const read = useCallback((search: string) => readComparatorState(tariff, search), [tariff]);
  const write = useCallback((state: ComparatorState) => writeComparatorState(tariff, state), [tariff]);
  const url = useUrlState(defaultComparatorState(tariff), read, write);
  const { years, grade } = url.state;
  const [minutesText, setMinutesText] = useState(String(url.state.minutes));
  // The field shows each state read from the URL (first read, Back, Forward).
  useEffect(() => setMinutesText(String(url.state.minutes)), [url.loads]);
  const minutes = parseMinutes(minutesText);
  const minutesError = minutes === undefined ? countHint(MINUTES_FIELD, '分钟') : undefined;

  const firstPairs = years === first.years && grade === first.grade;
  const [engine, prepare] = useEngine(
    () => import('./comparison'),
    url.ready,
    !firstPairs || (minutes !== undefined && minutes !== first.minutes),
  );
  // Break-even minutes depend on years and grade only: typing minutes recomputes just the totals.
  const pairs = useMemo(
    () => figuresFrom(engine, (m) => m.planPairs(tariff, years, grade), firstPairs ? first.pairs : undefined),
    [engine, tariff, years, grade, firstPairs, first],
  );
  const quotes = useMemo(
    () =>
      minutes === undefined
        ? undefined
        : figuresFrom(
            engine,
            (m) => m.totalsAt(tariff, years, grade, minutes),
            firstPairs && minutes === first.minutes ? first.quotes : undefined,
          ),
    [engine, tariff, years, grade, minutes, firstPairs, first],
  );
  const pricedPlans = pairs?.priced ?? [];
  const figures = figuresState(engine, minutes === undefined || (pairs !== undefined && quotes !== undefined));
  const chartMax = Math.max(2000, Math.ceil(((minutes ?? 0) * 1.5) / 500) * 500);
  const result = useMemo(
    () => (quotes === undefined || pairs === undefined ? undefined : { quotes, breakEvens: pairs.breakEvens }),
    [quotes, pairs],
  );
  // The chart sits below the table and the break-even list: its code loads as its place nears the screen.
  const [chartPlace, chartNear] = useNearScreen();
  const chart = useOnDemand(() => import('./CostChart'), chartNear);

  const cheapest = result?.quotes.find((q) => q.total !== null);
  const totalsAtMarker = useMemo(
    () => new Map((result?.quotes ?? []).flatMap((q) => (q.total === null ? [] : [[q.plan, q.total] as const]))),
    [result],
  );

  // The phone's contact bar: 办理 the cheapest plan for these inputs, its total in view.
  const cheapestHref =
    cheapest && minutes !== undefined
      ? estimatorHref(tariff, base, { plan: cheapest.plan, minutes, years, grade }, 'apply/')
      : `${base}apply/`;
  const cheapestTotal = barAnswer('cheapest', cheapest?.total);
  useEffect(() => {
    if (url.ready) syncContactBar({ kind: 'apply', href: cheapestHref }, cheapestTotal);
  }, [url.ready, cheapestHref, cheapestTotal]);

  const quoteOf = (id: string) => result?.quotes.find((q) => q.plan === id);
  // Until the URL is read the controls are drawn with their defaults, disabled, and no total is shown
  // (the link may ask for other inputs): the page's HTML carries the form, so the first paint is not an
  // empty box; without JavaScript it stays hidden (Base.astro).
  const busy = !url.ready;

  return (
    <div class="widget comparator" aria-busy={busy ? 'true' : undefined} onPointerDown={prepare} onFocusIn={prepare}>
      {resetNotice(url.reset) !== undefined && (
        <p class="note notice" role="status" data-testid="reset-notice">
          {resetNotice(url.reset)}
        </p>
      )}
      <div class="controls no-print">
        <fieldset class="form-state" disabled={busy}>
          <CountField
            id="cmp-minutes"
            label="每月通话分钟数"
            text={minutesText}
            error={minutesError}
            onText={(text) => {
              setMinutesText(text);
              const value = parseMinutes(text);
              if (value !== undefined) url.update({ minutes: value }, 'type');
            }}
            onBlur={url.settle}
          />
          <div class="field">
            <label for="cmp-years">预存年数</label>
            <select id="cmp-years" value={years} onChange={(e) => url.update({ years: Number(e.currentTarget.value) })}>
              {yearOptions(tariff).map((y) => (
                <option value={y}>{y} 年</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="cmp-grade">号码等级</label>
            <select id="cmp-grade" value={grade} onChange={(e) => url.update({ grade: e.currentTarget.value })}>
              {tariff.grades.map((g) => (
                <option value={g.id}>{gradeName(g)}</option>
              ))}
            </select>
          </div>
        </fieldset>
      </div>

      {busy ? (
        <p class="hint" data-testid="reading-quote">
          正在读取对比条件…
        </p>
      ) : (
        <>
          <p aria-live="polite" class="result-summary" aria-busy={figures === 'loading' ? 'true' : undefined}>
            {cheapest && cheapest.total !== null && minutes !== undefined
              ? `每月 ${count(minutes)} 分钟、预存 ${years} 年时，最省的是${cheapest.planName}：合计 ${yuan(cheapest.total)} 元（服务 ${cheapest.serviceYears} 年）。`
              : minutesError
                ? ''
                : figures === 'failed'
                  ? '对比结果暂时无法计算（计算程序未能载入）：请刷新页面再试。'
                  : figures === 'loading'
                    ? '正在计算…'
                    : '此等级的号码没有可直接报价的套餐，请来电咨询。'}
          </p>

          <div class="table-wrap">
            <table class="stack compare-table">
              <thead>
                <tr>
                  <th scope="col">套餐</th>
                  <th scope="col">每年</th>
                  <th scope="col">通话资费</th>
                  <th scope="col">月最低消费</th>
                  <th scope="col">可选号码</th>
                  <th scope="col">预存优惠</th>
                  <th scope="col" class="num">
                    此用量合计
                  </th>
                </tr>
              </thead>
              <tbody>
                {tariff.plans.map((plan) => {
                  const q = quoteOf(plan.id);
                  const isCheapest = cheapest?.plan === plan.id;
                  const words = terms[plan.id];
                  return (
                    <tr key={plan.id} class={isCheapest ? 'cheapest' : q && !q.eligible ? 'ineligible' : undefined}>
                      <th scope="row">
                        <a href={`${base}plans/${plan.id}/`}>{planName(tariff, plan)}</a>
                        {isCheapest && <span class="tag best">最省</span>}
                      </th>
                      <td data-label="每年">
                        {words?.yearly}
                        {words?.waivesAddonFees && <span class="sub">赠送附加功能年费</span>}
                      </td>
                      <td data-label="通话资费">{words?.rate}</td>
                      <td data-label="月最低消费">{words?.monthlyMinimum}</td>
                      <td data-label="可选号码">{words?.grades}</td>
                      <td data-label="预存优惠">{words?.deals}</td>
                      <td data-label="此用量合计" class="num">
                        {q === undefined ? (
                          figures === 'loading' ? (
                            '…'
                          ) : (
                            '—'
                          )
                        ) : q.total !== null ? (
                          <a href={estimatorHref(tariff, base, { plan: plan.id, minutes: minutes ?? 0, years, grade })}>
                            {yuan(q.total)} 元
                          </a>
                        ) : q.eligible ? (
                          '来电咨询'
                        ) : (
                          '不可选'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          {result && result.breakEvens.length > 0 && (
            <>
              <h2>平衡点</h2>
              <p>相邻两个套餐（按每年金额从低到高）中，每月通话达到下列分钟数时，较贵的套餐合计不高于较便宜的套餐：</p>
              <ul class="break-evens">
                {result.breakEvens.map(({ from, to, minutes: m }) => {
                  const cheaper = findPlan(tariff, from);
                  const dearer = findPlan(tariff, to);
                  return (
                    cheaper &&
                    dearer && (
                      <li key={`${from}-${to}`}>
                        {planName(tariff, cheaper)} → {planName(tariff, dearer)}：
                        {m === null ? `在 ${count(BREAK_EVEN_LIMIT)} 分钟以内不会更省` : `每月 ${count(m)} 分钟起`}
                      </li>
                    )
                  );
                })}
              </ul>
            </>
          )}

          {result && pricedPlans.length > 0 && minutes !== undefined && (
            <>
              <h2>合计费用与通话量</h2>
              <div ref={chartPlace} class="chart-place">
                {chart.state === 'loaded' ? (
                  <chart.module.default
                    tariff={tariff}
                    grade={grade}
                    plans={pricedPlans}
                    maxMinutes={chartMax}
                    marker={minutes}
                    totalsAtMarker={totalsAtMarker}
                    years={years}
                  />
                ) : chart.state === 'failed' ? (
                  <p class="note" data-testid="chart-failed">
                    图表暂时无法显示（上表已列出各套餐的合计）：请刷新页面再试。
                  </p>
                ) : (
                  // Busy only once its file is on the way: until then there is nothing to wait for.
                  <div class="chart-waiting" aria-busy={chartNear ? 'true' : undefined} />
                )}
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
