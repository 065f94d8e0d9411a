import { z } from 'zod';
import { DecimalSchema, SlugSchema, SourceSchema } from './common';
import { tagged } from '../../editor-messages/messages';

/**
 * A tail pattern: capital letters stand for digits (different letters are
 * different digits), digits stand for themselves. "AABB", "88".
 */
const PatternSchema = z
  .string()
  .regex(/^[A-Z0-9]{2,10}$/, { error: (issue) => tagged('field/pattern', { got: JSON.stringify(issue.input) }) });

const GradeKindSchema = z.enum(['ordinary', 'special', 'super']);

export const GradeSchema = z
  .object({
    id: SlugSchema,
    /** ordinary (普通号码, with a monthly minimum), special (特级) or super (超级). */
    kind: GradeKindSchema,
    /** Name shown to visitors, e.g. 特级号码. */
    name: z.string().min(1),
    /** 月最低消费 in 元; ordinary grades only. Orders the ordinary grades. */
    monthlyMinimum: DecimalSchema.optional(),
    /** The grade of a number that matches no pattern (exactly one grade). */
    default: z.boolean().default(false),
    /** Tail patterns that put a number in this grade. */
    patterns: z.array(PatternSchema),
    source: SourceSchema,
  })
  .strict()
  .superRefine((grade, ctx) => {
    if (grade.kind === 'ordinary' && grade.monthlyMinimum === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['monthlyMinimum'],
        message: tagged('grade/needs-minimum'),
      });
    }
    if (grade.kind !== 'ordinary' && grade.monthlyMinimum !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['monthlyMinimum'],
        message: tagged('grade/no-minimum', { kind: grade.kind === 'special' ? '特级' : '超级' }),
      });
    }
  });

export const GradesFileSchema = z.object({ grades: z.array(GradeSchema).min(1) }).strict();

export type Grade = z.output<typeof GradeSchema>;
