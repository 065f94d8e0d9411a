/**
 * The applicant's details under the quote on the 办理 page, and the summary
 * they make. The details stay in this tab only, and only while the form
 * needs them (sessionStorage, so a reload keeps them): gone once the summary
 * is made or sent, and after 30 minutes without a keystroke, so a shared
 * office computer does not keep them; never in the URL, which carries the
 * quote alone.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  APPLICANT_FIELDS,
  checkApplicant,
  EMPTY_APPLICANT,
  type Applicant,
  type ApplicantKey,
} from '../../application/applicant';
import { buildApplication } from '../../application/application';
import type { ResellerFacts } from '../../application/application-text';
import { classify } from '../../engine/forms';
import { todayInShanghai } from '../../engine/rules';
import { ALL_PLANS, writeState } from '../input/url-state';
import type { EstimatorModel } from '../estimator/use-estimator-state';
import type { EstimatorQuote } from '../estimator/use-estimator-quote';
import { useOnDemand } from '../on-demand';
import { privacyHint } from '../../application/privacy';

interface Props {
  model: EstimatorModel;
  estimate: EstimatorQuote;
  base: string;
  facts: ResellerFacts;
}

/** Where the details are kept: this tab only, gone when it closes. */
const STORAGE_KEY = 'tariff-apply-applicant';
/** How long the details are kept without a keystroke. */
const IDLE_MS = 30 * 60 * 1000;

function stored(now = Date.now()): Applicant {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}') as {
      details?: Record<string, unknown>;
      savedAt?: unknown;
    };
    const applicant = { ...EMPTY_APPLICANT };
    if (typeof saved.savedAt !== 'number' || now - saved.savedAt > IDLE_MS) {
      window.sessionStorage.removeItem(STORAGE_KEY);
      return applicant;
    }
    for (const key of Object.keys(EMPTY_APPLICANT) as ApplicantKey[]) {
      const value = saved.details?.[key];
      if (typeof value === 'string') applicant[key] = value.slice(0, 200);
    }
    return applicant;
  } catch {
    return { ...EMPTY_APPLICANT };
  }
}

