/**
 * What an applicant types, as a person reads it. Characters that print
 * nothing or reorder what follows (C0/C1 controls, zero-width spaces and
 * joiners, the soft hyphen, bidi overrides and isolates, the BOM) are
 * dropped, so a field of them is empty and none reaches the summary, the
 * JSON or the mail; lengths count graphemes (an emoji with its skin tone is one).
 */
import { HIDDEN_CHARACTER } from '../engine/forms';

const INVISIBLE = new RegExp(HIDDEN_CHARACTER.source, 'gu');

export const withoutInvisible = (text: string): string => text.replace(INVISIBLE, '');

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
export const visibleLength = (text: string): number => [...graphemes.segment(text)].length;

/** The text as typed, without invisible characters, NFKC, white space folded. */
export const cleanText = (input: string): string =>
  withoutInvisible(input).normalize('NFKC').replace(/\s+/gu, ' ').trim();
