/**
 * The estimator's quote of a state, by the engine: with the version the state
 * names and, for the version in force, with each scheduled one beside it. The
 * build quotes the form's first state with it (the page carries that answer,
 * src/presentation/estimator-props.ts); the browser loads this file when the
 * visitor first turns to the form or a link asks for another quote, so the
 * form hydrates without the engine and decimal.js.
 */
import { quoteFields, type QuoteResult } from '../../engine/index';
import type { SlimTariff } from '../../engine/rules';
import { estimateKey, readState, requestOf, type EstimatorState } from '../input/url-state';

/** The same input quoted with a scheduled version; add-ons that version no longer offers are left out and named. */
export interface LaterResult {
  result: QuoteResult;
  /** Names of the chosen add-ons the version withdraws (not in its total). */
  stopped: string[];
}

export interface Estimate {
  result: QuoteResult;
  /** One per scheduled version, in their order; none for a version that is not in force. */
  later: LaterResult[];
}

/** The build's quote of the form's first state, and which input it is for (`estimateKey`). */
export interface FirstEstimate extends Estimate {
  key: string;
}

function laterResult(version: SlimTariff, state: EstimatorState, tariff: SlimTariff): LaterResult {
  const offered = (id: string) => version.addons.some((a) => a.id === id);
  const addons = Object.fromEntries(Object.entries(state.addons).filter(([id]) => offered(id)));
  const stopped = Object.keys(state.addons)
    .filter((id) => !offered(id))
    .map((id) => tariff.addons.find((a) => a.id === id)?.name ?? id);
  return { result: quoteFields(version, requestOf({ ...state, addons })), stopped };
}

/** `tariff`'s quote of `state`; `scheduled` is given for the version in force only. */
export function estimate(tariff: SlimTariff, state: EstimatorState, scheduled: readonly SlimTariff[]): Estimate {
  return {
    result: quoteFields(tariff, requestOf(state)),
    later: scheduled.map((version) => laterResult(version, state, tariff)),
  };
}

/** The quote of the state a visitor without a link starts from: what the page shows until they change something. */
export function firstEstimate(current: SlimTariff, scheduled: readonly SlimTariff[]): FirstEstimate {
  const { state } = readState(current, '');
  return { key: estimateKey(current, state), ...estimate(current, state, scheduled) };
}
