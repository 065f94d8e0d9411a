/**
 * What a change touches, in the words of the change log and the site's
 * announcements: "彩铃功能 · 功能费" with its unit "元/年", "新增套餐：…",
 * "停止提供附加功能：…". The words only; applying changes is apply-changes.ts.
 */
import { gradeName, planName } from '../engine/labels';
import { findAddon, findGrade, findPlan } from '../engine/lookup';
import { PERIOD_UNITS } from '../engine/plan-terms';
import { isRecord, own, type Json } from '../engine/records';
import { FIELD_MEANINGS, fieldMeaning } from '../engine/schemas/field-names';
import type { Tariff } from '../engine/tariff';

/** The collections a change may name, each with its Chinese word. */
export const COLLECTION_NAMES = { plans: '套餐', grades: '号码等级', addons: '附加功能', notes: '说明' } as const;

/** A collection file's name ("plans"), as a type: the same word is its file key and its list's key. */
export type Collection = keyof typeof COLLECTION_NAMES;
export const isCollection = (root: string | number | undefined): root is Collection =>
  typeof root === 'string' && Object.hasOwn(COLLECTION_NAMES, root);

/** The unit of a money field of a setting, a plan or a grade, by the field's name (the last part of its path). */
const MONEY_UNITS: Record<string, string> = {
  vipThreshold: '元',
  yearly: '元/年',
  rate: '元/分钟',
  discount: '元',
  monthlyMinimum: '元/月',
  maxMonthlyMinimum: '元/月',
};
const withUnit = (what: string, unit: string | undefined) => ({ what, ...(unit ? { unit } : {}) });

/**
 * The fields of a path in the editors' words ("quantities.files.label" →
 * "估算时询问的数量 · files · 显示名称"): ids stay as written, positions in a
 * list ("patterns.1") are left out.
 */
function fieldWords(rest: readonly string[]): string {
  return rest
    .filter((segment) => !/^\d+$/u.test(segment))
    .map((segment) => (Object.hasOwn(FIELD_MEANINGS, segment) ? fieldMeaning(segment) : segment))
    .join(' · ');
}

/** A tariff-wide setting ("settings.vipThreshold") in words, with its unit; a plan kind's under the kind's name. */
export function settingLabel(previous: Tariff, rest: readonly string[]): { what: string; unit?: string } {
  const [field = '', kind = '', ...kindRest] = rest;
  const kinds: Record<string, { name: string }> = previous.settings.kinds;
  const named = field === 'kinds' ? own(kinds, kind) : undefined;
  if (named) return { what: `${named.name} · ${fieldWords(kindRest)}` };
  return withUnit(fieldWords(rest), own(MONEY_UNITS, rest.at(-1) ?? ''));
}

/** A contact field ("contact.hotline") in words. */
export function contactLabel(rest: readonly string[]): string {
  return fieldWords(rest);
}

/** An item's datum in words: "彩铃功能 · 功能费" with its unit "元/年". */
export function itemLabel(previous: Tariff, root: string, id: string, rest: string[]): { what: string; unit?: string } {
  const unit = own(MONEY_UNITS, rest.at(-1) ?? '');
  if (root === 'plans') {
    const plan = findPlan(previous, id);
    const [field, years, part] = rest;
    // A plan's yearly amount goes by its kind's word for it (预存, 年最低消费); a deal by its years.
    const label =
      field === 'yearly' && plan
        ? previous.settings.kinds[plan.kind].yearlyLabel
        : field === 'deals'
          ? part === 'discount'
            ? `存${years ?? ''}年优惠`
            : '预存优惠'
          : fieldWords(rest);
    return withUnit(`${plan ? planName(previous, plan) : id} · ${label}`, unit);
  }
  if (root === 'addons') {
    const addon = findAddon(previous, id);
    const name = addon?.name ?? id;
    const charge = rest[0] === 'charges' ? addon?.charges.find((c) => c.id === rest[1]) : undefined;
    if (charge)
      return withUnit(`${name} · ${charge.label}`, rest.at(-1) === 'amount' ? PERIOD_UNITS[charge.period] : undefined);
    return { what: `${name} · ${fieldWords(rest) || '全部'}` };
  }
  if (root === 'grades') {
    const grade = findGrade(previous, id);
    return withUnit(`${grade ? gradeName(grade) : id} · ${fieldWords(rest)}`, unit);
  }
  return { what: `${COLLECTION_NAMES.notes} ${id} · ${fieldWords(rest)}` };
}

/** "新增附加功能：来电弹屏" */
export function addedLabel(collection: Collection, item: Json): string {
  const name = typeof item['name'] === 'string' ? item['name'] : String(item['id'] ?? '');
  return `新增${COLLECTION_NAMES[collection]}：${name}`;
}

/** "停止提供附加功能：黑名单设置"; a grade by its full name ("超级号码"). */
export function withdrawnLabel(previous: Tariff, segments: readonly string[], old: unknown): string {
  const [root, id = ''] = segments;
  const grade = root === 'grades' ? findGrade(previous, id) : undefined;
  const name = grade ? gradeName(grade) : isRecord(old) && typeof old['name'] === 'string' ? old['name'] : id;
  return `停止提供${isCollection(root) ? COLLECTION_NAMES[root] : ''}：${name}`;
}
