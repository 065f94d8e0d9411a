/**
 * The data components MDX pages may use, what each prop names, and their
 * names for editors: read by the page check (body.ts) and by the CMS's
 * insert form (src/cms/snippets.ts). Components are in src/components/mdx.ts.
 */
import type { Tariff } from '../engine/index';
import { SETTING_WORDS } from '../engine/labels';
import { NoteTopicSchema } from '../engine/schemas/notes';
import { PlanKindSchema } from '../engine/schemas/plan';

export type PropKind = 'plan' | 'priced' | 'charge' | 'setting' | 'note' | 'topic' | 'kind';

interface ComponentSpec {
  /** What an editor calls it. */
  word: string;
  required: Record<string, PropKind>;
  optional: Record<string, PropKind>;
}

/** The data components, their props (required first) and what each prop names. */
export const COMPONENTS: Record<string, ComponentSpec> = {
  Price: { word: '价格', required: { of: 'priced' }, optional: { charge: 'charge' } },
  Rate: { word: '每分钟资费', required: { of: 'plan' }, optional: {} },
  Deals: { word: '预存优惠', required: { of: 'plan' }, optional: {} },
  GradeLimit: { word: '可选号码', required: { of: 'plan' }, optional: {} },
  Setting: { word: '资费设置', required: { name: 'setting' }, optional: {} },
  Note: { word: '一条说明', required: { id: 'note' }, optional: {} },
  Notes: { word: '一组说明', required: { topic: 'topic' }, optional: {} },
  PlanTable: { word: '套餐表', required: {}, optional: { kind: 'kind' } },
  GradeTable: { word: '号码等级表', required: {}, optional: {} },
  AddonTable: { word: '附加功能表', required: {}, optional: {} },
  ContactCard: { word: '联系方式', required: {}, optional: {} },
  Reading: { word: '本站对资费表的理解', required: {}, optional: {} },
};
export const COMPONENT_NAMES = Object.keys(COMPONENTS);

/** The settings <Setting name="…"/> shows (src/components/Setting.astro). */
export const SETTING_NAMES = {
  taxRate: SETTING_WORDS.taxRate,
  vipThreshold: SETTING_WORDS.vipThreshold,
  consultPhone: SETTING_WORDS.consultPhone,
} as const;
export type SettingName = keyof typeof SETTING_NAMES;

export const KIND_WORDS: Record<PropKind, string> = {
  plan: '套餐',
  priced: '套餐或附加功能',
  charge: '收费项',
  setting: '设置',
  note: '说明',
  topic: '说明分类',
  kind: '套餐类别',
};

/** The values a prop may take in a version (`of`: the item a charge belongs to). */
export function allowed(kind: PropKind, tariff: Tariff, of: string | undefined): string[] {
  switch (kind) {
    case 'plan':
      return tariff.plans.map((p) => p.id);
    case 'priced':
      return [...tariff.plans, ...tariff.addons].map((p) => p.id);
    case 'charge':
      return tariff.addons.find((a) => a.id === of)?.charges.map((c) => c.id) ?? [];
    case 'setting':
      return Object.keys(SETTING_NAMES);
    case 'note':
      return tariff.notes.map((n) => n.id);
    case 'topic':
      return NoteTopicSchema.options;
    case 'kind':
      return PlanKindSchema.options;
  }
}
