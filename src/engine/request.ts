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

/**
 * A request's fields as a widget holds them (read and checked by its URL
 * state), or as parseQuoteRequest found them in JSON. Values are typed loosely
 * because the checks here are the ones that depend on the tariff: a widget
 * quoting a later version with today's choices is told what that version
 * lacks, the same way a JSON request is.
 */
export interface RequestFields {
  plan?: unknown;
  minutesPerMonth: unknown;
  prepayYears: unknown;
  invoice?: boolean;
  /** A number as typed (judged here) or a grade id; neither: the default grade. */
  number?: string;
  grade?: unknown;
  /** Chosen add-ons; a quantity not given takes its default. */
  addons?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** The request for fields of the right shape: every rule that depends on the tariff, checked once. */
export function requestFrom(tariff: SlimTariff, fields: RequestFields): ParsedRequest {
  const error = (field: string, message: string): ParsedRequest => ({ ok: false, error: { field, message } });
  const { plan, minutesPerMonth: minutes, prepayYears: years } = fields;
  if (plan !== undefined && (typeof plan !== 'string' || findPlan(tariff, plan) === undefined)) {
    return error('plan', `未知套餐「${String(plan).slice(0, 40)}」；可选：${tariff.plans.map((p) => p.id).join('、')}`);
  }
  if (!isWhole(minutes, 0, REQUEST_LIMITS.minutesPerMonth)) {
    return error('minutesPerMonth', `每月通话分钟数必须是 0 到 ${grouped(REQUEST_LIMITS.minutesPerMonth)} 之间的整数`);
  }
  const { min, max } = tariff.settings.prepayYears;
  if (!isWhole(years, min, max)) return error('prepayYears', `预存年数必须是 ${min} 到 ${max} 之间的整数`);

  let grade = defaultGrade(tariff).id;
  let number: string | undefined;
  let rule: string | undefined;
  if (fields.number !== undefined) {
    const normalised = normaliseNumber(fields.number);
    if (!normalised.ok) return error('number', normalised.error.message);
    const match = gradeOfNumber(tariff, normalised.number);
    number = normalised.number;
    grade = match.grade.id;
    rule = match.rule;
  } else if (fields.grade !== undefined) {
    const value = fields.grade;
    if (typeof value !== 'string' || findGrade(tariff, value) === undefined) {
      return error(
        'grade',
        `未知号码等级「${String(value).slice(0, 40)}」；可选：${tariff.grades.map((g) => g.id).join('、')}`,
      );
    }
    grade = value;
  }

  const addons = new Map<string, Record<string, number>>();
  for (const [id, quantities] of Object.entries(fields.addons ?? {})) {
    const addon = findAddon(tariff, id);
    if (addon === undefined) return error(`addons.${id || '""'}`, `未知附加功能「${id.slice(0, 40)}」`);
    const filled: Record<string, number> = {};
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

  const request: QuoteRequest = {
    minutesPerMonth: minutes,
    prepayYears: years,
    invoice: fields.invoice ?? false,
    grade,
    addons,
  };
  if (typeof plan === 'string') request.plan = plan;
  if (number !== undefined) request.number = number;
  if (rule !== undefined) request.rule = rule;
  return { ok: true, request };
}

/** A request from JSON (the CLI, the receiver, a page's build): its shape checked here, the rest by requestFrom. */
export function parseQuoteRequest(tariff: SlimTariff, input: unknown): ParsedRequest {
  const error = (field: string, message: string): ParsedRequest => ({ ok: false, error: { field, message } });
  if (!isPlainObject(input)) return error('(request)', '报价请求必须是一个 JSON 对象');
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key))
      return error(key || '""', `未知字段「${key.slice(0, 40)}」；可用字段：${KNOWN_KEYS.join('、')}`);
  }
  const given = (key: string) => (has(input, key) ? input[key] : undefined);

  // The date picks the tariff version (quoteAt); here it need only be a real date.
  const date = given('date');
  if (date !== undefined && (typeof date !== 'string' || !isIsoDate(date))) return error('date', DATE_MESSAGE);

  const invoice = given('invoice') ?? false;
  if (typeof invoice !== 'boolean') return error('invoice', '是否开发票必须是 true 或 false');

  const number = given('number');
  if (number !== undefined && given('grade') !== undefined) return error('grade', '号码和号码等级只能给出其一');
  // A number that is not text is judged as one no rule can read.
  if (number !== undefined && typeof number !== 'string') return error('number', '号码必须是文本');

  const requested = given('addons') ?? {};
  if (!isPlainObject(requested)) return error('addons', '附加功能必须是一个对象，如 {"ringback": {}}');
  // Entries, not assignment: an add-on named "__proto__" stays a key (and is refused as unknown).
  const addons: [string, Record<string, unknown>][] = [];
  for (const [id, quantities] of Object.entries(requested)) {
    const addon = findAddon(tariff, id);
    if (addon !== undefined && !isPlainObject(quantities))
      return error(`addons.${id}`, `「${addon.name}」的数量必须是一个对象，如 {}`);
    const named = isPlainObject(quantities) ? quantities : {};
    for (const name of Object.keys(named)) {
      if (addon !== undefined && !has(addon.quantities, name)) {
        const allowed = Object.keys(addon.quantities);
        return error(
          `addons.${id}.${name || '""'}`,
          `「${addon.name}」没有数量「${name.slice(0, 40)}」${allowed.length ? `；可填：${allowed.join('、')}` : ''}`,
        );
      }
    }
    addons.push([id, named]);
  }

  return requestFrom(tariff, {
    plan: given('plan'),
    minutesPerMonth: given('minutesPerMonth'),
    prepayYears: given('prepayYears'),
    invoice,
    ...(number === undefined ? {} : { number }),
    grade: given('grade'),
    addons: Object.fromEntries(addons),
  });
}
