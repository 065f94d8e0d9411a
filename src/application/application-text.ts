/** An application as plain text: for 复制 and for the e-mail body. */
import { yuan } from '../presentation/format';
import { formatNumber } from '../presentation/phones';
import type { Application } from './application';

/** What the summary says about the reseller and the source's notes (from the data, at build time). */
export interface ResellerFacts {
  siteName: string;
  hotline: string;
  documents: string;
  openingTime: string;
  taxNote: string;
  carrierNote: string;
}

/**
 * The usage a quote assumes, in words: the prospect's own estimate, or —
 * when they gave none — the form's default named as such, never presented
 * as theirs.
 */
export function usageText(app: Pick<Application, 'minutesPerMonth' | 'minutesGiven'>): string {
  return app.minutesGiven
    ? `每月约 ${app.minutesPerMonth} 分钟`
    : `通话用量未填写（按每月 ${app.minutesPerMonth} 分钟估算）`;
}

/** The application as plain text: for 复制 and for the e-mail body. */
export function applicationText(app: Application, facts: ResellerFacts): string {
  const { applicant: a } = app;
  const lines = [
    `${facts.siteName} · 400电话办理申请`,
    `申请编号：${app.reference}，日期：${app.date}，资费版本：${app.tariffVersion} 起执行`,
    '',
    `号码：${formatNumber(app.number)}（${app.grade}）`,
    `套餐：${app.plan.name}，预存 ${app.prepayYears} 年（服务 ${app.serviceYears} 年），${usageText(app)}，${app.invoice ? '开发票' : '不开发票'}`,
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
