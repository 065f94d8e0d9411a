/**
 * Content collections over ../content. The frontmatter schemas are the ones
 * `npm run tariff -- check` uses, so the build and the CLI agree.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AddonPageSchema, PlanPageSchema, TopicPageSchema } from './content-files/frontmatter';

export const collections = {
  plans: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/plans' }), schema: PlanPageSchema }),
  addons: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/addons' }), schema: AddonPageSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: TopicPageSchema }),
};
