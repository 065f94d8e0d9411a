/**
 * The estimator's quote for its state: what the visitor typed in each count
 * field (a field may hold text that is not a number yet), the fields' errors,
 * and the engine's quote, with each scheduled version, while every field is
 * valid. Shared by the estimator and the 办理 page.
 *
 * The engine (with decimal.js, about half the page's script) is a file of its
 * own, ./estimate. The page carries the quote of the form's first state,
 * worked out by the build; the engine is fetched when the visitor first turns
 * to the form (`prepare`) or the state is another one (a shared link, a
 * change). Until it is there, another state's quote is "being worked out",
 * never the first state's numbers.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { QuoteResult } from '../../engine/index';
import type { SlimTariff } from '../../engine/rules';
import { estimateKey, type EstimatorState } from '../input/url-state';
import { countHint, MINUTES_FIELD, parseCount, quantityField } from '../input/numbers';
import { figuresFrom, figuresState, useEngine } from '../on-demand';
import type { Estimate, FirstEstimate, LaterResult } from './estimate';
import type { EstimatorModel } from './use-estimator-state';

/** The same input quoted with a scheduled version. */
export interface LaterQuote extends LaterResult {
  version: SlimTariff;
}

export interface EstimatorQuote {
  texts: Record<string, string>;
  setTexts(update: (texts: Record<string, string>) => Record<string, string>): void;
  errors: Record<string, string>;
  valid: boolean;
  result: QuoteResult | undefined;
  later: LaterQuote[];
  /** The quote of this input is being worked out (its code is on the way), or could not be (the file did not load). */
  engine: 'ready' | 'loading' | 'failed';
  /** The visitor turned to the form: fetch the engine before the first change. */
  prepare(): void;
}

/** The text of every count field, keyed "minutes" or "<add-on>.<quantity>", as the visitor typed it. */
function textsOf(state: EstimatorState): Record<string, string> {
  const texts: Record<string, string> = { minutes: String(state.minutes) };
  for (const [id, quantities] of Object.entries(state.addons)) {
    for (const [name, value] of Object.entries(quantities)) texts[`${id}.${name}`] = String(value);
  }
  return texts;
}

export function useEstimatorQuote(
  model: EstimatorModel,
  scheduled: readonly SlimTariff[],
  first: FirstEstimate,
): EstimatorQuote {
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

  const current = model.status.kind === 'current';
  const isFirst = current && estimateKey(tariff, state) === first.key;
  const [engine, prepare] = useEngine(() => import('./estimate'), model.ready, valid && !isFirst);

  const worked = useMemo(
    (): Estimate | undefined =>
      valid
        ? figuresFrom(engine, (m) => m.estimate(tariff, state, current ? scheduled : []), isFirst ? first : undefined)
        : undefined,
    [valid, engine, tariff, state, current, scheduled, isFirst, first],
  );
  const later = useMemo(
    () =>
      (worked?.later ?? []).flatMap((after, i) => {
        const version = scheduled[i];
        return version === undefined ? [] : [{ ...after, version }];
      }),
    [worked, scheduled],
  );
  return {
    texts,
    setTexts,
    errors,
    valid,
    result: worked?.result,
    later,
    engine: figuresState(engine, !valid || worked !== undefined),
    prepare,
  };
}
