/**
 * Applications as CSV for the sales team's spreadsheet (export --since).
 * Formula-safe: a cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) is prefixed with an
 * apostrophe; every cell is quoted; a BOM lets Excel read the Chinese.
 */
import type { StoredApplication } from './store';

const COLUMNS: [string, (s: StoredApplication) => string][] = [
  ['申请编号', (s) => s.reference],
  ['收到时间', (s) => s.receivedAt],
  ['单位名称', (s) => s.application.applicant.company],
  ['统一社会信用代码', (s) => s.application.applicant.uscc],
  ['联系人', (s) => s.application.applicant.contact],
  ['手机号码', (s) => s.application.applicant.mobile],
  ['固定电话', (s) => s.application.applicant.landline],
  ['电子邮箱', (s) => s.application.applicant.email],
  ['地址', (s) => s.application.applicant.address],
  ['号码', (s) => s.application.number],
  ['等级', (s) => s.application.grade],
  ['套餐', (s) => s.application.plan.name],
  ['预存年数', (s) => String(s.application.prepayYears)],
  ['合计（元）', (s) => s.application.quote.total],
  ['资费版本', (s) => s.application.tariffVersion],
  ['报价链接', (s) => s.application.quoteUrl],
];

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/gu, '""')}"`;
}

export function applicationsCsv(rows: readonly StoredApplication[]): string {
  const lines = [COLUMNS.map(([name]) => csvCell(name)).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([, value]) => csvCell(value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
