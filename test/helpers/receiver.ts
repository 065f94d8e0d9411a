/**
 * Applications for the receiver's tests: built exactly as the 办理 page
 * builds them (buildApplication over the engine's quote), from the frozen
 * published tariff and a later version made from it, so a test can tamper
 * with one field of a real application.
 */
import { buildApplication, type Application } from '../../src/application/application';
import { checkApplicant } from '../../src/application/applicant';
import { classify, quote, slimTariff, type SlimTariff } from '../../src/engine/index';
import type { RecheckContext } from '../../src/receiver/recheck';
import { tariff } from './tariff';

export const SITE_URL = 'https://400.example.cn/';
export const FIRST = '2016-04-10';
/** A later version: the annual plans' yearly fee 100 元 higher. */
export const LATER = '2027-01-01';

const first = slimTariff(tariff);
const later: SlimTariff = {
  ...first,
  settings: { ...first.settings, effective: LATER },
  plans: first.plans.map((p) => (p.kind === 'annual' ? { ...p, yearly: String(Number(p.yearly) + 100) } : p)),
};
export const VERSIONS: Record<string, SlimTariff> = { [FIRST]: first, [LATER]: later };

export function context(today: string, quoteDays = 7): RecheckContext {
  return {
    dates: [FIRST, LATER],
    version: (date) => Promise.resolve(VERSIONS[date]),
    today,
    quoteDays,
    siteUrl: SITE_URL,
  };
}

const applicant = checkApplicant({
  company: '郑州示例科技有限公司',
  uscc: '91350100M000100Y43',
  contact: '李经理',
  mobile: '13812345678',
  landline: '',
  email: '',
  address: '',
}).applicant;
if (applicant === undefined) throw new Error('the test applicant must pass its own checks');
export const APPLICANT = applicant;

export interface Order {
  plan?: string;
  number?: string;
  minutesPerMonth?: number;
  prepayYears?: number;
  invoice?: boolean;
  addons?: Record<string, Record<string, number>>;
  date?: string;
  version?: string;
}

/** An application as the page makes it on `date` with the version in force then. */
export function makeApplication(order: Order = {}): Application {
  const version = VERSIONS[order.version ?? FIRST];
  if (version === undefined) throw new Error('unknown version');
  const request = {
    plan: order.plan ?? 'annual-1200',
    number: order.number ?? '4001234566',
    minutesPerMonth: order.minutesPerMonth ?? 500,
    prepayYears: order.prepayYears ?? 2,
    invoice: order.invoice ?? true,
    addons: order.addons ?? {},
  };
  const result = quote(version, request);
  if (!result.ok || !('quote' in result)) throw new Error('expected one quote');
  const judged = classify(version, request.number);
  const app = buildApplication({
    quote: result.quote,
    number: judged.number ?? '',
    rule: judged.rule ?? '',
    prepayYears: request.prepayYears,
    minutesPerMonth: request.minutesPerMonth,
    minutesGiven: true,
    invoice: request.invoice,
    addons: request.addons,
    quoteUrl: `${SITE_URL}estimator/?plan=${request.plan}&number=${request.number}`,
    applicant: APPLICANT,
    date: order.date ?? '2026-12-01',
  });
  if (app === undefined) throw new Error('expected a priced application');
  return app;
}

/** The application as the page POSTs it. */
export const posted = (app: unknown): unknown => JSON.parse(JSON.stringify(app, null, 2)) as unknown;
