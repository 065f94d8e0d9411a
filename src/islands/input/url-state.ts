/**
 * The cost estimator's whole input as a URL query string, so a quote can be
 * shared and reloaded. Reading is forgiving: a value that is unknown,
 * malformed or hostile falls back to its default and is named in `reset`,
 * so the page can say what it ignored. Nothing read here is ever rendered as
 * markup.
 */
import { defaultGrade, findAddon, type SlimTariff, REQUEST_LIMITS, isIsoDate } from '../../engine/rules';
import type { RequestFields } from '../../engine/index';
import { DEFAULT_MINUTES } from './minutes';
import { wholeNumber } from './numbers';

export interface EstimatorState {
  /** A plan id, or "all" to quote every plan. */
  plan: string;
  minutes: number;
  years: number;
  invoice: boolean;
  /** Quote by a number (its grade is looked up) or by a chosen grade. */
  by: 'number' | 'grade';
  number: string;
  grade: string;
  /** Chosen add-ons with their quantities, in the tariff's order. */
  addons: Record<string, Record<string, number>>;
  /**
   * The tariff version quoted: its effective date. Every written URL carries
   * it, so a link shared before a price change still gives its quote.
   */
  version: string;
}

export const ALL_PLANS = 'all';
const MAX_NUMBER_TEXT = 40;

export function defaultState(tariff: SlimTariff): EstimatorState {
  return {
    plan: ALL_PLANS,
    minutes: DEFAULT_MINUTES,
    years: tariff.settings.prepayYears.min,
    invoice: false,
    by: 'grade',
    number: '',
    grade: defaultGrade(tariff).id,
    addons: {},
    version: tariff.settings.effective,
  };
}

/**
 * The version a query string names (`v=2016-04-10`), if it names a real date:
 * read first, because the rest of the query is read against that version.
 */
export function versionIn(search: string): string | undefined {
  const v = new URLSearchParams(search).get('v');
  return v !== null && isIsoDate(v) ? v : undefined;
}

/** The state in a query string, with the names of the fields that were reset. */
export function readState(
  tariff: SlimTariff,
  search: string,
): { state: EstimatorState; reset: string[]; dropped: string[] } {
  const params = new URLSearchParams(search);
  const state = defaultState(tariff);
  const reset: string[] = [];
  /** Add-on ids (well formed) this version does not offer: perhaps withdrawn since the link was made. */
  const dropped: string[] = [];
  const take = <T>(key: string, parse: (value: string) => T | undefined, apply: (value: T) => void) => {
    const raw = params.get(key);
    if (raw === null) return;
    const value = parse(raw);
    if (value === undefined) reset.push(key);
    else apply(value);
  };

  take(
    'v',
    (v) => (isIsoDate(v) ? v : undefined),
    (v) => (state.version = v),
  );
  take(
    'plan',
    (v) => (v === ALL_PLANS || tariff.plans.some((p) => p.id === v) ? v : undefined),
    (v) => (state.plan = v),
  );
  take(
    'minutes',
    (v) => wholeNumber(v, 0, REQUEST_LIMITS.minutesPerMonth),
    (v) => (state.minutes = v),
  );
  const { min, max } = tariff.settings.prepayYears;
  take(
    'years',
    (v) => wholeNumber(v, min, max),
    (v) => (state.years = v),
  );
  take(
    'invoice',
    (v) => (v === '1' ? true : v === '0' ? false : undefined),
    (v) => (state.invoice = v),
  );
  take(
    'grade',
    (v) => (tariff.grades.some((g) => g.id === v) ? v : undefined),
    (v) => {
      state.grade = v;
      state.by = 'grade';
    },
  );
  // A number is kept as typed (the engine judges it), but only digits and separators, and not too long.
  take(
    'number',
    (v) => (v.length <= MAX_NUMBER_TEXT && /^[\d０-９\s\-.()（）－．–—−‐\u200b]*$/u.test(v) ? v : undefined),
    (v) => {
      if (v === '') return;
      state.number = v;
      state.by = 'number';
    },
  );

  const addonList = params.get('addons');
  if (addonList !== null) {
    for (const id of addonList.split(',').filter(Boolean)) {
      const addon = findAddon(tariff, id);
      if (addon === undefined) {
        if (/^[a-z0-9]+(-[a-z0-9]+)*$/u.test(id) && id.length <= 40) dropped.push(id);
        else reset.push('addons');
        continue;
      }
      const quantities: Record<string, number> = {};
      for (const [name, spec] of Object.entries(addon.quantities)) {
        const key = `${id}.${name}`;
        const raw = params.get(key);
        const value = raw === null ? spec.default : wholeNumber(raw, spec.min, REQUEST_LIMITS.quantity);
        if (value === undefined) reset.push(key);
        quantities[name] = value ?? spec.default;
      }
      state.addons[id] = quantities;
    }
  }
  return { state, reset: [...new Set(reset)], dropped: [...new Set(dropped)] };
}

