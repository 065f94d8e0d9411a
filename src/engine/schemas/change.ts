import { z } from 'zod';
import { IsoDateSchema } from './common';
import { tagged } from '../messages';

/**
 * A dated change to the tariff (tariffs/changes/*.yaml), written by an editor
 * without copying the tariff: what changes, from which day, and a short
 * public note. Paths name items by id: `addons.ringback.charges.fee.amount`,
 * `plans.annual-1200.deals.2.discount` (a deal by its years),
 * `grades.special.patterns`, `settings.taxRate`, `contact.hotline`.
 */
export const CHANGE_COLLECTIONS = ['plans', 'grades', 'addons', 'notes'] as const;

const SetSchema = z.strictObject({
  /** The datum to change. */
  set: z.string().min(3),
  /** Its new value, written as in the tariff files (money quoted: "120"). */
  to: z.unknown(),
});

const AddSchema = z.strictObject({
  /** A new plan, grade, add-on or note, written as in its file (its source is this change). */
  add: z.enum(CHANGE_COLLECTIONS),
  item: z.record(z.string(), z.unknown()),
});

const WithdrawSchema = z.strictObject({
  /** A plan, grade, add-on or note that is no longer offered: `addons.voice-storage`. */
  withdraw: z.string().min(3),
});

export const ChangeOperationSchema = z.union([SetSchema, AddSchema, WithdrawSchema], {
  error: tagged('change/shape'),
});

export const ChangeFileSchema = z.strictObject({
  /** The first day the change is in force (Asia/Shanghai). */
  date: IsoDateSchema,
  /** Shown to visitors in the change log and announcements: one short sentence. */
  note: z.string().min(1).max(200),
  changes: z.array(ChangeOperationSchema).min(1),
});

export type ChangeOperation = z.output<typeof ChangeOperationSchema>;
export type ChangeFile = z.output<typeof ChangeFileSchema>;
