/** Engine throughput: full quotes (every plan, several add-ons) and classifications per second. */
import { classify, quote, quoteAt, type Tariff } from '../../src/engine/index';

interface EngineFigures {
  quotesPerSecond: number;
  /** The same request through quoteAt, picking the version for a date among `versions` versions. */
  datedQuotesPerSecond: number;
  versions: number;
  planQuotesPerSecond: number;
  classify100kMs: number;
  classificationsPerSecond: number;
}

const REQUEST = {
  minutesPerMonth: 1500,
  prepayYears: 3,
  invoice: true,
  number: '400-123-4566',
  addons: {
    'ringback-multi': { files: 14 },
    ivr: { levels: 6, extraExtensions: 3 },
    voicemail: {},
    'voice-storage': {},
    trunk: { lines: 12 },
    'anti-fake': { codes: 200000 },
  },
};

/** Quotes per second of `run` over about two seconds, after a warm-up. */
function rate(run: () => boolean): number {
  for (let i = 0; i < 200; i++) run();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) {
    if (!run()) throw new Error('benchmark request was refused');
    runs++;
  }
  return Math.round(runs / ((performance.now() - start) / 1000));
}

/** `versions`: a history to pick from by date (20 versions in `npm run bench`). */
export function benchEngine(tariff: Tariff, versions: readonly Tariff[] = [tariff]): EngineFigures {
  const last = versions.at(-1)?.settings.effective ?? tariff.settings.effective;
  const datedQuotesPerSecond = rate(() => quoteAt(versions, { ...REQUEST, date: last }).ok);
  // Warm up, then run for about two seconds.
  for (let i = 0; i < 200; i++) quote(tariff, REQUEST);
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) {
    const result = quote(tariff, REQUEST);
    if (!result.ok) throw new Error('benchmark request was refused');
    runs++;
  }
  const seconds = (performance.now() - start) / 1000;

  const numbers = Array.from({ length: 100_000 }, (_, i) => `400${String((i * 7919) % 10_000_000).padStart(7, '0')}`);
  for (const n of numbers.slice(0, 1000)) classify(tariff, n);
  const t0 = performance.now();
  for (const n of numbers) classify(tariff, n);
  const classifyMs = performance.now() - t0;

  return {
    quotesPerSecond: Math.round(runs / seconds),
    datedQuotesPerSecond,
    versions: versions.length,
    planQuotesPerSecond: Math.round((runs * tariff.plans.length) / seconds),
    classify100kMs: Math.round(classifyMs),
    classificationsPerSecond: Math.round(100_000 / (classifyMs / 1000)),
  };
}
