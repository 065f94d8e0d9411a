/**
 * The applicant's details on the 办理 form: each field with its label, hint
 * and check, and the check of them all. Used in the browser only.
 */
import { checkUscc } from './uscc';
import { checkEmail, checkLandline, checkMobile, type FieldCheck } from './contact-fields';
import { cleanText, visibleLength } from './plain-text';

export interface Applicant {
  company: string;
  uscc: string;
  contact: string;
  mobile: string;
  landline: string;
  email: string;
  address: string;
}

export type ApplicantKey = keyof Applicant;

export const EMPTY_APPLICANT: Applicant = {
  company: '',
  uscc: '',
  contact: '',
  mobile: '',
  landline: '',
  email: '',
  address: '',
};

const text =
  (name: string, max: number, required: boolean) =>
  (input: string): FieldCheck => {
    const value = cleanText(input);
    if (value === '') return required ? { ok: false, message: `请填写${name}` } : { ok: true, value };
    if (visibleLength(value) > max) return { ok: false, message: `${name}最多 ${max} 个字` };
    return { ok: true, value };
  };

/** Each field: its label, whether it is needed, how browsers should help fill it, and its check. */
export const APPLICANT_FIELDS: {
  key: ApplicantKey;
  label: string;
  required: boolean;
  autocomplete: string;
  inputMode?: 'tel' | 'email' | 'text';
  type: 'text' | 'tel' | 'email';
  hint?: string;
  check(input: string): FieldCheck;
}[] = [
  {
    key: 'company',
    label: '单位名称',
    required: true,
    autocomplete: 'organization',
    type: 'text',
    hint: '与营业执照一致',
    check: text('单位名称', 100, true),
  },
  {
    key: 'uscc',
    label: '统一社会信用代码',
    required: true,
    autocomplete: 'off',
    type: 'text',
    hint: '营业执照上的 18 位代码',
    check: (input) => {
      const result = checkUscc(input);
      return result.ok ? { ok: true, value: result.code } : result;
    },
  },
  {
    key: 'contact',
    label: '联系人',
    required: true,
    autocomplete: 'name',
    type: 'text',
    check: text('联系人', 40, true),
  },
  {
    key: 'mobile',
    label: '手机号码',
    required: true,
    autocomplete: 'tel-national',
    inputMode: 'tel',
    type: 'tel',
    check: checkMobile,
  },
  {
    key: 'landline',
    label: '固定电话（选填）',
    required: false,
    autocomplete: 'off',
    inputMode: 'tel',
    type: 'tel',
    check: checkLandline,
  },
  {
    key: 'email',
    label: '电子邮箱（选填）',
    required: false,
    autocomplete: 'email',
    inputMode: 'email',
    type: 'email',
    check: checkEmail,
  },
  {
    key: 'address',
    label: '地址（选填）',
    required: false,
    autocomplete: 'street-address',
    type: 'text',
    check: text('地址', 120, false),
  },
];

/** The applicant's details, cleaned, or a message for each field that is not right. */
export function checkApplicant(input: Applicant): {
  applicant?: Applicant;
  errors: Partial<Record<ApplicantKey, string>>;
} {
  const errors: Partial<Record<ApplicantKey, string>> = {};
  const applicant = { ...EMPTY_APPLICANT };
  for (const field of APPLICANT_FIELDS) {
    const result = field.check(input[field.key]);
    if (result.ok) applicant[field.key] = result.value;
    else errors[field.key] = result.message;
  }
  return Object.keys(errors).length === 0 ? { applicant, errors } : { errors };
}
