import { z } from 'zod';
import { IsoDateSchema } from './common';
import { tagged } from '../../editor-messages/messages';

/**
 * A dated change to the tariff (tariffs/changes/*.yaml), written by an editor
 * without copying the tariff: what changes, from which day, and a short
 * public note. Paths name items by id: `addons.ringback.charges.fee.amount`,
 * `plans.annual-1200.deals.2.discount` (a deal by its years),
 * `grades.special.patterns`, `settings.taxRate`, `contact.hotline`.
 */
export const CHANGE_COLLECTIONS = ['plans', 'grades', 'addons', 'notes'] as const;

/**
 * The optional `kind:` of an operation, with its name in the CMS (/admin/),
 * which writes it to tell its forms apart; files written by hand may leave it
 * out. A kind must agree with the operation it stands beside.
 */
export const SET_KINDS = { 'set-price': '调整价格', 'set-text': '修改文字', 'set-list': '修改列表（如尾号规则）', 'set-number': '修改数量' } as const;
export const ADD_KINDS = {
  'add-plans': '新增套餐',
  'add-grades': '新增号码等级',
  'add-addons': '新增附加功能',
  'add-notes': '新增说明',
} as const satisfies Record<`add-${(typeof CHANGE_COLLECTIONS)[number]}`, string>;
export const WITHDRAW_KINDS = { withdraw: '停止受理' } as const;
const kindOf = <T extends Record<string, string>>(kinds: T) =>
  z.enum(Object.keys(kinds) as [keyof T & string, ...(keyof T & string)[]]).optional();

const SetSchema = z.strictObject({
  kind: kindOf(SET_KINDS),
  /** The datum to change. */
  set: z.string().min(3),
  /** Its new value, written as in the tariff files (money quoted: "120"). */
  to: z.unknown(),
});

const AddSchema = z
  .strictObject({
    kind: kindOf(ADD_KINDS),
    /** A new plan, grade, add-on or note, written as in its file (its source is this change). */
    add: z.enum(CHANGE_COLLECTIONS),
    item: z.record(z.string(), z.unknown()),
  })
  .refine((op) => op.kind === undefined || op.kind === `add-${op.add}`);

const WithdrawSchema = z.strictObject({
  kind: kindOf(WITHDRAW_KINDS),
  /** A plan, grade, add-on or note that is no longer offered: `addons.voice-storage`. */
  withdraw: z.string().min(3),
});

export const ChangeOperationSchema = z.union([SetSchema, AddSchema, WithdrawSchema], {
  error: tagged('change/shape'),
});

export const ChangeFileSchema = z.strictObject({
  /** The first day the change is in force (Asia/Shanghai). */
  date: IsoDateSchema,
  /** Shown to visitors in the change log and announcements: one short sentence (spaces alone are no sentence). */
  note: z.string().trim().min(1).max(200),
  changes: z.array(ChangeOperationSchema).min(1),
});

export type ChangeOperation = z.output<typeof ChangeOperationSchema>;
export type ChangeFile = z.output<typeof ChangeFileSchema>;
