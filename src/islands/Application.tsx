/**
 * 办理: the estimator's form, preset from the link the visitor came by (the
 * number from the checker or 选号, the plan, years and add-ons from the
 * estimator), then the applicant's details and the application summary.
 * The URL carries the quote only; the applicant's details never enter it.
 */
import type { AddonPrices } from '../presentation/estimator-props';
import type { SlimTariff } from '../engine/rules';
import type { ResellerFacts } from '../application/application-text';
import { useEstimatorState } from './estimator/use-estimator-state';
import { useEstimatorQuote } from './estimator/use-estimator-quote';
import type { FirstEstimate } from './estimator/estimate';
import EstimatorForm from './estimator/EstimatorForm';
import ApplicantForm from './apply/ApplicantForm';
import { applyRouteOf } from './estimator/apply-route-of';
import { PhoneLink } from './PhoneText';

interface Props {
  tariff: SlimTariff;
  scheduled: SlimTariff[];
  /** The quote of the form's first state, worked out by the build. */
  first: FirstEstimate;
  base: string;
  /** Each version's add-on prices in words, by effective date. */
  addonPrices: AddonPrices;
  buildDate: string;
  withdrawn: Record<string, string>;
  facts: ResellerFacts;
}

export default function Application({
  tariff: current,
  scheduled,
  first,
  base,
  addonPrices,
  buildDate,
  withdrawn,
  facts,
}: Props) {
  const model = useEstimatorState(current, scheduled, base, withdrawn);
  const estimate = useEstimatorQuote(model, scheduled, first);
  // A quote that cannot be applied for online says so first, with the number to call, and asks for no details.
  const route = model.ready ? applyRouteOf(model.tariff, model.state) : { online: true as const };
  return (
    <>
      {!route.online && (
        <p class="notice no-print" role="alert" data-testid="apply-offline">
          {route.reason}：请拨打 <PhoneLink number={route.phone} /> 电话办理；也可以在下面改选可在线办理的套餐。
        </p>
      )}
      <div class="no-print">
        {/* Without JavaScript (and before hydration) no heading over an empty section. */}
        {model.ready && <h2>号码与套餐</h2>}
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
      {model.ready && route.online && <ApplicantForm model={model} estimate={estimate} base={base} facts={facts} />}
    </>
  );
}
