import { REQUEST_LIMITS } from '../../engine/limits';

/** Minutes a month as a visitor types them: a whole number within the engine's limit. */
export const MAX_MINUTES = REQUEST_LIMITS.minutesPerMonth;

export function parseMinutes(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,8}$/u.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= MAX_MINUTES ? value : undefined;
}
