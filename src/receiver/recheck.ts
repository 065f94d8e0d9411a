/**
 * The receiver trusts nothing the browser computed: an application as POSTed
 * by the 办理 page is read field by field, re-priced by the engine with the
 * tariff version in force on the day the summary was made, and accepted only
 * when every line, the total, the grade, the reference and the applicant's
 * details are what the page would have produced. Each refusal names its field
 * (as the page names it: "applicant.mobile", "quote.total") in Chinese.
 */
import { APPLICANT_FIELDS, type Applicant } from '../application/applicant';
import { buildApplication, type Application } from '../application/application';
import { isReferenceCode } from '../application/reference';
import { classify, isIsoDate, quote, type SlimTariff } from '../engine/index';
import { daysBetween } from '../engine/rules';
import { isRecord } from '../engine/records';

/** Field → message, for the page to show beside each field. */
export type Refusals = Record<string, string>;

type Recheck = { ok: true; application: Application } | { ok: false; refusals: Refusals };

export interface RecheckContext {
  /** Every version's effective date, oldest first (the site's /versions/index.json). */
  dates: readonly string[];
  /** The version that took effect on a date, as the site publishes it; undefined when it cannot be had. */
  version(date: string): Promise<SlimTariff | undefined>;
  /** Today in Asia/Shanghai (YYYY-MM-DD). */
  today: string;
  /** How many days after the day it was made a quote is still honoured. */
  quoteDays: number;
  /** Where quote links must lead: the site's address with its base path ("https://400.example.cn/"). */
  siteUrl: string;
}

/** The longest a text field the page writes can be; the applicant's own limits are tighter. */
const MAX_TEXT = 2000;
const APPLICATION_KEYS = [
  'reference',
  'date',
  'tariffVersion',
  'number',
  'grade',
  'rule',
  'plan',
  'prepayYears',
  'serviceYears',
  'minutesPerMonth',
  'minutesGiven',
  'invoice',
  'addons',
  'quote',
  'quoteUrl',
  'applicant',
];

const refuse = (field: string, message: string): Recheck => ({ ok: false, refusals: { [field]: message } });
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** The shape the page writes, before any value is judged. */
function shapeProblem(body: Record<string, unknown>): [string, string] | undefined {
  for (const key of Object.keys(body))
    if (!APPLICATION_KEYS.includes(key)) return [key.slice(0, 40), `未知字段「${key.slice(0, 40)}」`];
  for (const key of ['reference', 'date', 'tariffVersion', 'number', 'grade', 'rule', 'quoteUrl'])
    if (!isText(body[key])) return [key, '缺少这一项，或它不是文字'];
  for (const key of ['prepayYears', 'serviceYears', 'minutesPerMonth'])
    if (!isWhole(body[key])) return [key, '缺少这一项，或它不是整数'];
  for (const key of ['minutesGiven', 'invoice'])
    if (typeof body[key] !== 'boolean') return [key, '缺少这一项，或它不是是/否'];
  const plan = body['plan'];
  if (!isRecord(plan) || !isText(plan['id']) || !isText(plan['name'])) return ['plan', '缺少套餐'];
  if (!isRecord(body['addons'])) return ['addons', '附加功能的格式不对'];
  if (!isRecord(body['quote'])) return ['quote', '缺少费用明细'];
  if (!isRecord(body['applicant'])) return ['applicant', '缺少申请单位与联系人'];
  return undefined;
}

/** The applicant's details, each exactly as the page's own check leaves it. */
function applicantRefusals(given: Record<string, unknown>): { applicant?: Applicant; refusals: Refusals } {
  const refusals: Refusals = {};
  const applicant = {} as Applicant;
  for (const key of Object.keys(given))
    if (!APPLICANT_FIELDS.some((f) => f.key === key)) refusals[`applicant.${key.slice(0, 40)}`] = '未知字段';
  for (const field of APPLICANT_FIELDS) {
    const value = given[field.key];
    const name = `applicant.${field.key}`;
    if (typeof value !== 'string' || value.length > MAX_TEXT) {
      refusals[name] = `缺少“${field.label}”`;
      continue;
    }
    const result = field.check(value);
    if (!result.ok) refusals[name] = result.message;
    // The page sends each value as its check cleaned it: anything else (hidden characters, stray spaces) was not typed there.
    else if (result.value !== value) refusals[name] = `“${field.label}”含有不可见字符或多余的空格，请重新填写`;
    else applicant[field.key] = value;
  }
  return Object.keys(refusals).length === 0 ? { applicant, refusals } : { refusals };
}

