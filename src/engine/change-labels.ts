/**
 * What a change touches, in the words of the change log and the site's
 * announcements: "彩铃功能 · 功能费" with its unit "元/年", "新增套餐：…",
 * "停止提供附加功能：…". The words only; applying changes is apply-changes.ts.
 */
import { gradeName, planName, SETTING_WORDS } from './labels';
import { findAddon, findGrade, findPlan } from './lookup';
import { PERIOD_UNITS } from './plan-terms';
import { isRecord, own, type Json } from './records';
import type { Tariff } from './tariff';

/** The collections a change may name, each with its Chinese word. */
export const COLLECTION_NAMES = { plans: '套餐', grades: '号码等级', addons: '附加功能', notes: '说明' } as const;

/** A collection file's name ("plans"), as a type: the same word is its file key and its list's key. */
type Collection = keyof typeof COLLECTION_NAMES;
export const isCollection = (root: string | number | undefined): root is Collection =>
  typeof root === 'string' && Object.hasOwn(COLLECTION_NAMES, root);

const SETTINGS_LABELS: Record<string, [string, string?]> = {
  taxRate: [SETTING_WORDS.taxRate],
  vipThreshold: [SETTING_WORDS.vipThreshold, '元'],
  consultPhone: [SETTING_WORDS.consultPhone],
  prepayYears: [SETTING_WORDS.prepayYears],
};
const CONTACT_LABELS: Record<string, string> = {
  hotline: '全国统一热线',
  businessLine: '业务热线',
  address: '地址',
  complaintsQQ: '投诉建议 QQ',
};

/** A tariff-wide setting ("settings.vipThreshold") in words, with its unit. */
export function settingLabel(rest: readonly string[]): { what: string; unit?: string } {
  const [what, unit] = own(SETTINGS_LABELS, rest[0] ?? '') ?? [rest.join('.')];
  return { what, ...(unit ? { unit } : {}) };
}

/** A contact field ("contact.hotline") in words. */
export function contactLabel(rest: readonly string[]): string {
  return own(CONTACT_LABELS, rest[0] ?? '') ?? rest.join('.');
}

/** An item's datum in words: "彩铃功能 · 功能费" with its unit "元/年". */
export function itemLabel(previous: Tariff, root: string, id: string, rest: string[]): { what: string; unit?: string } {
  if (root === 'plans') {
    const plan = findPlan(previous, id);
    const name = plan ? planName(previous, plan) : id;
    const field = rest[0] ?? '';
    const fields: Record<string, [string, string?] | undefined> = {
      yearly: [plan ? previous.settings.kinds[plan.kind].yearlyLabel : '年金额', '元/年'],
      rate: ['每分钟资费', '元/分钟'],
      deals: [rest[2] === 'discount' ? `存${rest[1] ?? ''}年优惠` : '预存优惠', '元'],
      maxGrade: ['可选号码'],
      maxMonthlyMinimum: ['可选号码的月最低消费上限', '元/月'],
    };
    const [label, unit] = own(fields, field) ?? [field];
    // A deal's discount is money; its years, and the list of deals as a whole, are not.
    const money = field !== 'deals' || rest[2] === 'discount';
    return { what: `${name} · ${label}`, ...(unit && money ? { unit } : {}) };
  }
  if (root === 'addons') {
    const addon = findAddon(previous, id);
    const name = addon?.name ?? id;
    if (rest[0] === 'charges' && addon) {
      const charge = addon.charges.find((c) => c.id === rest[1]);
      if (charge) {
        const money = rest.at(-1) === 'amount';
        return { what: `${name} · ${charge.label}`, ...(money ? { unit: PERIOD_UNITS[charge.period] } : {}) };
      }
    }
    return { what: `${name} · ${rest.join('.') || '全部'}` };
  }
  if (root === 'grades') {
    const grade = findGrade(previous, id);
    const name = grade ? gradeName(grade) : id;
    const field = rest[0] === 'patterns' ? '尾号规则' : rest[0] === 'monthlyMinimum' ? '月最低消费' : rest.join('.');
    return { what: `${name} · ${field}`, ...(rest[0] === 'monthlyMinimum' ? { unit: '元/月' } : {}) };
  }
  return { what: `${COLLECTION_NAMES.notes} ${id}` };
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
