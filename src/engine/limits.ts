/**
 * Upper limits of a quote request, one set for the engine, the widgets'
 * fields and the URL reader, so that any value a field accepts reloads from
 * a shared link and quotes. Far above any real order; they keep totals and
 * URLs to a sensible size.
 */
export const REQUEST_LIMITS = {
  /** Minutes of calls a month. */
  minutesPerMonth: 10_000_000,
  /** Any add-on quantity: files, lines, phones, codes … */
  quantity: 100_000_000,
} as const;
