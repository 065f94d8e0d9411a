import { z } from 'zod';

/** A stable id used in URLs, data and tests: lower-case words joined by "-". */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "annual-1200"');

/**
 * A non-negative decimal amount, written as a string ("0.13") or an exact
 * number (600). Kept as its string form so that no binary float is ever used.
 */
export const DecimalSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d+(\.\d{1,4})?$/.test(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a non-negative decimal with at most 4 decimals, such as "100" or "0.13" (got ${JSON.stringify(value)})`,
    });
    return z.NEVER;
  }
  return text;
});

/** A whole count (years, files, lines …). */
export const CountSchema = z.number().int('must be a whole number').nonnegative('must not be negative');

/** Where a datum comes from in the published tariff, so every price can be traced back. */
export const SourceSchema = z
  .object({
    /** The part of the source page, e.g. "【3】附加功能 2". */
    section: z.string().min(1),
    /** Text copied from the source page (white space may differ). */
    text: z.string().min(1),
  })
  .strict();

export type Source = z.output<typeof SourceSchema>;
