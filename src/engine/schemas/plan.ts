import { z } from 'zod';
import { CountSchema, DecimalSchema, SlugSchema, SourceSchema } from './common';
import { tagged } from '../../editor-messages/messages';

export const PlanKindSchema = z.enum(['monthly', 'annual']);
export type PlanKind = z.output<typeof PlanKindSchema>;

export const DealSchema = z
  .object({
    /** Prepaid years the deal applies to. */
    years: CountSchema.min(1),
    /** 元 taken off the prepaid amount (存2年减200元). */
    discount: DecimalSchema.optional(),
    /** Extra service years given free (存3年送1年). */
    freeYears: CountSchema.min(1).optional(),
  })
  .strict()
  .refine((deal) => (deal.discount === undefined) !== (deal.freeYears === undefined), {
    message: tagged('plan/deal-shape'),
  });

export const PlanSchema = z
  .object({
    id: SlugSchema,
    /** monthly (月套餐, 预存 per year) or annual (年套餐, 年最低消费). */
    kind: PlanKindSchema,
    /** 预存 per year (monthly) or 年最低消费 (annual), in 元. */
    yearly: DecimalSchema,
    /** 元 per minute, or "consult" (来电咨询). */
    rate: z.union([z.literal('consult'), DecimalSchema]),
    /** Highest grade the plan may take, by grade id … */
    maxGrade: SlugSchema.optional(),
    /** … or the highest monthly minimum of the ordinary numbers it may take. */
    maxMonthlyMinimum: DecimalSchema.optional(),
    /** Prepay deals, at most one per number of years. */
    deals: z.array(DealSchema),
    source: SourceSchema,
  })
  .strict()
  .superRefine((plan, ctx) => {
    if ((plan.maxGrade === undefined) === (plan.maxMonthlyMinimum === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxGrade'],
        message: tagged('plan/grade-limit'),
      });
    }
  });

export const PlansFileSchema = z.object({ plans: z.array(PlanSchema).min(1) }).strict();

export type Deal = z.output<typeof DealSchema>;
export type Plan = z.output<typeof PlanSchema>;
