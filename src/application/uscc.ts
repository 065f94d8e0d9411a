/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the 31 the standard
 * uses (digits and capital letters without I, O, Z, S, V). Characters 3–8
 * are the administrative division code (digits); the 18th is a check
 * character: with weights 3^(i) mod 31 over the first 17 values,
 * C18 = 31 − (Σ Ci × Wi mod 31), where 31 counts as 0.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

type UsccCheck = { ok: true; code: string } | { ok: false; message: string };

/** The check character the first 17 characters call for. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHARS.charAt((31 - (sum % 31)) % 31);
}

/** Reads a code as typed: full-width forms, spaces and lower case are accepted. */
export function checkUscc(input: string): UsccCheck {
  const code = input.normalize('NFKC').replace(/\s/gu, '').toUpperCase();
  if (code === '') return { ok: false, message: '请填写统一社会信用代码（营业执照上的 18 位代码）' };
  if (code.length !== 18) return { ok: false, message: `统一社会信用代码为 18 位，现在是 ${code.length} 位` };
  const excluded = [...new Set(code.match(/[IOZSV]/gu) ?? [])];
  if (excluded.length > 0)
    return {
      ok: false,
      message: `统一社会信用代码不使用字母 I、O、Z、S、V（这里有 ${excluded.join('、')}），请核对营业执照`,
    };
  if (![...code].every((c) => CHARS.includes(c))) return { ok: false, message: '统一社会信用代码只含数字和大写字母' };
  // The first character is the registering authority: 1–9, A, N or Y, never 0.
  if (!/^[1-9ANY]/u.test(code))
    return {
      ok: false,
      message: '统一社会信用代码的第 1 位是登记管理部门代码（1–9、A、N 或 Y），不会是 0，请核对营业执照',
    };
  if (!/^\d{6}$/u.test(code.slice(2, 8)))
    return { ok: false, message: '统一社会信用代码的第 3–8 位是行政区划代码，应为数字' };
  if (usccCheckChar(code) !== code.charAt(17))
    return { ok: false, message: '统一社会信用代码的校验位不符，请逐位核对营业执照' };
  return { ok: true, code };
}
