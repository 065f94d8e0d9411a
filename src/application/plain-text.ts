/**
 * What an applicant types, as a person reads it. Characters that print
 * nothing or reorder what follows (C0/C1 controls, zero-width spaces and
 * joiners, the soft hyphen, bidi overrides and isolates, the BOM) are
 * dropped, so a field of them is empty and none reaches the summary, the
 * JSON or the mail; lengths count graphemes (an emoji with its skin tone is one).
 */
const INVISIBLE = new RegExp(
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]',
  'gu',
);

export const withoutInvisible = (text: string): string => text.replace(INVISIBLE, '');

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
export const visibleLength = (text: string): number => [...graphemes.segment(text)].length;

/** The text as typed, without invisible characters, NFKC, white space folded. */
export const cleanText = (input: string): string =>
  withoutInvisible(input).normalize('NFKC').replace(/\s+/gu, ' ').trim();
