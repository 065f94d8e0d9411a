/**
 * CSV the site writes for visitors to open in a spreadsheet: UTF-8 with a
 * BOM (so Excel reads the Chinese), CRLF lines, every cell quoted. A cell
 * that a spreadsheet would run as a formula (starting with = + - @, a tab or
 * a carriage return: OWASP's CSV injection rule, which also covers DDE such
 * as "cmd|…") gets a leading apostrophe, so it is shown as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',');
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}
