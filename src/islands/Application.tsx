/**
 * 办理: the estimator's form, preset from the link the visitor came by (the
 * number from the checker or 选号, the plan, years and add-ons from the
 * estimator), then the applicant's details and the application summary.
 * The URL carries the quote only; the applicant's details never enter it.
 */
import type { Tariff } from '../engine/tariff';
import type { ResellerFacts } from '../application/application';
import { useEstimatorState } from './estimator/useEstimatorState';
import { useEstimatorQuote } from './estimator/useEstimatorQuote';
import EstimatorForm from './estimator/EstimatorForm';
import ApplicantForm from './apply/ApplicantForm';

interface Props {
  tariff: Tariff;
  scheduled: Tariff[];
  base: string;
  addonPrices: Record<string, string>;
  buildDate: string;
  withdrawn: Record<string, string>;
  facts: ResellerFacts;
}

export default function Application({
  tariff: current,
  scheduled,
  base,
  addonPrices,
  buildDate,
  withdrawn,
  facts,
}: Props) {
  const model = useEstimatorState(current, scheduled, base, withdrawn);
  const estimate = useEstimatorQuote(model, scheduled);
  return (
    <>
      <div class="no-print">
        <h2>号码与套餐</h2>
        <EstimatorForm
          model={model}
          quote={estimate}
          current={current}
          base={base}
          addonPrices={addonPrices}
          siteName={facts.siteName}
          buildDate={buildDate}
          applying
        />
      </div>
      {model.ready && <ApplicantForm model={model} estimate={estimate} base={base} facts={facts} />}
    </>
  );
}
