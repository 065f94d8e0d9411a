/**
 * Frontmatter of the MDX pages in content/. One schema per folder; the
 * build's content collections and `npm run tariff -- check` both use them.
 */
import { z } from 'zod';
import { SlugSchema } from '../engine/schemas/common';
import { tagged } from '../editor-messages/messages';

const describeLength = (issue: { input?: unknown }) =>
  tagged('page/description', { length: typeof issue.input === 'string' ? [...issue.input].length : 0 });
const DescriptionSchema = z.string().min(10, { error: describeLength }).max(160, { error: describeLength });

/** content/plans/<plan id>.mdx */
export const PlanPageSchema = z
  .object({
    /** The plan this page describes (an id from tariffs/plans.yaml). */
    plan: SlugSchema,
    description: DescriptionSchema,
  })
  .strict();

/** content/addons/<add-on id>.mdx */
export const AddonPageSchema = z
  .object({
    /** The add-on this page describes (an id from tariffs/addons.yaml). */
    addon: SlugSchema,
    description: DescriptionSchema,
  })
  .strict();

/** Where a topic page is linked from besides search and the sitemap: the header's navigation, or the footer. */
export const MENU_PLACES = { header: '主导航（页面顶部）', footer: '页脚' } as const;

/** content/pages/<slug>.mdx: grades, how a quote works, 办理流程, 联系我们 … */
export const TopicPageSchema = z
  .object({
    title: z.string().min(1),
    /** The page's address, /<address>/: the file's name (written so the CMS can name a new page's file). */
    address: SlugSchema.optional().describe('网址：/网址/，只用小写字母、数字和横线，与文件名相同'),
    menu: z
      .enum(Object.keys(MENU_PLACES) as [keyof typeof MENU_PLACES, ...(keyof typeof MENU_PLACES)[]])
      .optional()
      .describe('菜单：header 主导航，footer 页脚；不写则只在搜索和网站地图里'),
    description: DescriptionSchema,
  })
  .strict();

export const CONTENT_FOLDERS = {
  plans: PlanPageSchema,
  addons: AddonPageSchema,
  pages: TopicPageSchema,
} as const;
export type ContentFolder = keyof typeof CONTENT_FOLDERS;
