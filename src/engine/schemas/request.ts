import { z } from 'zod';
import { IsoDateSchema } from './common';
import { REQUEST_LIMITS } from '../limits';
import { normaliseNumber } from '../number';
import type { Tariff } from '../tariff';

/**
 * The quote request (§6 of the rules) as a zod schema built from a tariff's
 * data: its plan, grade and add-on ids, each add-on's quantities with their
 * minimums, the prepay range and the request limits. The engine itself checks
 * requests by hand (request.ts), because that check runs in the browser; this
 * schema is the declarative statement of the same contract, held to the hand
 * check by a test, and the source of the request's JSON Schema.
 */
export function quoteRequestSchema(tariff: Tariff) {
  const ids = <T extends { id: string }>(items: T[]) => items.map((item) => item.id) as [string, ...string[]];
  const whole = (min: number, max: number) => z.number().int().min(min).max(max);
  const addons = Object.fromEntries(
    tariff.addons.map((addon) => [
      addon.id,
      z
        .strictObject(
          Object.fromEntries(
            Object.entries(addon.quantities).map(([name, spec]) => [
              name,
              whole(spec.min, REQUEST_LIMITS.quantity).optional(),
            ]),
          ),
        )
        .describe(addon.name),
    ]),
  );
  const { min, max } = tariff.settings.prepayYears;
  return z
    .strictObject({
      plan: z.enum(ids(tariff.plans)).optional(),
      minutesPerMonth: whole(0, REQUEST_LIMITS.minutesPerMonth),
      prepayYears: whole(min, max),
      invoice: z.boolean().optional(),
      number: z
        .string()
        .refine((text) => normaliseNumber(text).ok, 'not a valid 400 number')
        .optional(),
      grade: z.enum(ids(tariff.grades)).optional(),
      addons: z.strictObject(addons).partial().optional(),
      date: IsoDateSchema.optional(),
    })
    .refine((request) => request.number === undefined || request.grade === undefined, {
      message: 'give a number or a grade, not both',
      path: ['grade'],
    });
}
