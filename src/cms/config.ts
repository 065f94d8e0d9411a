/**
 * The CMS's configuration (dist/admin/config.json), generated at build time
 * from the version in force and the zod schemas: the 资费变更 collection with
 * one form per kind of operation (its lists name every datum and item by
 * its Chinese words and current value), and the MDX page collections with
 * their frontmatter fields and a raw body with the 插入数据 form. Decap CMS
 * reads it (src/cms/admin/cms-init.js); nothing here is typed by hand per
 * add-on or field.
 */
import { changeTargets, withdrawTargets, type TargetType } from '../tariff-changes/change-targets';
import { ADD_KINDS, CHANGE_COLLECTIONS, SET_KINDS, WITHDRAW_KINDS } from '../engine/schemas/change';
import { AddonSchema } from '../engine/schemas/addon';
import { GradeSchema } from '../engine/schemas/grade';
import { NoteSchema } from '../engine/schemas/notes';
import { PlanSchema } from '../engine/schemas/plan';
import { FIELD_MEANINGS } from '../engine/schemas/field-names';
import { planName } from '../engine/labels';
import type { Tariff } from '../engine/tariff';
import { CONTENT_FOLDERS, MENU_PLACES, type ContentFolder } from '../content-files/frontmatter';
import { RESERVED_ADDRESSES } from '../content-files/addresses';
import { firstLines } from '../editor-messages/errors';
import { INVENTORY_FILE } from '../inventory/read';
import { jsonSchema } from '../editor-schemas/json-schemas';
import type { CmsBackend } from '../build-environment/cms-settings';
import { cmsFields, fieldKindsOf, MONEY_FIELD_PATTERN, shortMeaning, type CmsField } from './fields';
import { snippets } from './snippets';
import { CHANGES_FOLDER } from './edit-paths';
import { todayInShanghai } from '../engine/dates';

/** YYYY-MM-DD with a month and a day that can exist. */
const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/**
 * Where the local backend (decap-server's middleware) answers, on the site's
 * own origin; with its slash, as the dev server wants directory paths.
 */
export const LOCAL_BACKEND_PATH = '/api/v1/';

const ITEM_SCHEMAS = { plans: PlanSchema, grades: GradeSchema, addons: AddonSchema, notes: NoteSchema } as const;
const SET_TYPES: Record<keyof typeof SET_KINDS, TargetType> = {
  'set-price': 'price',
  'set-text': 'text',
  'set-list': 'list',
  'set-number': 'number',
};

const meaning = (field: string) => shortMeaning(FIELD_MEANINGS[field], field);

function backendConfig(cms: CmsBackend | undefined, localUrl: string): Record<string, unknown> {
  // Without a git host the local backend is the only one (the page resolves the path against its origin).
  if (cms === undefined) return { name: 'proxy', proxy_url: localUrl, branch: 'main' };
  const common = { repo: cms.repo, branch: cms.branch };
  switch (cms.name) {
    case 'gitea':
    case 'forgejo':
      return {
        name: cms.name,
        ...common,
        app_id: cms.appId,
        api_root: `${cms.baseUrl ?? ''}/api/v1`,
        base_url: cms.baseUrl,
        auth_endpoint: 'login/oauth/authorize',
      };
    case 'gitlab':
      return {
        name: 'gitlab',
        ...common,
        auth_type: 'pkce',
        app_id: cms.appId,
        ...(cms.baseUrl
          ? { api_root: `${cms.baseUrl}/api/v4`, base_url: cms.baseUrl, auth_endpoint: 'oauth/authorize' }
          : {}),
      };
    case 'github':
      return { name: 'github', ...common, base_url: cms.baseUrl };
  }
}

/** Backends whose pull/merge requests carry Decap's 草稿 → 待审核 → 可发布 workflow. */
const WORKFLOW_BACKENDS = new Set(['forgejo', 'gitlab', 'github']);

