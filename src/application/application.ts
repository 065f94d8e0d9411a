/**
 * An application (办理申请) as the 办理 page builds it in the browser: the
 * engine's quote for the chosen number and plan, and the applicant's
 * details. Its reference code is derived from its content, so the same
 * application always gets the same code. Nothing here leaves the browser;
 * the page sends it only when the visitor presses a send button.
 */
import type { Quote } from '../engine/index';
import { yuan } from '../presentation/format';
import { formatNumber } from '../presentation/phones';
import { checkUscc } from './uscc';
import { checkEmail, checkLandline, checkMobile, type FieldCheck } from './contact-fields';
import { cleanText, visibleLength } from './plain-text';

export interface Applicant {
  company: string;
  uscc: string;
  contact: string;
  mobile: string;
  landline: string;
  email: string;
  address: string;
}

export type ApplicantKey = keyof Applicant;

export const EMPTY_APPLICANT: Applicant = {
  company: '',
  uscc: '',
  contact: '',
  mobile: '',
  landline: '',
  email: '',
  address: '',
};

const text =
  (name: string, max: number, required: boolean) =>
  (input: string): FieldCheck => {
    const value = cleanText(input);
    if (value === '') return required ? { ok: false, message: `请填写${name}` } : { ok: true, value };
    if (visibleLength(value) > max) return { ok: false, message: `${name}最多 ${max} 个字` };
    return { ok: true, value };
  };

/** Each field: its label, whether it is needed, how browsers should help fill it, and its check. */
export const APPLICANT_FIELDS: {
  key: ApplicantKey;
  label: string;
  required: boolean;
  autocomplete: string;
  inputMode?: 'tel' | 'email' | 'text';
  type: 'text' | 'tel' | 'email';
  hint?: string;
  check(input: string): FieldCheck;
}[] = [
  {
    key: 'company',
    label: '单位名称',
    required: true,
    autocomplete: 'organization',
    type: 'text',
    hint: '与营业执照一致',
    check: text('单位名称', 100, true),
  },
  {
    key: 'uscc',
    label: '统一社会信用代码',
    required: true,
    autocomplete: 'off',
    type: 'text',
    hint: '营业执照上的 18 位代码',
    check: (input) => {
      const result = checkUscc(input);
      return result.ok ? { ok: true, value: result.code } : result;
    },
  },
  {
    key: 'contact',
    label: '联系人',
    required: true,
    autocomplete: 'name',
    type: 'text',
    check: text('联系人', 40, true),
  },
  {
    key: 'mobile',
    label: '手机号码',
    required: true,
    autocomplete: 'tel-national',
    inputMode: 'tel',
    type: 'tel',
    check: checkMobile,
  },
  {
    key: 'landline',
    label: '固定电话（选填）',
    required: false,
    autocomplete: 'off',
    inputMode: 'tel',
    type: 'tel',
    check: checkLandline,
  },
  {
    key: 'email',
    label: '电子邮箱（选填）',
    required: false,
    autocomplete: 'email',
    inputMode: 'email',
    type: 'email',
    check: checkEmail,
  },
  {
    key: 'address',
    label: '地址（选填）',
    required: false,
    autocomplete: 'street-address',
    type: 'text',
    check: text('地址', 120, false),
  },
];

/** The applicant's details, cleaned, or a message for each field that is not right. */
export function checkApplicant(input: Applicant): {
  applicant?: Applicant;
  errors: Partial<Record<ApplicantKey, string>>;
} {
  const errors: Partial<Record<ApplicantKey, string>> = {};
  const applicant = { ...EMPTY_APPLICANT };
  for (const field of APPLICANT_FIELDS) {
    const result = field.check(input[field.key]);
    if (result.ok) applicant[field.key] = result.value;
    else errors[field.key] = result.message;
  }
  return Object.keys(errors).length === 0 ? { applicant, errors } : { errors };
}