export default function ApplicantForm({ model, estimate, base, facts }: Props) {
  const { state, tariff } = model;
  const [applicant, setApplicant] = useState<Applicant>(EMPTY_APPLICANT);
  const [touched, setTouched] = useState<Partial<Record<ApplicantKey, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  /** The receiver's refusals of fields, shown beside each until it is edited. */
  const [refused, setRefused] = useState<Partial<Record<ApplicantKey, string>>>({});
  const [honeypot, setHoneypot] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The summary (with its sending and QR code) is a file of its own, fetched once the visitor starts on
  // their details: one who only reads the quote never downloads it, one who applies has it by the time they ask.
  const startedApplying = submitted || Object.values(applicant).some((value) => value !== '');
  const summaryFile = useOnDemand(() => import('./ApplicationSummary'), startedApplying);
  /** Counts summaries asked for: each moves focus to the summary once it is drawn. */
  const [summaries, setSummaries] = useState(0);
  useEffect(() => {
    if (summaries === 0 || summaryFile.state === 'waiting') return;
    requestAnimationFrame(() =>
      summaryRef.current?.querySelector<HTMLElement>('.application-summary, .summary-failed')?.focus(),
    );
  }, [summaries, summaryFile.state]);

  useEffect(() => setApplicant(stored()), []);
  const change = (key: ApplicantKey, value: string) => {
    const next = { ...applicant, [key]: value };
    setRefused(({ [key]: _edited, ...rest }) => rest);
    setApplicant(next);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ details: next, savedAt: Date.now() }));
    } catch {
      // Storage may be off (private mode): the details then live only in the page.
    }
  };

  /** The details leave this tab's storage: after a successful send, or when the visitor asks. */
  const forget = () => {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be off: nothing was kept.
    }
  };
  const clear = () => {
    forget();
    setApplicant({ ...EMPTY_APPLICANT });
    setTouched({});
    setSubmitted(false);
  };

  // 30 minutes without a keystroke: the details leave the tab and the form.
  useEffect(() => {
    if (Object.values(applicant).every((v) => v === '')) return undefined;
    const timer = window.setTimeout(clear, IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [applicant]);

  const checked = useMemo(() => checkApplicant(applicant), [applicant]);

  /** Why the quote above cannot be applied for yet, if it cannot. */
  const blocker = useMemo((): string | undefined => {
    if (!estimate.valid) return '请先改正上面“号码与套餐”中标出的输入。';
    if (state.by !== 'number' || state.number.trim() === '')
      return '请在上面“号码与套餐”中选择“按号码”，填写要办理的400号码。';
    if (state.plan === ALL_PLANS) return '请在上面“号码与套餐”中选择要办理的套餐。';
    const result = estimate.result;
    if (result === undefined) return estimate.engine === 'loading' ? '正在计算报价…' : '请先完成上面的报价。';
    if (!result.ok) return result.error.message;
    if (!('quote' in result)) return '请在上面“号码与套餐”中选择要办理的套餐。';
    if (result.quote.total === null)
      return `${result.quote.reason ?? '此套餐没有公布合计'}。此套餐请拨打全国统一热线 ${tariff.contact.hotline} 办理。`;
    return undefined;
  }, [estimate, state, tariff]);

  const application = useMemo(() => {
    const result = estimate.result;
    if (blocker !== undefined || checked.applicant === undefined || result === undefined || !result.ok)
      return undefined;
    if (!('quote' in result)) return undefined;
    const judged = classify(tariff, state.number);
    return buildApplication({
      quote: result.quote,
      number: judged.number ?? state.number,
      rule: judged.rule ?? '',
      prepayYears: state.years,
      minutesPerMonth: state.minutes,
      minutesGiven: model.given.has('minutes'),
      invoice: state.invoice,
      addons: state.addons,
      quoteUrl: `${window.location.origin}${base}estimator/${writeState(tariff, state)}`,
      applicant: checked.applicant,
      date: todayInShanghai(),
    });
  }, [estimate, blocker, checked, tariff, state, base, model.given]);

  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (blocker !== undefined || checked.applicant === undefined) {
      // Take the visitor to the first thing to fix.
      const first = APPLICANT_FIELDS.find((f) => checked.errors[f.key] !== undefined);
      if (blocker === undefined && first !== undefined)
        formRef.current?.querySelector<HTMLInputElement>(`#apply-${first.key}`)?.focus();
      return;
    }
    // The summary holds the details now: the tab's storage no longer needs them.
    forget();
    setSummaries((n) => n + 1);
  };

  const errorOf = (key: ApplicantKey) => refused[key] ?? (submitted || touched[key] ? checked.errors[key] : undefined);
  const showRefusals = (refusals: Record<string, string>) => {
    const fields: Partial<Record<ApplicantKey, string>> = {};
    for (const field of APPLICANT_FIELDS) {
      const message = refusals[`applicant.${field.key}`];
      if (message !== undefined) fields[field.key] = message;
    }
    setRefused(fields);
    const first = APPLICANT_FIELDS.find((f) => fields[f.key] !== undefined);
    if (first !== undefined) formRef.current?.querySelector<HTMLInputElement>(`#apply-${first.key}`)?.focus();
  };
  const errorCount = Object.keys(checked.errors).length;

  return (
    <>
      <form
        class="widget applicant no-print"
        ref={formRef}
        onSubmit={submit}
        noValidate
        aria-labelledby="applicant-title"
      >
        <h2 id="applicant-title" class="widget-heading">
          申请单位与联系人
        </h2>
        <p class="hint">{privacyHint(tariff.contact)}</p>
        {APPLICANT_FIELDS.map((field, index) => {
          const id = `apply-${field.key}`;
          const next = APPLICANT_FIELDS[index + 1];
          const error = errorOf(field.key);
          const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
          return (
            <div class="field" key={field.key}>
              <label for={id}>{field.label}</label>
              {field.hint && (
                <p id={`${id}-hint`} class="hint">
                  {field.hint}
                </p>
              )}
              <input
                id={id}
                name={field.key}
                type={field.type}
                autoComplete={field.autocomplete}
                inputMode={field.inputMode}
                required={field.required}
                aria-required={field.required ? 'true' : undefined}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={described || undefined}
                autoCapitalize={field.key === 'uscc' ? 'characters' : undefined}
                spellcheck={false}
                // A phone keyboard's key goes to the next field (no tap on it); on the last it makes the summary.
                enterKeyHint={next === undefined ? 'done' : 'next'}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' || next === undefined || e.isComposing) return;
                  e.preventDefault();
                  formRef.current?.querySelector<HTMLInputElement>(`#apply-${next.key}`)?.focus();
                }}
                value={applicant[field.key]}
                onInput={(e) => change(field.key, e.currentTarget.value)}
                onBlur={() => setTouched((t) => ({ ...t, [field.key]: true }))}
              />
              {error && (
                <p id={`${id}-error`} class="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        {/* Hidden from people and from assistive technology; only a robot filling every input fills it. */}
        <div class="trap" aria-hidden="true">
          <label for="apply-website">网址（请留空）</label>
          <input
            id="apply-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={honeypot}
            onInput={(e) => setHoneypot(e.currentTarget.value)}
          />
        </div>
        <div role="alert" class="apply-problems">
          {submitted && blocker !== undefined && <p class="field-error">{blocker}</p>}
          {submitted && blocker === undefined && errorCount > 0 && (
            <p class="field-error">还有 {errorCount} 项需要填写或改正，见上面标出的字段。</p>
          )}
        </div>
        <div class="apply-actions">
          <button type="submit">生成申请单</button>
          <button type="button" class="secondary" onClick={clear}>
            清除我填写的资料
          </button>
        </div>
      </form>
      <div ref={summaryRef} aria-live="polite">
        {submitted &&
          application !== undefined &&
          (summaryFile.state === 'loaded' ? (
            <summaryFile.module.default
              application={application}
              facts={facts}
              contact={tariff.contact}
              onSent={forget}
              onRefused={showRefusals}
              honeypot={honeypot}
            />
          ) : summaryFile.state === 'failed' ? (
            <p class="field-error summary-failed" tabIndex={-1}>
              申请单暂时无法生成：请刷新页面再试（填写的资料仍在本页），或拨打全国统一热线 {tariff.contact.hotline}{' '}
              办理。
            </p>
          ) : (
            <p class="hint" aria-busy="true">
              正在生成申请单…
            </p>
          ))}
      </div>
    </>
  );
}
