/**
 * The header's navigation and the footer's links: the site's own pages in a
 * fixed order, then each topic page an editor placed there (frontmatter
 * `menu`), by title. A topic page already listed keeps its place.
 */
interface NavLink {
  path: string;
  label: string;
}

const HEADER: readonly NavLink[] = [
  { path: '', label: '首页' },
  { path: 'plans/', label: '套餐' },
  { path: 'addons/', label: '附加功能' },
  { path: 'grades/', label: '号码等级' },
  { path: 'numbers/', label: '选号' },
  { path: 'checker/', label: '号码查询' },
  { path: 'compare/', label: '套餐对比' },
  { path: 'estimator/', label: '费用估算' },
  { path: 'apply/', label: '在线办理' },
  { path: 'process/', label: '办理流程' },
  { path: 'contact/', label: '联系我们' },
];

const FOOTER: readonly NavLink[] = [
  { path: 'faq/', label: '常见问题' },
  { path: 'changes/', label: '资费变更记录' },
  { path: 'quote-rules/', label: '计费说明' },
];

interface TopicPage {
  id: string;
  data: { title: string; menu?: 'header' | 'footer' | undefined };
}

export function siteNav(topics: readonly TopicPage[]): { header: NavLink[]; footer: NavLink[] } {
  const listed = new Set([...HEADER, ...FOOTER].map((link) => link.path));
  const placed = (place: 'header' | 'footer') =>
    topics
      .filter((page) => page.data.menu === place && !listed.has(`${page.id}/`))
      .map((page) => ({ path: `${page.id}/`, label: page.data.title }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  return { header: [...HEADER, ...placed('header')], footer: [...FOOTER, ...placed('footer')] };
}
