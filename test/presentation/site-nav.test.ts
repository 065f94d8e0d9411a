import { describe, expect, it } from 'vitest';
import { siteNav } from '../../src/presentation/site-nav';

const page = (id: string, title: string, menu?: 'header' | 'footer') => ({ id, data: { title, menu } });

describe('the header’s navigation and the footer’s links', () => {
  it('are the site’s own pages in their order when no topic page asks for a place', () => {
    const { header, footer } = siteNav([page('grades', '号码等级'), page('faq', '常见问题')]);
    expect(header.map((l) => l.label)).toEqual([
      '首页',
      '套餐',
      '附加功能',
      '号码等级',
      '选号',
      '号码查询',
      '套餐对比',
      '费用估算',
      '在线办理',
      '办理流程',
      '联系我们',
    ]);
    expect(footer).toEqual([
      { path: 'faq/', label: '常见问题' },
      { path: 'changes/', label: '资费变更记录' },
      { path: 'quote-rules/', label: '计费说明' },
    ]);
  });

  it('add each topic page placed there after them, by title; a page already listed keeps its one place', () => {
    const { header, footer } = siteNav([
      page('warranty', '服务保障', 'footer'),
      page('after-sales', '售后服务', 'footer'),
      page('cases', '客户案例', 'header'),
      page('contact', '联系我们', 'footer'),
      page('faq', '常见问题', 'header'),
      page('drafts', '不在菜单'),
    ]);
    expect(header.slice(-2)).toEqual([
      { path: 'contact/', label: '联系我们' },
      { path: 'cases/', label: '客户案例' },
    ]);
    expect(footer.slice(3)).toEqual([
      { path: 'warranty/', label: '服务保障' },
      { path: 'after-sales/', label: '售后服务' },
    ]);
    expect([...header, ...footer].filter((l) => l.path === 'faq/' || l.path === 'contact/')).toHaveLength(2);
  });
});
