/**
 * The CMS's configuration is generated from the tariff and the schemas: a
 * datum, an add-on or a schema field shows up in it with no hand edit, and
 * its money fields refuse what the tariff files would.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { MONEY_FIELD_PATTERN } from '../../src/cms/fields';
import { AddonSchema } from '../../src/engine/schemas/addon';
import { ChangeFileSchema } from '../../src/engine/schemas/change';
import { jsonSchema } from '../../src/editor-schemas/json-schemas';
import { isRecord } from '../../src/engine/records';
import { todayInShanghai } from '../../src/engine/dates';
import type { Tariff } from '../../src/engine/tariff';
import { tariff } from '../helpers/tariff';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsTariff } from '../../src/cms/cms-tariff';
import { copyProject } from '../helpers/project-copy';

type Node = Record<string, unknown>;
const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? value.filter(isRecord) : []);

function changeTypes(config: Node): Node[] {
  const changes = asNodes(config['collections']).find((c) => c['name'] === 'changes');
  return asNodes(asNodes(changes?.['fields']).find((f) => f['name'] === 'changes')?.['types']);
}
const typeNamed = (config: Node, name: string) => changeTypes(config).find((t) => t['name'] === name) ?? {};
const fieldOf = (node: Node, name: string) => asNodes(node['fields']).find((f) => f['name'] === name) ?? {};
const options = (field: Node) => asNodes(field['options']).map((o) => [o['value'], o['label']]);

describe('the CMS configuration', () => {
  const config = cmsConfig(tariff, undefined);

  it('is in Chinese and starts with the local backend only', () => {
    expect(config['locale']).toBe('zh_Hans');
    expect(config['backend']).toEqual({ name: 'proxy', proxy_url: '/api/v1/', branch: 'main' });
    expect(asNodes(config['collections']).map((c) => [c['name'], c['label']])).toEqual([
      ['changes', '资费变更'],
      ['plans', '套餐页面'],
      ['addons', '附加功能页面'],
      ['pages', '其它页面'],
      ['inventory', '可选号码'],
    ]);
    // Plan and add-on pages listed by their words, the id after them; other pages by their title.
    const summaries = asNodes(config['collections']).map((c) => [c['name'], c['summary'], c['identifier_field']]);
    expect(summaries).toContainEqual(['addons', '{{fields.description}}（{{fields.addon}}）', 'addon']);
    expect(summaries).toContainEqual(['plans', '{{fields.description}}（{{fields.plan}}）', 'plan']);
    expect(summaries).toContainEqual(['pages', '{{fields.title}}（/{{fields.address}}/）', 'title']);
    // A new topic page: its file named after the address typed, refused in the form where check refuses it.
    const topics = asNodes(config['collections']).find((c) => c['name'] === 'pages') ?? {};
    expect([topics['create'], topics['slug'], topics['label_singular']]).toEqual([true, '{{fields.address}}', '页面']);
    const [pattern] = fieldOf(topics, 'address')['pattern'] as [string, string];
    const address = new RegExp(pattern, 'u');
    expect(['service', 'after-sales-2'].map((a) => address.test(a))).toEqual([true, true]);
    expect(['checker', 'plans', 'Service', '服务', 'a--b', ''].map((a) => address.test(a))).toEqual(
      Array(6).fill(false),
    );
    expect(options(fieldOf(topics, 'menu'))).toEqual([
      ['header', '主导航（页面顶部）'],
      ['footer', '页脚'],
    ]);
    // A page body is previewed as sanitized HTML, in every page collection.
    for (const name of ['plans', 'addons', 'pages']) {
      const pages = asNodes(config['collections']).find((c) => c['name'] === name) ?? {};
      expect(fieldOf(pages, 'body')).toMatchObject({ widget: 'mdx-body', sanitize_preview: true });
    }
    // Changes listed by their date, the latest first.
    const changes = asNodes(config['collections']).find((c) => c['name'] === 'changes');
    expect(changes?.['sortable_fields']).toEqual([{ field: 'date', label: '生效日期', default_sort: 'desc' }]);
  });

  it('takes the date as typed, YYYY-MM-DD with a month and day that can exist, and names today in Beijing', () => {
    const changes = asNodes(config['collections']).find((c) => c['name'] === 'changes') ?? {};
    const date = fieldOf(changes, 'date');
    expect(date['widget']).toBe('string');
    const [pattern = '', message] = date['pattern'] as [string, string];
    const fits = (text: string) => new RegExp(pattern, 'u').test(text);
    expect(['2027-01-01', '2027-12-31', '2030-02-29'].filter(fits)).toHaveLength(3);
    expect(
      ['2027-13-01', '2027-00-10', '2027-1-1', '2027-01-32', '27-01-01', ' 2027-01-01', '2027/01/01'].filter(fits),
    ).toEqual([]);
    expect(message).toBe('生效日期写成 年-月-日，如 2027-01-01（月 01–12，日 01–31）');
    expect(date['hint']).toBe(
      `从这一天起按新资费（北京时间）。写成 年-月-日，如 2027-01-01；今天是 ${todayInShanghai()}`,
    );
  });

  it('a rate takes a price or the word consult, which the form and the list explain', () => {
    const found: Node[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (isRecord(value)) {
        if (value['name'] === 'rate' && Array.isArray(value['pattern'])) found.push(value);
        Object.values(value).forEach(walk);
      }
    };
    walk(config);
    expect(found.length).toBeGreaterThan(0);
    for (const field of found) expect((field['pattern'] as string[])[1]).toMatch(/；或填写 consult，即来电咨询$/u);
    const texts = options(fieldOf(typeNamed(config, 'set-text'), 'set'));
    expect(texts).toContainEqual(['plans.annual-80000.rate', expect.stringMatching(/（现为 consult，即来电咨询）$/u)]);
  });

  it('lists every price an editor may change by its words and current value', () => {
    const prices = options(fieldOf(typeNamed(config, 'set-price'), 'set'));
    expect(prices).toContainEqual(['addons.ringback.charges.fee.amount', '彩铃功能 · 功能费（元/年，现为 100）']);
    expect(prices).toContainEqual([
      'plans.annual-1200.deals.2.discount',
      '年套餐 1200元/年 · 存2年优惠（元，现为 700）',
    ]);
    for (const addon of tariff.addons)
      for (const charge of addon.charges)
        if (charge.amount !== undefined)
          expect(prices.map(([path]) => path)).toContain(`addons.${addon.id}.charges.${charge.id}.amount`);
    for (const plan of tariff.plans) expect(prices.map(([path]) => path)).toContain(`plans.${plan.id}.yearly`);
    expect(options(fieldOf(typeNamed(config, 'set-list'), 'set'))).toContainEqual([
      'grades.special.patterns',
      '特级号码 · 尾号规则（现为 AAA、AABB、ABAB）',
    ]);
    // Ids an editor never typed are shown by name.
    expect(options(fieldOf(typeNamed(config, 'set-list'), 'set'))).toContainEqual([
      'addons.ivr.includes',
      'IVR语音导航 · 已包含其功能费的附加功能（现为 彩铃功能）',
    ]);
  });

  it('follows the tariff: a new add-on is listed for 调整价格 and 停止受理 with no hand edit', () => {
    const next: Tariff = structuredClone(tariff);
    next.addons.push({
      id: 'call-transfer',
      name: '呼叫转移',
      summary: '来电可按设置转到其它电话',
      quantities: {},
      charges: [{ id: 'fee', label: '功能费', period: 'year', amount: '60' }],
      needs: [],
      includes: [],
      source: { changed: '2030-03-01', note: '新增呼叫转移功能' },
    });
    const updated = cmsConfig(next, undefined);
    expect(options(fieldOf(typeNamed(updated, 'set-price'), 'set'))).toContainEqual([
      'addons.call-transfer.charges.fee.amount',
      '呼叫转移 · 功能费（元/年，现为 60）',
    ]);
    expect(options(fieldOf(typeNamed(updated, 'withdraw'), 'withdraw'))).toContainEqual([
      'addons.call-transfer',
      '附加功能：呼叫转移',
    ]);
  });

  it('follows the schemas: 新增附加功能 has every field of an add-on but its source and quantities', () => {
    const item = fieldOf(typeNamed(config, 'add-addons'), 'item');
    const schema = jsonSchema(AddonSchema);
    const fields = Object.keys(isRecord(schema['properties']) ? schema['properties'] : {});
    // source: the change itself; quantities: keyed by name, which a form cannot hold (written in the file).
    expect(asNodes(item['fields']).map((f) => f['name'])).toEqual(
      fields.filter((f) => !['source', 'quantities'].includes(f)),
    );
    const charge = fieldOf(fieldOf(item, 'charges'), 'amount');
    expect(charge).toMatchObject({ widget: 'string', pattern: MONEY_FIELD_PATTERN, required: false });
    expect(fieldOf(fieldOf(item, 'charges'), 'period')).toMatchObject({
      widget: 'select',
      options: ['year', 'month', 'once'],
    });
  });

  it('takes money as a decimal with at most two places', () => {
    const money = new RegExp(MONEY_FIELD_PATTERN[0], 'u');
    expect(['120', '0.13', '15000', '99.5'].every((v) => money.test(v))).toBe(true);
    expect(['12.345', 'abc', '120元', '', '-5', '1,200'].some((v) => money.test(v))).toBe(false);
    expect(fieldOf(typeNamed(config, 'set-price'), 'to')).toMatchObject({
      pattern: MONEY_FIELD_PATTERN,
      required: true,
    });
  });

  it('publishes through a git host with review where the host has it', () => {
    const forgejo = cmsConfig(tariff, {
      name: 'forgejo',
      repo: 'marketing/tariff-site',
      branch: 'main',
      baseUrl: 'https://git.example.cn',
      appId: 'abc-123',
    });
    expect(forgejo['backend']).toEqual({
      name: 'forgejo',
      repo: 'marketing/tariff-site',
      branch: 'main',
      app_id: 'abc-123',
      api_root: 'https://git.example.cn/api/v1',
      base_url: 'https://git.example.cn',
      auth_endpoint: 'login/oauth/authorize',
    });
    expect(forgejo['publish_mode']).toBe('editorial_workflow');
    const gitea = cmsConfig(tariff, {
      name: 'gitea',
      repo: 'a/b',
      branch: 'main',
      baseUrl: 'https://g.cn',
      appId: 'x',
    });
    expect(gitea['publish_mode']).toBeUndefined();
  });
});

describe('an operation’s kind', () => {
  const file = (op: Record<string, unknown>) => ({ date: '2030-01-01', note: '调整', changes: [op] });
  it('may be left out, and must agree with the operation when written', () => {
    expect(ChangeFileSchema.safeParse(file({ set: 'addons.ringback.charges.fee.amount', to: '120' })).success).toBe(
      true,
    );
    expect(ChangeFileSchema.safeParse(file({ kind: 'set-price', set: 'a.b.c', to: '120' })).success).toBe(true);
    expect(ChangeFileSchema.safeParse(file({ kind: 'withdraw', set: 'a.b.c', to: '120' })).success).toBe(false);
    expect(ChangeFileSchema.safeParse(file({ kind: 'add-addons', add: 'addons', item: { id: 'x' } })).success).toBe(
      true,
    );
    expect(ChangeFileSchema.safeParse(file({ kind: 'add-plans', add: 'addons', item: { id: 'x' } })).success).toBe(
      false,
    );
    expect(ChangeFileSchema.safeParse(file({ kind: 'withdraw', withdraw: 'addons.ringback' })).success).toBe(true);
  });
});

describe('/admin/ never locks the editor out', () => {
  it.each([
    [
      'a date before the published tariff',
      "date: '2015-06-01'\nnote: 调价\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '120'\n",
      '2015-06-01-x.yaml',
      'change/date-too-early',
    ],
    [
      'a withdrawal another add-on needs',
      "date: '2027-01-01'\nnote: 停止彩铃\nchanges:\n  - withdraw: addons.ringback\n",
      '2027-01-01-x.yaml',
      'change/withdraw-needed',
    ],
  ])(
    '%s: the forms still come (from the published tariff) and the problem heads the change list',
    (_, text, name, code) => {
      const project = copyProject();
      mkdirSync(join(project.root, 'tariffs/changes'));
      writeFileSync(join(project.root, 'tariffs/changes', name), text);
      const { tariff: found, problems } = cmsTariff(project.root, '2026-12-02');
      expect(found?.settings.effective).toBe('2016-04-10');
      expect(problems.join('\n')).toContain(code);
      const config = cmsConfig(found ?? tariff, undefined, undefined, problems) as {
        collections: { description: string }[];
      };
      expect(config.collections[0]?.description).toMatch(/^⚠ 检查发现 \d+ 个问题/u);
      expect(config.collections[0]?.description).toContain(`tariffs/changes/${name}`);
    },
  );
});
