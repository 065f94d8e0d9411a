import { z } from 'zod';
import { CountSchema, DecimalSchema, SlugSchema, SourceSchema } from './common';
import { tagged } from '../../editor-messages/messages';

/** A quantity's name as it appears in a quote request: "files", "extraExtensions". */
const QuantityNameSchema = z.string().regex(/^[a-z][a-zA-Z]{0,39}$/, {
  error: (issue) => tagged('field/quantity-name', { got: JSON.stringify(issue.input) }),
});

const QuantitySpecSchema = z
  .object({
    /** What the number counts, shown beside its input. */
    label: z.string().min(1),
    /** Unit shown after the number: 个, 线, 部 … */
    unit: z.string().min(1),
    /** Used when a request leaves the quantity out. */
    default: CountSchema,
    /** Smallest allowed value. */
    min: CountSchema,
  })
  .strict()
  .refine((spec) => spec.default >= spec.min, { message: tagged('addon/default-below-min'), path: ['default'] });

export const ChargePeriodSchema = z.enum(['year', 'month', 'once']);

const TierStepSchema = z
  .object({
    /** This step's amount applies while the quantity is at most upTo. */
    upTo: CountSchema.min(1),
    amount: DecimalSchema,
  })
  .strict();

export const ChargeSchema = z
  .object({
    /** Unique within the add-on; a quote line is "<add-on>.<charge>". */
    id: SlugSchema,
    label: z.string().min(1),
    /** year: every service year; month: every month; once: one-off. */
    period: ChargePeriodSchema,
    /** 元 per period (and per unit, with "per"). */
    amount: DecimalSchema.optional(),
    /** The amount chosen by a quantity; past the last step it is 来电咨询. */
    tiers: z
      .object({ by: QuantityNameSchema, steps: z.array(TierStepSchema).min(1) })
      .strict()
      .optional(),
    /** Charge per unit of this quantity … */
    per: QuantityNameSchema.optional(),
    /** … beyond this many free units. */
    free: CountSchema.optional(),
    /** Charge only while a quantity is within min/max. */
    when: z
      .object({ quantity: QuantityNameSchema, min: CountSchema.optional(), max: CountSchema.optional() })
      .strict()
      .optional(),
    /** The published words for this charge's price, where the add-on's own quote does not state it. */
    source: SourceSchema.optional(),
  })
  .strict()
  .superRefine((charge, ctx) => {
    if ((charge.amount === undefined) === (charge.tiers === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: tagged('addon/amount-or-tiers') });
    }
    if (charge.free !== undefined && charge.per === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['free'],
        message: tagged('addon/free-needs-per'),
      });
    }
    const steps = charge.tiers?.steps ?? [];
    steps.forEach((step, i) => {
      const previous = steps[i - 1];
      if (previous !== undefined && step.upTo <= previous.upTo) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', 'steps', i, 'upTo'],
          message: tagged('addon/steps-order'),
        });
      }
    });
  });

const NeedSchema = z
  .object({
    /** The add-on that must be opened too. */
    id: SlugSchema,
    /** Its quantities when it is added for this need. */
    quantities: z.record(QuantityNameSchema, CountSchema).optional(),
  })
  .strict();

export const AddonSchema = z
  .object({
    id: SlugSchema,
    /** Name shown to visitors, e.g. 彩铃功能. */
    name: z.string().min(1),
    /** One line from the source, for tables and the estimator. */
    summary: z.string().min(1),
    quantities: z.record(QuantityNameSchema, QuantitySpecSchema).default({}),
    /** No charges: a free add-on. */
    charges: z.array(ChargeSchema),
    needs: z.array(NeedSchema).default([]),
    /** Add-ons whose fees this one includes. */
    includes: z.array(SlugSchema).default([]),
    source: SourceSchema,
  })
  .strict();

export const AddonsFileSchema = z.object({ addons: z.array(AddonSchema).min(1) }).strict();

export type Charge = z.output<typeof ChargeSchema>;
export type Addon = z.output<typeof AddonSchema>;
