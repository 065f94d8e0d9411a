/**
 * A tariff: the validated, cross-checked contents of the tariffs/ files.
 * It is a plain JSON-safe value (money as decimal strings), so the build can
 * hand it to the browser widgets as it is; the engine's functions take it as
 * an argument rather than reading any module-level data. Types only: the
 * schemas that produce it (zod) stay on the build side (parse-tariff.ts).
 */
import type { Grade } from './schemas/grade';
import type { Plan } from './schemas/plan';
import type { Addon, Charge } from './schemas/addon';
import type { TariffSettings } from './schemas/settings';
import type { Contact, Note } from './schemas/notes';

export interface Tariff {
  settings: TariffSettings;
  /** Lowest grade first (ordinary by monthly minimum, then special, then super). */
  grades: Grade[];
  /** Cheapest first: by yearly amount, ties in file order. */
  plans: Plan[];
  /** In the order of the file (the source's order). */
  addons: Addon[];
  notes: Note[];
  contact: Contact;
}

/** Fields that document a datum (its quote from the source, a summary): the pages show them; no computation reads them. */
export const DOCUMENTATION_FIELDS = [
  'source',
  'taxSource',
  'vipSource',
  'consultSource',
  'effectiveSource',
  'summary',
] as const;
type DocumentationField = (typeof DOCUMENTATION_FIELDS)[number];

/** A field a dated change's own date and note stand for (the effective date, a source): never set by a change. */
export const isSetByChange = (field: string): boolean =>
  field === 'effective' || field === 'source' || field.endsWith('Source');

/** A value without its documentation fields, at any depth. */
export type Slim<T> = T extends readonly (infer U)[]
  ? Slim<U>[]
  : T extends object
    ? { [K in keyof T as Exclude<K, DocumentationField>]: Slim<T[K]> }
    : T;

/**
 * What the engine computes with: a tariff with or without its documentation.
 * Every Tariff is one; the widgets are handed slimTariff's (slim.ts), so what
 * they run takes this, never a Tariff.
 */
export type SlimTariff = Slim<Tariff>;
export type SlimPlan = Slim<Plan>;
export type SlimGrade = Slim<Grade>;
export type SlimAddon = Slim<Addon>;
export type SlimCharge = Slim<Charge>;
export type SlimContact = Slim<Contact>;

/** The parsed (not yet validated) contents of each tariff file. */
export interface RawTariff {
  tariff: unknown;
  grades: unknown;
  plans: unknown;
  addons: unknown;
  notes: unknown;
}

export type TariffFileKey = keyof RawTariff;

export const TARIFF_FILES: Record<TariffFileKey, string> = {
  tariff: 'tariffs/tariff.yaml',
  grades: 'tariffs/grades.yaml',
  plans: 'tariffs/plans.yaml',
  addons: 'tariffs/addons.yaml',
  notes: 'tariffs/notes.yaml',
};
