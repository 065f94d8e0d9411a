/**
 * How many cases a property test tries: `n`, or at most FUZZ_RUNS when set.
 * The mutation run (vitest.mutate.config.ts) sets it low: each mutant of the
 * engine reruns the properties that cover it, and thousands of cases per
 * mutant would make the run take hours.
 */
export function fuzzRuns(n: number): { numRuns: number } {
  const cap = Number(process.env['FUZZ_RUNS']);
  return { numRuns: Number.isInteger(cap) && cap > 0 ? Math.min(n, cap) : n };
}
