/**
 * The edge of the quote engine: a quote request from JSON, a URL or a widget
 * is checked here once, field by field, and turned into a QuoteRequest the
 * arithmetic can trust. Written by hand rather than with zod because the
 * add-ons and their quantities come from the tariff data, and because this
 * module runs in the browser, where every kilobyte counts.
 */
import { normaliseNumber, gradeOfNumber } from './number';
import { defaultGrade, findAddon, findGrade, findPlan } from './lookup';
import type { SlimTariff } from './tariff';
import { REQUEST_LIMITS } from './limits';

/** A request's date that is not a real YYYY-MM-DD day. */
export const DATE_MESSAGE = '日期必须写成 YYYY-MM-DD，且是真实的日期';
import { isIsoDate } from './dates';

export interface QuoteRequest {
  /** Absent: quote every plan. */
  plan?: string;
  minutesPerMonth: number;
  prepayYears: number;
  invoice: boolean;
  /** SlimGrade id, given or found from `number`. */
  grade: string;
  /** The normalised number, when one was given; and the rule that graded it. */
  number?: string;
  rule?: string;
  /** Requested add-ons with every quantity filled in. */
  addons: Map<string, Record<string, number>>;
}

export interface RequestError {
  /** The field that does not fit: "prepayYears", "addons.ivr.levels". */
  field: string;
  message: string;
}

type ParsedRequest = { ok: true; request: QuoteRequest } | { ok: false; error: RequestError };

const KNOWN_KEYS = ['plan', 'minutesPerMonth', 'prepayYears', 'invoice', 'number', 'grade', 'addons', 'date'];

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** "10,000,000": limits are stated to people with thousands separators. */
const grouped = (n: number) => n.toLocaleString('en-US');

export function parseQuoteRequest(tariff: SlimTariff, input: unknown): ParsedRequest {
  const error = (field: string, message: string): ParsedRequest => ({ ok: false, error: { field, message } });
  if (!isPlainObject(input)) return error('(request)', '报价请求必须是一个 JSON 对象');
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key))
      return error(key || '""', `未知字段「${key.slice(0, 40)}」；可用字段：${KNOWN_KEYS.join('、')}`);
  }

  // The date picks the tariff version (quoteAt); here it need only be a real date.
  if (has(input, 'date') && input['date'] !== undefined) {
    const date = input['date'];
    if (typeof date !== 'string' || !isIsoDate(date)) return error('date', DATE_MESSAGE);
  }

  let plan: string | undefined;
  if (has(input, 'plan') && input['plan'] !== undefined) {
    const value = input['plan'];
    if (typeof value !== 'string' || findPlan(tariff, value) === undefined) {
      return error(
        'plan',
        `未知套餐「${String(value).slice(0, 40)}」；可选：${tariff.plans.map((p) => p.id).join('、')}`,
      );
    }
    plan = value;
  }

  const minutes = input['minutesPerMonth'];
  if (!isWhole(minutes, 0, REQUEST_LIMITS.minutesPerMonth)) {
    return error('minutesPerMonth', `每月通话分钟数必须是 0 到 ${grouped(REQUEST_LIMITS.minutesPerMonth)} 之间的整数`);
  }

  const { min, max } = tariff.settings.prepayYears;
  const years = input['prepayYears'];
  if (!isWhole(years, min, max)) return error('prepayYears', `预存年数必须是 ${min} 到 ${max} 之间的整数`);

  const invoice = has(input, 'invoice') ? input['invoice'] : false;
  if (typeof invoice !== 'boolean') return error('invoice', '是否开发票必须是 true 或 false');

  const hasNumber = has(input, 'number') && input['number'] !== undefined;
  const hasGrade = has(input, 'grade') && input['grade'] !== undefined;
  if (hasNumber && hasGrade) return error('grade', '号码和号码等级只能给出其一');
  let grade = defaultGrade(tariff).id;
  let number: string | undefined;
  let rule: string | undefined;
  if (hasNumber) {
    const value = input['number'];
    const normalised = normaliseNumber(typeof value === 'string' ? value : '\u0000');
    if (!normalised.ok) return error('number', typeof value === 'string' ? normalised.error.message : '号码必须是文本');
    const match = gradeOfNumber(tariff, normalised.number);
    number = normalised.number;
    grade = match.grade.id;
    rule = match.rule;
  } else if (hasGrade) {
    const value = input['grade'];
    if (typeof value !== 'string' || findGrade(tariff, value) === undefined) {
      return error(
        'grade',
        `未知号码等级「${String(value).slice(0, 40)}」；可选：${tariff.grades.map((g) => g.id).join('、')}`,
      );
    }
    grade = value;
  }

  const addons = new Map<string, Record<string, number>>();
  if (has(input, 'addons') && input['addons'] !== undefined) {
    const requested = input['addons'];
    if (!isPlainObject(requested)) return error('addons', '附加功能必须是一个对象，如 {"ringback": {}}');
    for (const id of Object.keys(requested)) {
      const addon = findAddon(tariff, id);
      if (addon === undefined) return error(`addons.${id || '""'}`, `未知附加功能「${id.slice(0, 40)}」`);
      const quantities = requested[id];
      if (!isPlainObject(quantities)) return error(`addons.${id}`, `「${addon.name}」的数量必须是一个对象，如 {}`);
      const filled: Record<string, number> = {};
      for (const name of Object.keys(quantities)) {
        if (!has(addon.quantities, name)) {
          const allowed = Object.keys(addon.quantities);
          return error(
            `addons.${id}.${name || '""'}`,
            `「${addon.name}」没有数量「${name.slice(0, 40)}」${allowed.length ? `；可填：${allowed.join('、')}` : ''}`,
          );
        }
      }
      for (const [name, spec] of Object.entries(addon.quantities)) {
        const value = has(quantities, name) ? quantities[name] : spec.default;
        if (!isWhole(value, spec.min, REQUEST_LIMITS.quantity)) {
          return error(
            `addons.${id}.${name}`,
            `「${addon.name}」的${spec.label}必须是 ${spec.min} 到 ${grouped(REQUEST_LIMITS.quantity)} 之间的整数`,
          );
        }
        filled[name] = value;
      }
      addons.set(id, filled);
    }
  }

  const request: QuoteRequest = { minutesPerMonth: minutes, prepayYears: years, invoice, grade, addons };
  if (plan !== undefined) request.plan = plan;
  if (number !== undefined) request.number = number;
  if (rule !== undefined) request.rule = rule;
  return { ok: true, request };
}
