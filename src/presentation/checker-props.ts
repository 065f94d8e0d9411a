/**
 * What the number checker needs from the build, for every page that shows it
 * (/checker/ and the partners' /embed/checker/): the grade table, each plan's
 * name with the number to call where it cannot be applied for online, each
 * grade's minimum in words, the slim tariff and the site base.
 */
import { gradeTable, planName, slimTariff } from '../engine/index';
import { applyRoute } from '../engine/apply-route';
import { tariff } from '../tariff-files/site';
import { gradeMinimumText } from './describe';
import { url } from './url';

export function checkerProps() {
  return {
    table: gradeTable(tariff),
    plans: Object.fromEntries(
      tariff.plans.map((plan) => {
        const route = applyRoute(tariff, plan, undefined);
        return [
          plan.id,
          {
            name: planName(tariff, plan),
            consult: plan.rate === 'consult',
            ...(route.online ? {} : { phone: route.phone }),
          },
        ];
      }),
    ),
    minimums: Object.fromEntries(tariff.grades.map((grade) => [grade.id, gradeMinimumText(grade)])),
    tariff: slimTariff(tariff),
    base: url(),
  };
}