export interface Application {
  /** "SQ-" and 8 characters, derived from everything below but the date. */
  reference: string;
  /** The day the summary was made (Asia/Shanghai). */
  date: string;
  /** The tariff version quoted: its effective date. */
  tariffVersion: string;
  number: string;
  grade: string;
  rule: string;
  plan: { id: string; name: string };
  prepayYears: number;
  serviceYears: number;
  minutesPerMonth: number;
  invoice: boolean;
  quote: { lines: { label: string; detail: string; amount: string }[]; subtotal: string; tax: string; total: string };
  /** The quote as a link (the estimator's URL): no personal detail is in it. */
  quoteUrl: string;
  applicant: Applicant;
}

export interface ApplicationInput {
  quote: Quote;
  number: string;
  rule: string;
  prepayYears: number;
  minutesPerMonth: number;
  invoice: boolean;
  quoteUrl: string;
  applicant: Applicant;
  date: string;
}

/**
 * cyrb53: a fast 53-bit string hash, enough to tell applications apart (it is
 * a reference for people, not a security measure).
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Crockford's base 32: no I, L, O or U, so a code read over the phone is not misheard. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function referenceCode(content: Omit<Application, 'reference' | 'date'>): string {
  let value = hash53(JSON.stringify(content));
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = BASE32.charAt(value % 32) + code;
    value = Math.floor(value / 32);
  }
  return `SQ-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The application for a priced quote (a quote without a total cannot be applied for online). */
export function buildApplication(input: ApplicationInput): Application | undefined {
  const { quote } = input;
  if (quote.total === null || quote.subtotal === null || quote.tax === null) return undefined;
  const content: Omit<Application, 'reference' | 'date'> = {
    tariffVersion: quote.version,
    number: input.number,
    grade: quote.grade.name,
    rule: input.rule,
    plan: { id: quote.plan, name: quote.planName },
    prepayYears: input.prepayYears,
    serviceYears: quote.serviceYears,
    minutesPerMonth: input.minutesPerMonth,
    invoice: input.invoice,
    quote: {
      lines: quote.lines.map((l) => ({ label: l.label, detail: l.detail, amount: l.amount })),
      subtotal: quote.subtotal,
      tax: quote.tax,
      total: quote.total,
    },
    quoteUrl: input.quoteUrl,
    applicant: input.applicant,
  };
  return { reference: referenceCode(content), date: input.date, ...content };
}

/** What the summary says about the reseller and the source's notes (from the data, at build time). */
export interface ResellerFacts {
  siteName: string;
  hotline: string;
  documents: string;
  openingTime: string;
  taxNote: string;
  carrierNote: string;
}

/** The application as plain text: for 复制 and for the e-mail body. */
export function applicationText(app: Application, facts: ResellerFacts): string {
  const { applicant: a } = app;
  const lines = [
    `${facts.siteName} · 400电话办理申请`,
    `申请编号：${app.reference}，日期：${app.date}，资费版本：${app.tariffVersion} 起执行`,
    '',
    `号码：${formatNumber(app.number)}（${app.grade}）`,
    `套餐：${app.plan.name}，预存 ${app.prepayYears} 年（服务 ${app.serviceYears} 年），每月约 ${app.minutesPerMonth} 分钟，${app.invoice ? '开发票' : '不开发票'}`,
    '费用明细：',
    ...app.quote.lines.map((l) => `  ${l.label}（${l.detail}）：${yuan(l.amount)} 元`),
    `  小计：${yuan(app.quote.subtotal)} 元`,
    ...(app.invoice ? [`  税费：${yuan(app.quote.tax)} 元`] : []),
    `  合计：${yuan(app.quote.total)} 元`,
    '',
    `单位名称：${a.company}`,
    `统一社会信用代码：${a.uscc}`,
    `联系人：${a.contact}`,
    `手机号码：${a.mobile}`,
    ...(a.landline ? [`固定电话：${a.landline}`] : []),
    ...(a.email ? [`电子邮箱：${a.email}`] : []),
    ...(a.address ? [`地址：${a.address}`] : []),
    '',
    facts.documents,
    facts.openingTime,
    facts.taxNote,
    facts.carrierNote,
    `全国统一热线：${facts.hotline}`,
    `报价链接：${app.quoteUrl}`,
  ];
  return `${lines.join('\n')}\n`;
}
