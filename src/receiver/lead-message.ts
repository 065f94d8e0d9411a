/**
 * The lead as the sales team reads it in a group chat or a mail: company,
 * contact, number, plan, yearly total, reference and a link to the quote.
 * Whatever the applicant typed is shown as text, never as markup: the
 * characters Markdown gives a meaning are replaced by their full-width forms
 * (a company named "[点此](https://…)" shows those characters, not a link).
 */
import type { Application } from '../application/application';

const MARKUP: Record<string, string> = {
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '<': '＜',
  '>': '＞',
  '*': '＊',
  _: '＿',
  '`': '｀',
  '#': '＃',
  '~': '～',
  '|': '｜',
  '\\': '＼',
  '!': '！',
};

/** Applicant text as plain words on one line. */
const asText = (text: string): string =>
  text.replace(/[\r\n\t]+/gu, ' ').replace(/[[\]()<>*_`#~|\\!]/gu, (c) => MARKUP[c] ?? c);

/** 4001234566 → 400-123-4566, as the site writes numbers. */
const grouped = (number: string) => number.replace(/^(\d{3})(\d{3})(\d{4})$/u, '$1-$2-$3');

interface LeadMessage {
  title: string;
  /** The lines of the message, each "名称：值"; the last is the link to the quote. */
  lines: { label: string; value: string }[];
  link: string;
}

export function leadMessage(app: Application): LeadMessage {
  const a = app.applicant;
  const contact = [asText(a.contact), a.mobile, a.landline].filter((v) => v !== '').join(' ');
  const lines = [
    { label: '单位', value: asText(a.company) },
    { label: '联系人', value: contact },
    ...(a.email !== '' ? [{ label: '邮箱', value: asText(a.email) }] : []),
    { label: '号码', value: `${grouped(app.number)}（${app.grade}）` },
    { label: '套餐', value: `${app.plan.name}，预存 ${app.prepayYears} 年，服务 ${app.serviceYears} 年` },
    { label: '合计', value: `${app.quote.total} 元（${app.invoice ? '含税' : '不开发票'}）` },
    { label: '申请编号', value: app.reference },
  ];
  // A parenthesis would end the Markdown link early: encoded, the address is the same.
  const link = app.quoteUrl.replace(/\(/gu, '%28').replace(/\)/gu, '%29');
  return { title: `400电话办理申请 ${app.reference}`, lines, link };
}

/** The message as Markdown for the group robots (企业微信, 钉钉, 飞书). */
export function leadMarkdown(app: Application): string {
  const m = leadMessage(app);
  return [`**${m.title}**`, ...m.lines.map((l) => `${l.label}：${l.value}`), `[查看报价](${m.link})`].join('\n');
}

/** The message as plain text for e-mail. */
export function leadText(app: Application): string {
  const m = leadMessage(app);
  return [m.title, '', ...m.lines.map((l) => `${l.label}：${l.value}`), `报价：${m.link}`].join('\n');
}
