/**
 * The estimator's form and result, for an estimator state and its quote
 * (useEstimatorState, useEstimatorQuote): on the estimator page, and on the
 * 办理 page above the applicant's details.
 *
 * 费用估算: plan (or all plans), minutes, years, number or grade, add-ons
 * with quantities, invoice. The quote is the engine's; the whole input lives
 * in the URL (with the tariff version) so a quote can be shared and reloaded.
 * While any field is invalid, the field says why and no total is shown.
 */
import type { AddonPrices } from '../../presentation/estimator-props';
import { useEffect } from 'preact/hooks';
import { findGrade, type SlimTariff } from '../../engine/rules';
import { resolveAddons, gradeName, planName } from '../../engine/forms';
import type { QuoteResult } from '../../engine/index';
import { count } from '../../presentation/format';
import { addonDefaults, ALL_PLANS, writeState } from '../input/url-state';
import { MINUTES_FIELD, parseCount, quantityField } from '../input/numbers';
import { yearOptions } from '../input/years';
import type { EstimatorModel } from './use-estimator-state';
import type { EstimatorQuote } from './use-estimator-quote';
import EstimatorResult from './EstimatorResult';
import { applyRouteOf } from './apply-route-of';
import { telHref } from '../../presentation/phones';
import CountField from '../CountField';
import { PhoneLink } from '../PhoneText';
import { barAnswer, syncContactBar } from '../contact-bar';
import { resetNotice } from '../input/reset-notice';

interface Props {
  model: EstimatorModel;
  quote: EstimatorQuote;
  /** The version in force on the build date. */
  current: SlimTariff;
  base: string;
  /** Each add-on's prices in words, written at build time (keeps that code out of the browser bundle). */
  /** Each version's add-on prices in words, by effective date. */
  addonPrices: AddonPrices;
  /** Shown when printing: the reseller's name and the date the page was built for. */
  siteName: string;
  buildDate: string;
  /** On the 办理 page: no print or 办理 buttons (the application has its own). */
  applying?: boolean;
}

/** The quote's answer for the contact bar: its total, or the cheapest plan's when every plan is quoted. */
function answerOf(result: QuoteResult | undefined): string | undefined {
  if (result === undefined || !result.ok) return undefined;
  if ('quote' in result) return barAnswer('total', result.quote.total);
  return barAnswer('cheapest', result.quotes.find((q) => q.total !== null)?.total);
}

