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
    /**
     * ICP 备案号 (a site hosted in mainland China must show it), e.g. 豫ICP备12345678号-1.
     * Not published on the source page: marketing adds it when the site has one.
     */
    icp: z
      .string()
      .regex(
        /^[\u4e00-\u9fa5]ICP备\d{6,10}号(-\d{1,3})?$/u,
        'write the ICP number as issued, such as "豫ICP备12345678号-1"',
      )
      .optional(),
    source: SourceSchema,
  })
  .strict();

export const NotesFileSchema = z.object({ notes: z.array(NoteSchema), contact: ContactSchema }).strict();

export type NoteTopic = z.output<typeof NoteTopicSchema>;
export type Note = z.output<typeof NoteSchema>;
export type Contact = z.output<typeof ContactSchema>;
