import { z } from 'zod';
import { isIsoDate } from '../dates';
import { DECIMAL_PATTERN } from '../decimal-text';
import { tagged } from '../../editor-messages/messages';

/** A stable id used in URLs, data and tests: lower-case words joined by "-". */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: (issue) => tagged('field/slug', { got: JSON.stringify(issue.input) }) });

/**
 * A non-negative decimal amount, written as a quoted string ("0.13", "600").
 * Kept as text so that no binary float is ever used: a bare YAML number
 * (600, or 12345678901234567891, which a float cannot hold) is refused.
 */

export const DecimalSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? tagged('money/unquoted', { got: String(issue.input) })
        : tagged('money/invalid', { got: JSON.stringify(issue.input) ?? '（空）' }),
  })
  .regex(DECIMAL_PATTERN, {
    // Later checks (a setting's range) run only on a well-formed decimal.
    abort: true,
    error: (issue) => tagged('money/invalid', { got: JSON.stringify(issue.input) }),
  });

/** A date written YYYY-MM-DD that exists on the calendar ("2027-02-30" does not). */
export const IsoDateSchema = z
  .string({ error: (issue) => tagged('date/invalid', { got: JSON.stringify(issue.input) ?? '（空）' }) })
  .regex(/^\d{4}-\d{2}-\d{2}$/u, {
    abort: true,
    error: (issue) => tagged('date/invalid', { got: JSON.stringify(issue.input) }),
  })
  .refine(isIsoDate, { error: (issue) => tagged('date/invalid', { got: JSON.stringify(issue.input) }) });

/** A whole count (years, files, lines …). */
export const CountSchema = z.number().int().nonnegative();

/** A datum from the published page: the part of the page and the text it quotes. */
const PublishedSourceSchema = z.strictObject({
  /** The part of the source page, e.g. "【3】附加功能 2". */
  section: z.string().min(1),
  /** Text copied from the source page (white space may differ). */
  text: z.string().min(1),
});

/** A datum changed after publication: the change's effective date and its public note. */
export const ChangeSourceSchema = z.strictObject({
  changed: IsoDateSchema,
  note: z.string().min(1),
});

/**
 * Where a datum comes from, so every price can be traced back: a quote of the
 * published page, or (once a dated change has touched it) that change.
 */
export const SourceSchema = z.union([PublishedSourceSchema, ChangeSourceSchema]);

export type ChangeSource = z.output<typeof ChangeSourceSchema>;
export type Source = z.output<typeof SourceSchema>;
