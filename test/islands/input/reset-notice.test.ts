import { describe, expect, it } from 'vitest';
import { resetNotice } from '../../../src/islands/input/reset-notice';

describe('the notice for a link whose parameters fell back to defaults', () => {
  it('names each field once, by the name the form shows', () => {
    expect(resetNotice([])).toBeUndefined();
    expect(resetNotice(['minutes', 'years'])).toBe('链接中的部分参数无效，已恢复为默认值：通话分钟数、预存年数。');
    expect(resetNotice(['addons', 'addons.ivr.levels', 'grade'])).toBe(
      '链接中的部分参数无效，已恢复为默认值：附加功能、号码等级。',
    );
    expect(resetNotice(['quantity'])).toBe('链接中的部分参数无效，已恢复为默认值：附加功能数量。');
  });
});