/** The query string for a state: only what differs from the defaults, so shared links stay short. */
export function writeState(tariff: SlimTariff, state: EstimatorState): string {
  const defaults = defaultState(tariff);
  const params = new URLSearchParams();
  if (state.plan !== defaults.plan) params.set('plan', state.plan);
  if (state.minutes !== defaults.minutes) params.set('minutes', String(state.minutes));
  if (state.years !== defaults.years) params.set('years', String(state.years));
  if (state.invoice) params.set('invoice', '1');
  if (state.by === 'number' && state.number !== '') params.set('number', state.number);
  else if (state.grade !== defaults.grade) params.set('grade', state.grade);
  const ids = tariff.addons.map((a) => a.id).filter((id) => state.addons[id] !== undefined);
  if (ids.length > 0) params.set('addons', ids.join(','));
  for (const id of ids) {
    const addon = findAddon(tariff, id);
    for (const [name, value] of Object.entries(state.addons[id] ?? {})) {
      if (addon?.quantities[name]?.default !== value) params.set(`${id}.${name}`, String(value));
    }
  }
  params.set('v', state.version);
  return `?${params.toString()}`;
}

/** An add-on chosen with its default quantities. */
export function addonDefaults(tariff: SlimTariff, id: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(findAddon(tariff, id)?.quantities ?? {}).map(([name, spec]) => [name, spec.default]),
  );
}

/**
 * A link to the estimator (or to 办理, which reads the same state) preset with
 * part of a state: the one way every page and widget builds one. `addons`
 * may list ids; each gets its default quantities.
 */
export function estimatorHref(
  tariff: SlimTariff,
  base: string,
  preset: Partial<Omit<EstimatorState, 'addons'>> & { addons?: string[] } = {},
  page: 'estimator/' | 'apply/' = 'estimator/',
): string {
  const { addons = [], ...rest } = preset;
  const state: EstimatorState = { ...defaultState(tariff), ...rest };
  if (rest.number !== undefined && rest.number !== '') state.by = 'number';
  state.addons = Object.fromEntries(addons.map((id) => [id, addonDefaults(tariff, id)]));
  return `${base}${page}${writeState(tariff, state)}`;
}

/** The engine's quote request for a state. */
export function requestOf(state: EstimatorState): RequestFields {
  return {
    ...(state.plan === ALL_PLANS ? {} : { plan: state.plan }),
    minutesPerMonth: state.minutes,
    prepayYears: state.years,
    invoice: state.invoice,
    ...(state.by === 'number' ? { number: state.number } : { grade: state.grade }),
    addons: state.addons,
  };
}

/** Everything a quote depends on: the version and the request. Equal keys, equal quotes. */
export function estimateKey(tariff: SlimTariff, state: EstimatorState): string {
  return JSON.stringify([tariff.settings.effective, requestOf(state)]);
}
