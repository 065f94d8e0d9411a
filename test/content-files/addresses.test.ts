import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_ADDRESSES } from '../../src/content-files/addresses';
import { formatIssue } from '../../src/editor-messages/errors';
import { checkProject } from '../../src/project-check';
import { copyProject } from '../helpers/project-copy';
import { ROOT } from '../helpers/tariff';

const topicPage = (front: string) =>
  `---\ntitle: 服务保障\n${front}description: 开通后的服务保障：故障报修、号码过户和资料变更的办理方式。\n---\n\n正文。\n`;

/** What check says about content/pages/, one line each. */
const pageProblems = (root: string) =>
  checkProject(root)
    .issues.filter((i) => i.file.startsWith('content/pages/'))
    .map(formatIssue);

describe('a topic page’s address (content/pages/<address>.mdx, built at /<address>/)', () => {
  it('the reserved list holds every address the site’s own pages and folders take', () => {
    const routes = readdirSync(join(ROOT, 'src/pages'))
      .map((name) => name.replace(/\.(astro|ts)$/u, ''))
      .filter((name) => /^[a-z0-9-]+$/u.test(name) && name !== 'index');
    expect(routes.filter((name) => !RESERVED_ADDRESSES.has(name))).toEqual([]);
    for (const folder of ['admin', 'pagefind', 'uploads', '404']) expect(RESERVED_ADDRESSES.has(folder)).toBe(true);
  });

  it('a new page with its address and a menu passes check; without an address too (the file name is the address)', () => {
    const project = copyProject();
    writeFileSync(join(project.root, 'content/pages/service.mdx'), topicPage('address: service\nmenu: footer\n'));
    writeFileSync(join(project.root, 'content/pages/warranty.mdx'), topicPage(''));
    expect(pageProblems(project.root)).toEqual([]);
  });

  it('an address unlike the file name, one the site takes, a file name that is no address, a menu that does not exist', () => {
    const project = copyProject();
    const pages = join(project.root, 'content/pages');
    writeFileSync(join(pages, 'service.mdx'), topicPage('address: services\n'));
    writeFileSync(join(pages, 'checker.mdx'), topicPage('address: checker\n'));
    writeFileSync(join(pages, 'warranty.mdx'), topicPage('menu: sidebar\n'));
    writeFileSync(join(pages, 'Service.mdx'), topicPage(''));
    expect(pageProblems(project.root)).toEqual([
      'content/pages/Service.mdx: 错误 page/address-form：文件名 “Service.mdx” 不能作网址：只用小写字母、数字和横线，如 service.mdx',
      'content/pages/checker.mdx:3:1: 错误 page/reserved-address：网址 /checker/ 已被网站自己的页面使用：请换一个网址（文件名和 address 一起改）',
      'content/pages/service.mdx:3:1: 错误 page/address：网址（address）必须与文件名一致：文件名是 service.mdx，这里写的是 “services”；请改成 service，或把文件改名为 services.mdx',
      'content/pages/warranty.mdx:3:1: 错误 field/one-of：menu 只能写 header、footer 之一，这里写的是 "sidebar"',
    ]);
  });
});
