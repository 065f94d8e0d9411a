/**
 * A per-address limit on submissions: at most `limit` in any `windowMs`
 * (a sliding window kept in memory; one process sees its own traffic, which
 * is what one machine or one function instance needs).
 */
export interface RateLimit {
  /** Counts one request from `address`; the milliseconds to wait when it is over the limit, else 0. */
  take(address: string, now: number): number;
}

export function createRateLimit(limit: number, windowMs: number): RateLimit {
  const seen = new Map<string, number[]>();
  let lastSweep = 0;
  return {
    take(address, now) {
      // Now and then, forget addresses whose window has passed, so the map stays small.
      if (now - lastSweep > windowMs) {
        for (const [key, times] of seen) if ((times.at(-1) ?? 0) <= now - windowMs) seen.delete(key);
        lastSweep = now;
      }
      const times = (seen.get(address) ?? []).filter((t) => t > now - windowMs);
      if (times.length >= limit) {
        seen.set(address, times);
        return (times[0] ?? now) + windowMs - now;
      }
      times.push(now);
      seen.set(address, times);
      return 0;
    },
  };
}
