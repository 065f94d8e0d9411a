/**
 * What a widget says when a link's parameters could not be read and fell back
 * to their defaults: the fields, by the names the form shows. One wording for
 * the estimator, 办理 and the comparator.
 */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  plan: '套餐',
  minutes: '通话分钟数',
  years: '预存年数',
  invoice: '发票',
  grade: '号码等级',
  number: '号码',
  addons: '附加功能',
  v: '资费版本',
};

/** "链接中的部分参数无效，已恢复为默认值：通话分钟数、预存年数。", or undefined when all were read. */
export function resetNotice(reset: readonly string[]): string | undefined {
  if (reset.length === 0) return undefined;
  const names = [...new Set(reset.map((key) => FIELD_NAMES[key.split('.')[0] ?? ''] ?? '附加功能数量'))];
  return `链接中的部分参数无效，已恢复为默认值：${names.join('、')}。`;
}
