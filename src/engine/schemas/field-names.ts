/**
 * What each field of the data files and page frontmatter means, in the
 * editors' words: used in messages ("缺少 note（对外说明）") and as the
 * descriptions of the generated JSON Schemas. One entry per field name.
 */
import { own } from '../records';

export const FIELD_MEANINGS: Readonly<Record<string, string>> = {
  // Change files.
  date: '生效日期，写成带引号的 YYYY-MM-DD',
  note: '对外说明：在资费变更记录和公告里显示给访客的一句话',
  changes: '这次变更的各项内容（至少一项）',
  set: '要修改的数据的路径，例如 addons.ringback.charges.fee.amount',
  to: '新的值；金额要加引号，例如 "120"',
  withdraw: '要停止受理的套餐、号码等级、附加功能或说明，例如 addons.voice-storage',
  add: '新增到哪一类：plans、grades、addons 或 notes',
  item: '新增的内容，字段与对应的资费文件相同',
  // Items.
  id: '编号：小写英文、数字和连字符，也用作网址，例如 call-transfer',
  name: '名称',
  summary: '一句话简介',
  kind: '类别',
  text: '文字',
  topic: '显示在哪一页：plans、grades、addons、process 或 reseller',
  source: '出处：资费表原文的章节和文字',
  section: '资费表原文的章节',
  changed: '改动生效的日期',
  // Grades.
  monthlyMinimum: '月最低消费（元/月），带引号',
  default: '是否为默认号码等级',
  patterns: '尾号规则：大写字母代表数字，例如 AABB',
  // Plans.
  yearly: '年金额（元/年），带引号',
  rate: '每分钟资费（元/分钟），带引号，或 consult（来电咨询）',
  maxGrade: '可选的最高号码等级（号码等级的编号）',
  maxMonthlyMinimum: '可选号码的月最低消费上限（元/月），带引号',
  deals: '预存优惠',
  years: '预存年数',
  discount: '优惠金额（元），带引号',
  freeYears: '赠送年数',
  // Add-ons.
  quantities: '估算时询问的数量',
  label: '显示名称',
  unit: '单位',
  min: '最小值',
  max: '最大值',
  charges: '收费项',
  period: '计费周期：year（每年）、month（每月）或 once（一次性）',
  amount: '金额（元），带引号',
  tiers: '按数量分档的价格',
  by: '按哪个数量分档',
  steps: '各档价格',
  upTo: '这一档的数量上限',
  per: '按哪个数量计价',
  free: '免费的数量',
  when: '只在数量满足条件时收费',
  quantity: '数量名称',
  needs: '需同时开通的附加功能',
  includes: '已包含其功能费的附加功能',
  // Settings (tariffs/tariff.yaml).
  effective: '资费生效日期',
  effectiveSource: '生效日期的出处',
  carrier: '运营商',
  taxRate: '发票税率，带引号，例如 "0.06"',
  taxSource: '发票税率的出处',
  vipThreshold: '大客户专属服务门槛（元），带引号',
  vipSource: '大客户门槛的出处',
  prepayYears: '可预存年数',
  consultPhone: '咨询热线',
  consultSource: '咨询热线的出处',
  kinds: '套餐类别（monthly 月套餐、annual 年套餐）',
  yearlyLabel: '年金额的叫法',
  waivesAddonYearlyFees: '是否免附加功能的年功能费',
  waiverExcept: '不免功能费的附加功能',
  // Contact (tariffs/notes.yaml).
  notes: '公开的说明',
  contact: '联系方式',
  hotline: '全国统一热线',
  businessLine: '业务热线',
  address: '地址',
  complaintsQQ: '投诉建议 QQ',
  icp: 'ICP 备案号，例如 豫ICP备12345678号-1',
  embedOrigins: '可以嵌入本站费用估算和号码查询的合作网站（https://…），或 * 表示任何网站',
  applyEmail: '接收在线办理申请的邮箱',
  applyEndpoint: '接收在线办理申请的表单服务（HTTPS 地址）',
  // Page frontmatter.
  title: '页面标题',
  description: '页面描述：搜索和分享时显示，至少 10 个字，不写价格',
  plan: '这个页面介绍的套餐的编号',
  addon: '这个页面介绍的附加功能的编号',
};

/** A line an editor can copy for a field a file lacks; empty for fields without one. */
const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  date: "date: '2027-01-01'",
  note: 'note: 彩铃功能费调整为每年 120 元',
  to: 'to: "120"',
};

export function fieldExample(field: string): string {
  return own(FIELD_EXAMPLES, field) ?? '';
}

/** "note（对外说明：…）" → the meaning's short part, before its first "：" or "，". */
export function fieldMeaning(field: string): string {
  // Own entries only: a key from a file ("__proto__", "constructor") never reaches Object.prototype.
  const meaning = own(FIELD_MEANINGS, field);
  if (meaning === undefined) return '必填';
  return meaning.split(/[：，（]/u)[0] ?? meaning;
}

/** What a word a field takes instead of a value means ("consult": the rate is not published). */
const WORD_MEANINGS: Readonly<Record<string, string>> = { consult: '来电咨询' };

/** A word the files take, with its meaning: "consult，即来电咨询". The editor types the word. */
export function wordWithMeaning(word: string): string {
  const meaning = own(WORD_MEANINGS, word);
  return meaning === undefined ? word : `${word}，即${meaning}`;
}
