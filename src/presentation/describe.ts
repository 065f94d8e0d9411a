/**
 * Words for the tariff's data: what an add-on's charges are, what a plan
 * offers. Presentation only (no arithmetic): prices are computed by the engine.
 */
import {
  addonWaiver,
  findAddon,
  monthlyMinimum,
  PERIOD_UNITS,
  type PlanKind,
  type SlimAddon,
  type SlimCharge,
  type SlimGrade,
  type SlimPlan,
  type SlimTariff,
} from '../engine/index';
import { count, rate, yuan } from './format';

/** One price of a charge: the amount with its unit (kept on one line), and what it applies to. */
interface PricePart {
  /** "800.00 元/年" */
  amount: string;
  /** " 每首（字数 ≤ 100字）" */
  detail: string;
}

/**
 * A charge's prices, one part per tier: "100.00 元/年"; "30.00 元/年 每个（超出
 * 10 个的部分）"; tiers give one part each, then 更多为来电咨询.
 */
export function chargeParts(addon: SlimAddon, charge: SlimCharge): PricePart[] {
  const unit = charge.per === undefined ? '' : (addon.quantities[charge.per]?.unit ?? '');
  const each = charge.per === undefined ? '' : ` 每${unit}`;
  const beyond = charge.free ? `（超出 ${count(charge.free)} ${unit}的部分）` : '';
  if (charge.tiers !== undefined) {
    const spec = addon.quantities[charge.tiers.by];
    const steps = charge.tiers.steps.map((step, i) => {
      const previous = charge.tiers?.steps[i - 1];
      const range =
        previous === undefined ? `≤ ${count(step.upTo)}` : `${count(previous.upTo + 1)}–${count(step.upTo)}`;
      return {
        amount: `${yuan(step.amount)} ${PERIOD_UNITS[charge.period]}`,
        detail: `${each}（${spec?.label ?? ''} ${range}${spec?.unit ?? ''}）`,
      };
    });
    return [...steps, { amount: '', detail: '更多为来电咨询' }];
  }
  return [{ amount: `${yuan(charge.amount ?? '0')} ${PERIOD_UNITS[charge.period]}`, detail: `${each}${beyond}` }];
}

/** The same as one line of text: "100.00 元 每首（≤100字）；200.00 元 每首（≤1,000字）；更多为来电咨询". */
export function chargeText(addon: SlimAddon, charge: SlimCharge): string {
  return chargeParts(addon, charge)
    .map((p) => `${p.amount}${p.detail}`)
    .join('；');
}

/** Conditions in words: "导航层数 ≥ 2". */
export function chargeCondition(addon: SlimAddon, charge: SlimCharge): string {
  if (charge.when === undefined) return '';
  const spec = addon.quantities[charge.when.quantity];
  const label = spec?.label ?? charge.when.quantity;
  const parts = [];
  if (charge.when.min !== undefined) parts.push(`${label} ≥ ${charge.when.min}`);
  if (charge.when.max !== undefined) parts.push(`${label} ≤ ${charge.when.max}`);
  return parts.join('，');
}

/** All of an add-on's charges in one line: for tables and the estimator. */
export function addonPriceText(addon: SlimAddon): string {
  if (addon.charges.length === 0) return '免费';
  return addon.charges
    .map((c) => {
      const condition = chargeCondition(addon, c);
      return `${c.label} ${chargeText(addon, c)}${condition ? `（${condition}）` : ''}`;
    })
    .join('；');
}

/** A plan kind whose plans give add-ons' yearly fees free (年套餐 in the published tariff). */
interface WaivingKind {
  kind: PlanKind;
  /** "年套餐" */
  name: string;
  /** Add-ons it still charges for. */
  waiverExcept: string[];
}

/** Every plan kind that waives add-ons' yearly fees, as the settings say (any kind may). */
export function waivingKinds(tariff: SlimTariff): WaivingKind[] {
  return (Object.keys(tariff.settings.kinds) as PlanKind[]).flatMap((kind) => {
    const { name, waivesAddonYearlyFees, waiverExcept } = tariff.settings.kinds[kind];
    return waivesAddonYearlyFees ? [{ kind, name, waiverExcept }] : [];
  });
}

/** Does a plan of this kind waive this add-on's yearly fee? */
export function kindWaives(tariff: SlimTariff, kind: WaivingKind, addon: SlimAddon): 'waived' | 'excepted' | 'none' {
  return addonWaiver(tariff, kind.kind, addon);
}

export function planRateText(plan: SlimPlan): string {
  return plan.rate === 'consult' ? '来电咨询' : `${rate(plan.rate)} 元/分钟`;
}

/** "50.00 元/月" for a monthly plan; annual plans have none (不设). */
export function monthlyMinimumText(plan: SlimPlan): string {
  return plan.kind === 'monthly' ? `${yuan(monthlyMinimum(plan))} 元/月` : '不设';
}

/** Add-on names for ids, joined for prose: "企业总机中继、防伪查询". */
export function addonNames(tariff: SlimTariff, ids: string[]): string {
  return ids.map((id) => findAddon(tariff, id)?.name ?? id).join('、');
}

/** A grade's monthly minimum in words: "80.00 元/月", or 不设 for grades that take annual plans only. */
export function gradeMinimumText(grade: SlimGrade): string {
  return grade.monthlyMinimum === undefined ? '不设（仅可选年套餐）' : `${yuan(grade.monthlyMinimum)} 元/月`;
}
