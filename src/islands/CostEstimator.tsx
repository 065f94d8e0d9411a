/**
 * 费用估算: plan (or all plans), minutes, years, number or grade, add-ons
 * with quantities, invoice. The quote is the engine's; the whole input lives
 * in the URL (with the tariff version) so a quote can be shared and reloaded.
 * While any field is invalid, the field says why and no total is shown.
 */
import type { AddonPrices } from '../presentation/estimator-props';
import type { SlimTariff } from '../engine/rules';
import { useEstimatorState } from './estimator/use-estimator-state';
import { useEstimatorQuote } from './estimator/use-estimator-quote';
import type { FirstEstimate } from './estimator/estimate';
import EstimatorForm from './estimator/EstimatorForm';

interface Props {
  /** The version in force on the build date, and any scheduled versions (slim: engine fields only). */
  tariff: SlimTariff;
  scheduled: SlimTariff[];
  /** The quote of the form's first state, worked out by the build. */
  first: FirstEstimate;
  base: string;
  /** Each add-on's prices in words, written at build time (keeps that code out of the browser bundle). */
  /** Each version's add-on prices in words, by effective date. */
  addonPrices: AddonPrices;
  /** Shown when printing: the reseller's name and the date the page was built for. */
  siteName: string;
  buildDate: string;
  withdrawn: Record<string, string>;
}

export default function CostEstimator({
  tariff: current,
  scheduled,
  first,
  base,
  addonPrices,
  siteName,
  buildDate,
  withdrawn,
}: Props) {
  const model = useEstimatorState(current, scheduled, base, withdrawn);
  const quote = useEstimatorQuote(model, scheduled, first);
  return (
    <EstimatorForm
      model={model}
      quote={quote}
      current={current}
      base={base}
      addonPrices={addonPrices}
      siteName={siteName}
      buildDate={buildDate}
    />
  );
}
