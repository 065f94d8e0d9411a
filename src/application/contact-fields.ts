/**
 * The applicant's phone numbers and e-mail as typed on a phone: full-width
 * forms, spaces and dashes are accepted; each check returns the clean value
 * or a message in Chinese.
 */
import { withoutInvisible } from './plain-text';
import { isEmailAddress } from '../engine/forms';

export type FieldCheck = { ok: true; value: string } | { ok: false; message: string };

const clean = (text: string) =>
  withoutInvisible(text)
    .normalize('NFKC')
    .replace(/[\s\-()]/gu, '');

/** 中国大陆手机号: 11 digits, 1 then 3–9; a +86 or 86 in front is dropped. */
export function checkMobile(input: string): FieldCheck {
  const digits = clean(input).replace(/^(\+?86)(?=1\d{10}$)/u, '');
  if (digits === '') return { ok: false, message: '请填写手机号码' };
  if (!/^\d+$/u.test(digits)) return { ok: false, message: '手机号码只能包含数字' };
  if (digits.length !== 11) return { ok: false, message: `手机号码为 11 位，现在是 ${digits.length} 位` };
  if (!/^1[3-9]/u.test(digits)) return { ok: false, message: '手机号码应以 13–19 开头' };
  return { ok: true, value: digits };
}

/** 固定电话 (optional): area code and number, an extension after it: 0371-12345678-801. */
export function checkLandline(input: string): FieldCheck {
  const text = withoutInvisible(input).normalize('NFKC').trim();
  if (text === '') return { ok: true, value: '' };
  // Beijing, Shanghai, Tianjin, Chongqing and 02x cities have three-digit area codes (010, 021 …).
  const compact = /^(010|02\d)(\d{8})$/u.exec(text.replace(/[\s-]/gu, ''));
  if (compact !== null) return { ok: true, value: `${compact[1]}-${compact[2]}` };
  const match = /^(0\d{2,3})[\s-]?(\d{7,8})(?:[\s-]?(?:转|-|ext\.?)?\s?(\d{1,6}))?$/u.exec(text);
  if (match === null) return { ok: false, message: '固定电话请写区号和号码，如 0371-12345678' };
  return { ok: true, value: `${match[1]}-${match[2]}${match[3] ? `-${match[3]}` : ''}` };
}

/** E-mail (optional): one address (engine/email.ts). */
export function checkEmail(input: string): FieldCheck {
  const text = withoutInvisible(input).normalize('NFKC').trim();
  if (text === '') return { ok: true, value: '' };
  if (!isEmailAddress(text)) return { ok: false, message: '电子邮箱的格式不对，如 name@example.com' };
  return { ok: true, value: text };
}
