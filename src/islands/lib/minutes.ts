/** Minutes a month as a visitor types them: a whole number, not absurdly large. */
export const MAX_MINUTES = 10_000_000;

export function parseMinutes(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,8}$/u.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= MAX_MINUTES ? value : undefined;
}
