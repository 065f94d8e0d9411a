/**
 * The estimator's quote for its state: what the visitor typed in each count
 * field (a field may hold text that is not a number yet), the fields' errors,
 * and the engine's quote, with each scheduled version, while every field is
 * valid. Shared by the estimator and the 办理 page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { quoteFields, type QuoteResult } from '../../engine/index';
import type { SlimTariff } from '../../engine/rules';
import { requestOf, type EstimatorState } from '../input/url-state';
import { countHint, MINUTES_FIELD, parseCount, quantityField } from '../input/numbers';
import type { EstimatorModel } from './use-estimator-state';

export interface EstimatorQuote {
  texts: Record<string, string>;
  setTexts(update: (texts: Record<string, string>) => Record<string, string>): void;
  errors: Record<string, string>;
  valid: boolean;
  result: QuoteResult | undefined;
  later: LaterQuote[];
}

/** The same input quoted with a scheduled version; add-ons that version no longer offers are left out and named. */
export interface LaterQuote {
  version: SlimTariff;
  result: QuoteResult;
  /** Names of the chosen add-ons the version withdraws (not in its total). */
  stopped: string[];
}

function laterQuote(version: SlimTariff, state: EstimatorState, tariff: SlimTariff): LaterQuote {
  const offered = (id: string) => version.addons.some((a) => a.id === id);
  const addons = Object.fromEntries(Object.entries(state.addons).filter(([id]) => offered(id)));
  const stopped = Object.keys(state.addons)
    .filter((id) => !offered(id))
    .map((id) => tariff.addons.find((a) => a.id === id)?.name ?? id);
  return { version, result: quoteFields(version, requestOf({ ...state, addons })), stopped };
}

/** The text of every count field, keyed "minutes" or "<add-on>.<quantity>", as the visitor typed it. */
function textsOf(state: EstimatorState): Record<string, string> {
  const texts: Record<string, string> = { minutes: String(state.minutes) };
  for (const [id, quantities] of Object.entries(state.addons)) {
    for (const [name, value] of Object.entries(quantities)) texts[`${id}.${name}`] = String(value);
  }
  return texts;
}

export function useEstimatorQuote(model: EstimatorModel, scheduled: readonly SlimTariff[]): EstimatorQuote {
  const { state, tariff } = model;
  const [texts, setTexts] = useState<Record<string, string>>({});
  // Fields take the values of each loaded state (first read, Back, Forward), not of every keystroke.
  useEffect(() => setTexts(textsOf(model.state)), [model.loads]);

  const errors = useMemo(() => {
    const found: Record<string, string> = {};
    if (parseCount(texts['minutes'] ?? String(state.minutes), MINUTES_FIELD) === undefined) {
      found['minutes'] = countHint(MINUTES_FIELD, '分钟');
    }
    for (const [id, quantities] of Object.entries(state.addons)) {
      const addon = tariff.addons.find((a) => a.id === id);
      for (const name of Object.keys(quantities)) {
        const spec = addon?.quantities[name];
        const key = `${id}.${name}`;
        const text = texts[key];
        if (spec === undefined || text === undefined) continue;
        const field = quantityField(spec.min, spec.unit);
        if (parseCount(text, field) === undefined) found[key] = countHint(field, spec.unit);
      }
    }
    return found;
  }, [texts, state, tariff]);
  const valid = Object.keys(errors).length === 0;
  const result = useMemo(() => (valid ? quoteFields(tariff, requestOf(state)) : undefined), [tariff, state, valid]);
  const later = useMemo(
    () =>
      valid && model.status.kind === 'current' ? scheduled.map((version) => laterQuote(version, state, tariff)) : [],
    [valid, model.status, scheduled, state, tariff],
  );
  return { texts, setTexts, errors, valid, result, later };
}