export default function EstimatorForm({
  model,
  quote: estimate,
  current,
  base,
  addonPrices,
  siteName,
  buildDate,
  applying = false,
}: Props) {
  const { state, tariff, update } = model;
  const { texts, setTexts, errors, valid, result, later } = estimate;
  const applyHref = `${base}apply/${writeState(tariff, state)}`;
  // 办理 online only where it can go through; otherwise by phone, at the number the rules name.
  const route = applyRouteOf(tariff, state);
  const offline = route.online ? undefined : route;
  // The phone layout's contact bar carries this quote to 在线办理 too (or dials, where it cannot);
  // on /apply/ it leads to the form below, keeping what is entered.
  const answer = answerOf(result);
  useEffect(() => {
    if (!model.ready) return;
    syncContactBar(
      applying
        ? { kind: 'form' }
        : offline
          ? { kind: 'phone', href: telHref(offline.phone) }
          : { kind: 'apply', href: applyHref },
      answer,
    );
  }, [applyHref, applying, model.ready, offline?.phone, answer]);

  // Until the URL is read, the form is drawn with its defaults, disabled, and no quote is shown
  // (the link may ask for another one): the page's HTML carries the form, so it is not an empty box.
  // Without JavaScript it stays hidden (Base.astro), as a form that cannot work.
  const busy = !model.ready;

  const typeCount = (
    key: string,
    text: string,
    apply: (value: number) => void,
    field: Parameters<typeof parseCount>[1],
  ) => {
    setTexts((t) => ({ ...t, [key]: text }));
    const value = parseCount(text, field);
    if (value !== undefined) apply(value);
  };
  const setQuantity = (id: string, name: string, value: number) =>
    update((s) => ({ ...s, addons: { ...s.addons, [id]: { ...s.addons[id], [name]: value } } }), 'type');
  const toggleAddon = (id: string, on: boolean) => {
    const defaults = addonDefaults(tariff, id);
    if (on)
      setTexts((t) => ({
        ...t,
        ...Object.fromEntries(Object.entries(defaults).map(([n, v]) => [`${id}.${n}`, String(v)])),
      }));
    update((s) => {
      const { [id]: _dropped, ...others } = s.addons;
      return { ...s, addons: on ? { ...others, [id]: defaults } : others };
    });
  };
  const chosenCount = Object.keys(state.addons).length;
  // Add-ons the chosen ones need: shown ticked and fixed, with the reason, as the quote adds them.
  const neededBy = new Map(
    resolveAddons(tariff, new Map(Object.entries(state.addons))).flatMap((item) =>
      item.neededBy === undefined ? [] : [[item.addon.id, item.neededBy.name] as const],
    ),
  );
  const chosenGrade = findGrade(tariff, state.grade);
  const numberError = result && !result.ok && result.error.field === 'number' ? result.error.message : undefined;
  // The grade of the number the quote is for, in words (特级号码 too, not only the ordinary minimums).
  const quoted = result?.ok ? ('quote' in result ? result.quote : result.quotes[0]) : undefined;
  const numberGrade = state.by === 'number' && quoted !== undefined ? `号码等级：${quoted.grade.name}` : undefined;
  const fieldError = result && !result.ok && result.error.field !== 'number' ? result.error : undefined;
  const { status } = model;

  return (
    // Turning to the form (a tap, a key, focus) fetches the engine, so the first change is quoted at once.
    <div
      class="widget estimator"
      aria-busy={busy ? 'true' : undefined}
      onPointerDown={estimate.prepare}
      onFocusIn={estimate.prepare}
    >
      {resetNotice(model.reset) !== undefined && (
        <p class="note notice" role="status">
          {resetNotice(model.reset)}
        </p>
      )}
      {model.dropped.length > 0 && (
        <p class="note notice" role="status" data-testid="dropped-addons">
          链接中的附加功能{model.dropped.map((name) => `“${name}”`).join('、')}
          已停止受理，报价中已去掉。
        </p>
      )}
      {status.kind === 'older' && (
        <div class="note notice version-notice" role="status">
          <p>
            此报价按 {status.date} 起执行的资费计算；此后资费已调整（
            <a href={`${base}changes/`}>资费变更记录</a>）。
          </p>
          <button type="button" onClick={model.useCurrentVersion}>
            按现行资费重新计算
          </button>
        </div>
      )}
      {status.kind === 'scheduled' && (
        <div class="note notice version-notice" role="status">
          <p>此报价按 {status.date} 起执行的调整后资费计算；在此之前按现行资费办理。</p>
          <button type="button" onClick={model.useCurrentVersion}>
            按现行资费计算
          </button>
        </div>
      )}
      {status.kind === 'missing' && (
        <p class="note notice" role="status">
          链接中的资费版本 {status.date} 不存在，已按现行资费（{current.settings.effective} 起）计算。
        </p>
      )}
      <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="form-state" disabled={busy}>
          <div class="field">
            <label for="est-plan">套餐</label>
            <select id="est-plan" value={state.plan} onChange={(e) => update({ plan: e.currentTarget.value })}>
              <option value={ALL_PLANS}>全部套餐（按合计从低到高）</option>
              {tariff.plans.map((p) => (
                <option value={p.id}>{planName(tariff, p)}</option>
              ))}
            </select>
          </div>
          <CountField
            id="est-minutes"
            label="每月通话分钟数"
            text={texts['minutes'] ?? String(state.minutes)}
            error={errors['minutes']}
            onText={(text) => typeCount('minutes', text, (minutes) => update({ minutes }, 'type'), MINUTES_FIELD)}
            onBlur={model.settle}
          />
          <div class="field">
            <label for="est-years">预存年数</label>
            <select
              id="est-years"
              value={state.years}
              onChange={(e) => update({ years: Number(e.currentTarget.value) })}
            >
              {yearOptions(tariff).map((y) => (
                <option value={y}>{y} 年</option>
              ))}
            </select>
          </div>
          <fieldset class="field by">
            <legend>号码</legend>
            <label class="inline">
              <input
                type="radio"
                name="est-by"
                checked={state.by === 'grade'}
                onChange={() => update({ by: 'grade' })}
              />{' '}
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
                  autoComplete="off"
                  placeholder="例如 400-123-6688"
                  value={state.number}
                  maxLength={40}
                  aria-invalid={numberError ? 'true' : undefined}
                  aria-describedby={numberError ? 'est-number-error' : undefined}
                  onInput={(e) => update({ number: e.currentTarget.value }, 'type')}
                  onBlur={model.settle}
                />
                {numberError && (
                  <p id="est-number-error" class="field-error">
                    {numberError}
                  </p>
                )}
                {numberGrade !== undefined && (
                  <p class="hint" data-testid="number-grade">
                    {numberGrade}
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
                  const by = chosen === undefined ? neededBy.get(addon.id) : undefined;
                  return (
                    <li key={addon.id}>
                      <label class="inline">
                        <input
                          type="checkbox"
                          checked={chosen !== undefined || by !== undefined}
                          disabled={by !== undefined}
                          onChange={(e) => toggleAddon(addon.id, e.currentTarget.checked)}
                        />{' '}
                        {addon.name} <span class="sub">{addonPrices[tariff.settings.effective]?.[addon.id]}</span>
                        {by !== undefined && <span class="sub auto-added">{by}需要此功能，已自动加入</span>}
                      </label>
                      {chosen !== undefined &&
                        Object.entries(addon.quantities).map(([name, spec]) => {
                          const key = `${addon.id}.${name}`;
                          const id = `q-${addon.id}-${name}`;
                          const error = errors[key];
                          return (
                            <CountField
                              key={name}
                              id={id}
                              label={spec.label}
                              layout="inline"
                              unit={spec.unit}
                              text={texts[key] ?? String(chosen[name] ?? spec.default)}
                              error={error}
                              onText={(text) =>
                                typeCount(
                                  key,
                                  text,
                                  (value) => setQuantity(addon.id, name, value),
                                  quantityField(spec.min, spec.unit),
                                )
                              }
                              onBlur={model.settle}
                            />
                          );
                        })}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </details>
        </fieldset>
      </form>

      {!applying && (
        <div class="print-only print-head">
          <p>
            <strong>{siteName}</strong> · 报价单 · 报价日期 {buildDate} · 按 {tariff.settings.effective} 起执行的资费
          </p>
          <p>
            报价条件：每月通话 {count(state.minutes)} 分钟，预存 {state.years} 年，
            {state.by === 'number' ? `号码 ${state.number}` : chosenGrade ? gradeName(chosenGrade) : ''}，
            {state.invoice ? '开发票' : '不开发票'}。
          </p>
        </div>
      )}
      {busy ? (
        <p class="hint" data-testid="reading-quote">
          正在读取报价…
        </p>
      ) : (
        <EstimatorResult
          valid={valid}
          engine={estimate.engine}
          result={result}
          fieldError={fieldError}
          later={later}
          state={state}
          tariff={tariff}
          base={base}
          onPlan={(plan) => update({ plan })}
        />
      )}
      {!applying && !busy && (
        <>
          <p class="print-only">
            以上为不含税价，开发票另付税款（见上）；资费以{tariff.settings.carrier}为准，电信400请来电咨询。全国统一热线{' '}
            <PhoneLink number={tariff.contact.hotline} />。
          </p>
          <p class="no-print">
            <button type="button" onClick={() => window.print()}>
              打印报价单
            </button>{' '}
            {offline ? (
              <>
                <a class="button" href={telHref(offline.phone)} data-testid="phone-apply">
                  电话办理 {offline.phone}
                </a>{' '}
                <span class="sub">{offline.reason}，请来电办理。</span>{' '}
              </>
            ) : (
              <>
                <a class="button" href={applyHref}>
                  在线办理
                </a>{' '}
              </>
            )}
            {/* In a partner's frame the address bar is the partner's: the credit line's full page carries the quote. */}
            {window.parent === window && <span class="sub">本页地址即为当前报价，可复制分享。</span>}
          </p>
        </>
      )}
    </div>
  );
}
