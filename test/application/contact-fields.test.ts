import { describe, expect, it } from 'vitest';
import { checkEmail, checkLandline, checkMobile } from '../../src/application/contact-fields';

describe('the applicant’s phone numbers and e-mail', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['８６13812345678', '13812345678'],
    ['19912345678', '19912345678'],
  ])('mobile %s → %s', (input, value) => expect(checkMobile(input)).toEqual({ ok: true, value }));

  it.each([
    ['', '请填写手机号码'],
    ['1381234567', '手机号码为 11 位，现在是 10 位'],
    ['12812345678', '手机号码应以 13–19 开头'],
    ['23812345678', '手机号码应以 13–19 开头'],
    ['1381234567a', '手机号码只能包含数字'],
  ])('mobile %j: %s', (input, message) => expect(checkMobile(input)).toEqual({ ok: false, message }));

  it('landline: optional, area code and number, an extension', () => {
    expect(checkLandline('')).toEqual({ ok: true, value: '' });
    expect(checkLandline('0371-12345678')).toEqual({ ok: true, value: '0371-12345678' });
    expect(checkLandline('010 1234567 转 801')).toEqual({ ok: true, value: '010-1234567-801' });
    expect(checkLandline('12345678')).toEqual({ ok: false, message: '固定电话请写区号和号码，如 0371-12345678' });
  });

  it('e-mail: optional, name@domain', () => {
    expect(checkEmail('')).toEqual({ ok: true, value: '' });
    expect(checkEmail(' li@example.cn ')).toEqual({ ok: true, value: 'li@example.cn' });
    expect(checkEmail('li@example')).toEqual({ ok: false, message: '电子邮箱的格式不对，如 name@example.com' });
  });
});

describe('hostile or invisible input in the contact fields', () => {
  it.each([
    ['01012345678', '010-12345678'],
    ['021 1234 5678', '021-12345678'],
    ['0371-12345678', '0371-12345678'],
  ])('landline %s reads as %s (three-digit area codes of 010 and 02x)', (input, value) => {
    expect(checkLandline(input)).toEqual({ ok: true, value });
  });

  it('a mobile number with zero-width spaces, NUL or a bidi override is the number alone', () => {
    expect(checkMobile('138\u200b1234\u202e5678\u0000')).toEqual({ ok: true, value: '13812345678' });
  });

  it.each(['sales@example.cn,evil@attacker.example', 'a@b.cn;c@d.cn', '"x"@example.cn'])(
    'an e-mail field holding more than one address (%s) is refused',
    (input) => {
      expect(checkEmail(input).ok).toBe(false);
    },
  );
});
