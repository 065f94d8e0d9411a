import { z } from 'zod';
import { CountSchema, DecimalSchema, IsoDateSchema, SlugSchema, SourceSchema } from './common';
import { amount } from '../money';
import { tagged } from '../../editor-messages/messages';

/** A decimal setting kept to a sane range, so a slip ("0.8" for "0.08") fails the check. */
const between = (min: string, max: string, what: string) =>
  DecimalSchema.refine((v) => amount(v).greaterThanOrEqualTo(min) && amount(v).lessThanOrEqualTo(max), {
    message: tagged('setting/range', { what, min, max }),
  });

const PlanKindSettingsSchema = z
  .object({
    /** 月套餐 / 年套餐. */
    name: z.string().min(1),
    /** What the yearly amount is called: 预存 / 年最低消费. */
    yearlyLabel: z.string().min(1),
    /** Plans of this kind give add-ons' yearly fees free (开通送附加功能). */
    waivesAddonYearlyFees: z.boolean(),
    /** Add-ons left out of that (中继、防伪除外). */
    waiverExcept: z.array(SlugSchema),
    source: SourceSchema,
  })
  .strict();

export const TariffSettingsSchema = z
  .object({
    id: SlugSchema,
    name: z.string().min(1),
    /** The date this version of the tariff took effect (the published page's: 2016-04-10). */
    effective: IsoDateSchema,
    effectiveSource: SourceSchema,
    carrier: z.string().min(1),
    source: SourceSchema,
    /** Share of the pre-tax subtotal added for an invoice: "0.08". */
    taxRate: between('0', '0.3', '发票税率'),
    taxSource: SourceSchema,
    /** A pre-tax subtotal at or above this is flagged for the key-account manager. */
    vipThreshold: between('1', '100000000', '大客户专属服务门槛'),
    vipSource: SourceSchema,
    prepayYears: z.object({ min: CountSchema.min(1).max(10), max: CountSchema.min(1).max(10) }).strict(),
    /** Phone for 来电咨询. */
    consultPhone: z.string().min(1),
    consultSource: SourceSchema,
    kinds: z.object({ monthly: PlanKindSettingsSchema, annual: PlanKindSettingsSchema }).strict(),
  })
  .strict()
  .refine((s) => s.prepayYears.min <= s.prepayYears.max, {
    message: tagged('setting/prepay-order'),
    path: ['prepayYears'],
  });

export type TariffSettings = z.output<typeof TariffSettingsSchema>;
