import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckChar } from '../../src/application/uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each([
    // The standard's own example.
    ['91350100M000100Y43', '91350100M000100Y43'],
    // Check characters 0 and a letter, computed by the formula.
    ['91110000600037341L', '91110000600037341L'],
    ['12100000400000624D', '12100000400000624D'],
    // Lower case, full-width forms and spaces as typed on a phone.
    ['91350100m000100y43', '91350100M000100Y43'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
    ['9135 0100 M000 100Y 43', '91350100M000100Y43'],
  ])('%s is valid', (input, code) => {
    expect(checkUscc(input)).toEqual({ ok: true, code });
  });

  it('the check character is 31 − (Σ Ci × Wi mod 31), 31 counting as 0', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91110000600037341')).toBe('L');
  });

  it.each([
    ['', '请填写统一社会信用代码（营业执照上的 18 位代码）'],
    ['91350100M000100Y4', '统一社会信用代码为 18 位，现在是 17 位'],
    ['91350100M000100Y44', '统一社会信用代码的校验位不符，请逐位核对营业执照'],
    ['91350100M000100Y34', '统一社会信用代码的校验位不符，请逐位核对营业执照'],
    ['91350100O000100Y43', '统一社会信用代码不使用字母 I、O、Z、S、V（这里有 O），请核对营业执照'],
    ['9135010IS000100Y43', '统一社会信用代码不使用字母 I、O、Z、S、V（这里有 I、S），请核对营业执照'],
    ['91350100M000100Y4!', '统一社会信用代码只含数字和大写字母'],
    ['913A0100M000100Y43', '统一社会信用代码的第 3–8 位是行政区划代码，应为数字'],
  ])('%j: %s', (input, message) => {
    expect(checkUscc(input)).toEqual({ ok: false, message });
  });
});

describe('统一社会信用代码 that pass the check character but cannot exist', () => {
  it('all zeros: the registering authority (first character) is never 0', () => {
    expect(checkUscc('000000000000000000')).toEqual({
      ok: false,
      message: '统一社会信用代码的第 1 位是登记管理部门代码（1–9、A、N 或 Y），不会是 0，请核对营业执照',
    });
  });
});