function changeTypes(tariff: Tariff): Record<string, unknown>[] {
  const kinds = { ...fieldKindsOf(Object.values(ITEM_SCHEMAS).map((s) => jsonSchema(s))), meaning };
  const targets = changeTargets(tariff, kinds);
  const setTypes = Object.entries(SET_KINDS).map(([kind, label]) => {
    const type = SET_TYPES[kind as keyof typeof SET_KINDS];
    const options = targets.filter((t) => t.type === type).map((t) => ({ label: t.label, value: t.path }));
    const to: CmsField =
      type === 'price'
        ? { name: 'to', label: '新的金额', widget: 'string', pattern: MONEY_FIELD_PATTERN, required: true }
        : type === 'list'
          ? { name: 'to', label: '新的内容', widget: 'list', field: { name: 'value', label: '一项', widget: 'string' } }
          : type === 'number'
            ? { name: 'to', label: '新的数量', widget: 'number', value_type: 'int', min: 0, required: true }
            : { name: 'to', label: '新的文字', widget: 'string', required: true };
    return {
      name: kind,
      label,
      widget: 'object',
      summary: '{{fields.set}} → {{fields.to}}',
      fields: [{ name: 'set', label: '要修改的数据', widget: 'select', options, required: true }, to],
    };
  });
  const withdraw = {
    name: Object.keys(WITHDRAW_KINDS)[0],
    label: WITHDRAW_KINDS.withdraw,
    widget: 'object',
    summary: '{{fields.withdraw}}',
    fields: [
      {
        name: 'withdraw',
        label: '停止受理哪一项',
        widget: 'select',
        options: withdrawTargets(tariff).map((t) => ({ label: t.label, value: t.path })),
        required: true,
      },
    ],
  };
  const adds = CHANGE_COLLECTIONS.map((collection) => ({
    name: `add-${collection}`,
    label: ADD_KINDS[`add-${collection}`],
    widget: 'object',
    summary: '{{fields.item.id}}',
    fields: [
      { name: 'add', label: '类别', widget: 'hidden', default: collection },
      {
        name: 'item',
        label: '内容',
        widget: 'object',
        // The source of a new item is the change itself: the engine writes it.
        fields: cmsFields(jsonSchema(ITEM_SCHEMAS[collection]), new Set(['source'])),
      },
    ],
  }));
  return [...setTypes, withdraw, ...adds];
}

const FOLDER_LABELS: Record<ContentFolder, { label: string; label_singular: string }> = {
  plans: { label: '套餐页面', label_singular: '套餐页面' },
  addons: { label: '附加功能页面', label_singular: '附加功能页面' },
  pages: { label: '其它页面', label_singular: '页面' },
};

/**
 * A topic page's address, typed when it is created: its file's name, and the
 * page's /网址/. The form refuses what check refuses: a name that is not an
 * address, or one the site's own pages take.
 */
const ADDRESS_FIELD: CmsField = {
  name: 'address',
  label: '网址',
  widget: 'string',
  required: true,
  hint: '页面的网址，如填 service 即 /service/：只用小写字母、数字和横线。新建后不要再改（改网址要同时改文件名）',
  pattern: [
    `^(?!(?:${[...RESERVED_ADDRESSES].join('|')})$)[a-z0-9]+(-[a-z0-9]+)*$`,
    `网址只用小写字母、数字和横线，如 service；不能用网站自己的网址：${[...RESERVED_ADDRESSES].join('、')}`,
  ],
};

/** Where else than search and the sitemap a topic page is linked from. */
const MENU_FIELD: CmsField = {
  name: 'menu',
  label: '菜单',
  widget: 'select',
  required: false,
  options: Object.entries(MENU_PLACES).map(([value, label]) => ({ label, value })),
  hint: '新页面放在哪个菜单里；不选则只能从搜索、网站地图和正文里的链接打开。菜单里原有的页面位置固定',
};

function pageCollection(folder: ContentFolder, tariff: Tariff): Record<string, unknown> {
  const fields = cmsFields(jsonSchema(CONTENT_FOLDERS[folder]), new Set()).map((field): CmsField => {
    // The item a page describes: picked from what the tariff offers, by name.
    if (field.name === 'plan')
      return {
        ...field,
        widget: 'select',
        options: tariff.plans.map((p) => ({ label: planName(tariff, p), value: p.id })),
      };
    if (field.name === 'addon')
      return { ...field, widget: 'select', options: tariff.addons.map((a) => ({ label: a.name, value: a.id })) };
    if (field.name === 'description')
      return {
        ...field,
        label: '页面简介',
        hint: '10 到 160 个字：搜索结果和分享卡片显示这段话',
        pattern: ['^[\\s\\S]{10,160}$', '页面简介要 10 到 160 个字'],
      };
    return field;
  });
  const idField = fields.find((f) => f.name === 'plan' || f.name === 'addon');
  return {
    name: folder,
    ...FOLDER_LABELS[folder],
    folder: `content/${folder}`,
    extension: 'mdx',
    format: 'frontmatter',
    // A plan's or add-on's page is named after its id, a topic page after the address typed for it.
    create: true,
    ...(idField
      ? {
          slug: `{{fields.${idField.name}}}`,
          identifier_field: idField.name,
          // Listed by their words: the description starts with the plan's or add-on's name.
          summary: `{{fields.description}}（{{fields.${idField.name}}}）`,
        }
      : { slug: '{{fields.address}}', identifier_field: 'title', summary: '{{fields.title}}（/{{fields.address}}/）' }),
    fields: [
      ...fields.map((field) => (field.name === 'address' ? ADDRESS_FIELD : field.name === 'menu' ? MENU_FIELD : field)),
      // The preview draws the body through Decap's Markdown preview: sanitized, whatever Decap's default.
      { name: 'body', label: '正文', widget: 'mdx-body', sanitize_preview: true, snippets: snippets(tariff) },
    ],
  };
}

