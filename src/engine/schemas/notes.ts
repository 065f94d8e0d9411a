import { z } from 'zod';
import { SlugSchema, SourceSchema } from './common';

export const NoteTopicSchema = z.enum(['plans', 'grades', 'addons', 'process', 'reseller']);

export const NoteSchema = z
  .object({
    id: SlugSchema,
    /** Which page shows the note. */
    topic: NoteTopicSchema,
    /** The published statement, as shown to visitors. */
    text: z.string().min(1),
    source: SourceSchema,
  })
  .strict();

export const ContactSchema = z
  .object({
    /** 全国统一热线 */
    hotline: z.string().min(1),
    /** 业务热线 */
    businessLine: z.string().min(1),
    address: z.string().min(1),
    /** 投诉建议 QQ */
    complaintsQQ: z.string().min(1),
    source: SourceSchema,
  })
  .strict();

export const NotesFileSchema = z.object({ notes: z.array(NoteSchema), contact: ContactSchema }).strict();

export type NoteTopic = z.output<typeof NoteTopicSchema>;
export type Note = z.output<typeof NoteSchema>;
export type Contact = z.output<typeof ContactSchema>;