/** Whether the version the quote names is the one in force on the day it was made, and that day recent enough. */
function dateRefusal(
  app: { date: string; tariffVersion: string },
  context: RecheckContext,
): [string, string] | undefined {
  const { date, tariffVersion } = app;
  if (!isIsoDate(date)) return ['date', '日期必须写成 YYYY-MM-DD'];
  if (date > context.today) return ['date', `申请日期 ${date} 晚于今天（${context.today}）`];
  const age = daysBetween(date, context.today);
  if (age > context.quoteDays)
    return ['date', `这份报价生成于 ${date}，已超过 ${context.quoteDays} 天的有效期，请按现行资费重新生成申请单`];
  if (!context.dates.includes(tariffVersion))
    return ['tariffVersion', `没有 ${tariffVersion.slice(0, 20)} 起执行的资费版本`];
  const inForce = [...context.dates].reverse().find((d) => d <= date);
  if (inForce !== tariffVersion)
    return [
      'tariffVersion',
      `这份报价按 ${tariffVersion} 起执行的资费计算，而 ${date} 执行的是 ${inForce ?? '（无）'} 起的资费，请按现行资费重新生成申请单`,
    ];
  return undefined;
}

/** Re-reads and re-prices an application; the accepted one is rebuilt from the engine's figures. */
export async function recheckApplication(body: unknown, context: RecheckContext): Promise<Recheck> {
  if (!isRecord(body)) return refuse('(application)', '申请内容必须是一个 JSON 对象');
  const shape = shapeProblem(body);
  if (shape !== undefined) return refuse(...shape);
  const b = body as Record<string, unknown> & { plan: Record<string, unknown>; quote: Record<string, unknown> };
  const reference = b['reference'] as string;
  if (!isReferenceCode(reference)) return refuse('reference', '申请编号的格式不对');

  const { applicant, refusals } = applicantRefusals(b['applicant'] as Record<string, unknown>);
  const dated = dateRefusal({ date: b['date'] as string, tariffVersion: b['tariffVersion'] as string }, context);
  if (dated !== undefined) refusals[dated[0]] = dated[1];
  if (applicant === undefined || dated !== undefined) return { ok: false, refusals };

  const tariff = await context.version(b['tariffVersion'] as string);
  if (tariff === undefined) return refuse('tariffVersion', '暂时无法读取这份报价的资费版本，请稍后再试或拨打热线');
  const request = {
    plan: b.plan['id'],
    number: b['number'],
    minutesPerMonth: b['minutesPerMonth'],
    prepayYears: b['prepayYears'],
    invoice: b['invoice'],
    addons: b['addons'],
  };
  const priced = quote(tariff, request);
  if (!priced.ok) return refuse(priced.error.field, priced.error.message);
  if (!('quote' in priced)) return refuse('plan', '请选择要办理的套餐');
  const q = priced.quote;
  if (!q.eligible || q.total === null)
    return refuse('plan', `${q.reason ?? '此套餐没有公布合计'}，不能在线办理，请拨打热线`);
  const judged = classify(tariff, b['number'] as string);
  if (
    judged.number === undefined ||
    judged.number !== b['number'] ||
    judged.rule !== b['rule'] ||
    q.grade.name !== b['grade']
  )
    return refuse('grade', `号码等级与资费不符：按 ${q.version} 起的资费，这个号码是${q.grade.name}`);
  if (q.planName !== b.plan['name'] || q.serviceYears !== b['serviceYears'])
    return refuse('plan', `套餐与资费不符：${q.planName}，服务 ${q.serviceYears} 年`);
  if (!String(b['quoteUrl']).startsWith(`${context.siteUrl}estimator/`))
    return refuse('quoteUrl', '报价链接不是本站的地址');

  // Rebuilt exactly as the page builds it: the same content gives the same JSON and the same reference.
  const application = buildApplication({
    quote: q,
    number: judged.number,
    rule: judged.rule ?? '',
    prepayYears: b['prepayYears'] as number,
    minutesPerMonth: b['minutesPerMonth'] as number,
    minutesGiven: b['minutesGiven'] as boolean,
    invoice: b['invoice'] as boolean,
    addons: b['addons'] as Application['addons'],
    quoteUrl: b['quoteUrl'] as string,
    applicant,
    date: b['date'] as string,
  });
  if (application === undefined) return refuse('plan', '此套餐没有公布合计，不能在线办理，请拨打热线');
  if (JSON.stringify(application.quote) !== JSON.stringify(b.quote))
    return refuse('quote.total', `费用与资费不符：按 ${q.version} 起执行的资费，合计应为 ${q.total} 元`);
  if (application.reference !== reference) return refuse('reference', '申请编号与申请内容不符');
  if (JSON.stringify(application) !== JSON.stringify(body)) return refuse('(application)', '申请内容与报价不符');
  return { ok: true, application };
}