/**
 * The number list 选号 shows (inventory/numbers.csv), replaced by a CSV file
 * chosen on the editor's computer (the csv-upload widget and the csv-text
 * format, in cms-init.js), checked as `check` checks it before it is saved.
 */
const INVENTORY_COLLECTION = {
  name: 'inventory',
  label: '可选号码',
  description: `选号页面列出的号码（${INVENTORY_FILE}）。在 Excel 里编辑好后另存为 CSV 文件，在这里选择它，再点“发布”。`,
  editor: { preview: false },
  // Decap reads a files collection's format from the collection, not from each file.
  format: 'csv-text',
  extension: 'csv',
  files: [
    {
      name: 'numbers',
      label: '号码清单',
      file: INVENTORY_FILE,
      fields: [
        {
          name: 'csv',
          label: '号码清单（CSV 文件）',
          widget: 'csv-upload',
          hint: '第一行是列名：number（号码，必填），其它列见编辑指南“可选号码”。Excel 另存的 GBK 文件会自动转为 UTF-8。',
        },
      ],
    },
  ],
};

/**
 * The whole configuration; `cms`: the production backend, or undefined (local
 * backend only); `localUrl`: the local backend's address, with the edit
 * server's key for this run when one serves it (src/cms/local-backend.ts).
 */
export function cmsConfig(
  tariff: Tariff,
  cms: CmsBackend | undefined,
  localUrl: string = LOCAL_BACKEND_PATH,
  problems: readonly string[] = [],
): Record<string, unknown> {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: backendConfig(cms, localUrl),
    local_backend: { url: localUrl },
    ...(cms && WORKFLOW_BACKENDS.has(cms.name) ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    collections: [
      {
        name: 'changes',
        label: '资费变更',
        label_singular: '资费变更',
        description: [
          ...(problems.length > 0
            ? [
                `⚠ 检查发现 ${problems.length} 个问题，网站暂时无法生成（下面的表单按已发布的资费显示）：请打开对应的文件改正或删除。`,
                ...firstLines(problems, 5),
                '',
              ]
            : []),
          '每个文件是从某天起生效的一次调整。价格只在这里改；改完后网站按生效日期自动切换。',
        ].join('\n'),
        folder: CHANGES_FOLDER,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'note',
        // The date and the time of saving: short and bounded whatever the note's length (the note stays inside the file).
        slug: '{{fields.date}}-{{hour}}{{minute}}{{second}}',
        summary: '{{date}} · {{note}}',
        // Listed by date, the latest first, as /changes/ lists them (not in the order the files were saved).
        sortable_fields: [{ field: 'date', label: '生效日期', default_sort: 'desc' }],
        editor: { preview: false },
        fields: [
          {
            // Typed, not picked: Decap's date picker fills 现在 with the machine's (or UTC's) date and
            // empties a date it cannot read. A date that does not exist (02-30) is refused before saving.
            name: 'date',
            label: '生效日期',
            widget: 'string',
            hint: `从这一天起按新资费（北京时间）。写成 年-月-日，如 2027-01-01；今天是 ${todayInShanghai()}`,
            pattern: [DATE_PATTERN, '生效日期写成 年-月-日，如 2027-01-01（月 01–12，日 01–31）'],
          },
          {
            name: 'note',
            label: '对外说明',
            widget: 'string',
            hint: FIELD_MEANINGS['note'],
            // At least one character besides spaces (check refuses a blank note), at most 200.
            pattern: ['^(?=[\\s\\S]*\\S)[\\s\\S]{1,200}$', '对外说明写一句话（不能只有空格），不超过 200 个字'],
          },
          {
            name: 'changes',
            label: '调整内容',
            label_singular: '一项调整',
            widget: 'list',
            typeKey: 'kind',
            min: 1,
            types: changeTypes(tariff),
          },
        ],
      },
      ...(['plans', 'addons', 'pages'] as const).map((folder) => pageCollection(folder, tariff)),
      INVENTORY_COLLECTION,
    ],
  };
}
