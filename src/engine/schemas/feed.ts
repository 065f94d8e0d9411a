import { z } from 'zod';
import { AddonSchema } from './addon';
import { IsoDateSchema } from './common';
import { GradeSchema } from './grade';
import { ContactSchema, NoteSchema } from './notes';
import { PlanSchema } from './plan';
import { TariffSettingsSchema } from './settings';

/**
 * The public price feed (/tariff.json) for partners and search engines: the
 * tariff in force and any scheduled versions, as the data files' own schemas
 * describe them. /tariff.schema.json is generated from this (z.toJSONSchema),
 * never written by hand.
 */
const TariffVersionSchema = z.strictObject({
  settings: TariffSettingsSchema,
  grades: z.array(GradeSchema),
  plans: z.array(PlanSchema),
  addons: z.array(AddonSchema),
  notes: z.array(NoteSchema),
  contact: ContactSchema,
});

const ChangedDatumSchema = z.strictObject({
  op: z.enum(['set', 'add', 'withdraw']),
  path: z.string(),
  what: z.string(),
  unit: z.string().optional(),
  old: z.unknown().optional(),
  new: z.unknown().optional(),
});

export const FeedSchema = z.strictObject({
  $schema: z.string(),
  name: z.string(),
  carrier: z.string(),
  currency: z.literal('CNY'),
  /** The day the site was built for (Asia/Shanghai). */
  generated: IsoDateSchema,
  /** The effective date of the version in force on `generated`. */
  current: IsoDateSchema,
  /** The version in force, then any scheduled ones, by effective date. */
  versions: z.array(TariffVersionSchema).min(1),
  /** Every change since publication, newest first. */
  changes: z.array(
    z.strictObject({ date: IsoDateSchema, note: z.string(), file: z.string(), items: z.array(ChangedDatumSchema) }),
  ),
});

export type Feed = z.output<typeof FeedSchema>;

/** The feed's JSON Schema (draft 2020-12), from the zod schema. */
export function feedJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FeedSchema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' });
}
