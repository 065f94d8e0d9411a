import { z } from 'zod';
import { SlugSchema, SourceSchema } from './common';
import { tagged } from '../../editor-messages/messages';
import { EMAIL_ADDRESS, EMAIL_MAX_LENGTH } from '../email';

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
      .regex(/^[\u4e00-\u9fa5]ICP备\d{6,10}号(-\d{1,3})?$/u, tagged('contact/icp'))
      .optional(),
    /**
     * Where 办理 applications may be e-mailed (the 发送邮件 button). The source
     * gives no address: the button is hidden until marketing sets one.
     */
    applyEmail: z
      .string()
      // One plain address: nothing a mailto: link would read as a second recipient or a query.
      .max(EMAIL_MAX_LENGTH, tagged('contact/email'))
      .regex(EMAIL_ADDRESS, tagged('contact/email'))
      .optional(),
    /**
     * A form service that takes 办理 applications as JSON (POST), off unless set.
     * HTTPS only (plain http only on this machine, for previews and tests); it
     * must allow cross-origin requests from the site (CORS).
     */
    applyEndpoint: z.string().refine(isEndpoint, tagged('contact/endpoint')).optional(),
    /**
     * Partner sites that may show the embedded estimator and checker
     * (/embed/): their origins as a Content-Security-Policy frame-ancestors
     * list, or "*" for any site. Without it only this site may frame them.
     */
    embedOrigins: z
      .array(z.string().regex(/^(\*|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?)$/u, tagged('contact/embed-origin')))
      .max(50)
      .optional(),
    source: SourceSchema,
  })
  .strict();

/** An HTTPS address, or http on this machine (localhost) for previews and tests. */
function isEndpoint(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    );
  } catch {
    return false;
  }
}

export const NotesFileSchema = z.object({ notes: z.array(NoteSchema), contact: ContactSchema }).strict();

export type NoteTopic = z.output<typeof NoteTopicSchema>;
export type Note = z.output<typeof NoteSchema>;
export type Contact = z.output<typeof ContactSchema>;
