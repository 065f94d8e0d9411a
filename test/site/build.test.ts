import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { planName } from '../../src/engine/index';
import { yuan } from '../../src/presentation/format';
import { chargeParts } from '../../src/presentation/describe';
import { htmlFiles, pagePath, readPage, references } from '../../tools/dist';
import { buildEnv } from '../helpers/child-env';
import { copyProject } from '../helpers/project-copy';
import { bundledScript } from '../helpers/bundled-script';
import { siteTariff as tariff, ROOT } from '../helpers/tariff';

const CLI = await bundledScript('src/cli/main.ts');

const builds = [
  ['root', inject('siteDir'), '/'],
  ['base path', inject('baseSiteDir'), '/tariff/'],
] as const;

describe('the built site', () => {
  const dir = inject('siteDir');
  const pages = htmlFiles(dir);

  it('has exactly one page per plan and per add-on', () => {
    for (const plan of tariff.plans) expect(pages.filter((p) => p === `plans/${plan.id}/index.html`)).toHaveLength(1);
    for (const addon of tariff.addons)
      expect(pages.filter((p) => p === `addons/${addon.id}/index.html`)).toHaveLength(1);
    expect(pages.filter((p) => p.startsWith('plans/') && p !== 'plans/index.html')).toHaveLength(tariff.plans.length);
    expect(pages.filter((p) => p.startsWith('addons/') && p !== 'addons/index.html')).toHaveLength(
      tariff.addons.length,
    );
  });

  it('has the topic pages, the widgets, search, a 404 page and a sitemap', () => {
    for (const path of [
      'index.html',
      'grades/index.html',
      'quote-rules/index.html',
      'process/index.html',
      'contact/index.html',
      'checker/index.html',
      'compare/index.html',
      'estimator/index.html',
      'search/index.html',
      'faq/index.html',
      'changes/index.html',
      '404.html',
    ]) {
      expect(pages).toContain(path);
    }
    const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1] ?? '').pathname.slice(1));
    const expected = pages.filter((p) => p !== '404.html' && p !== 'search/index.html').map(pagePath);
    expect(locations.sort()).toEqual(expected.sort());
  });

  it('every page is zh-CN with a title and a description', () => {
    for (const file of pages) {
      const html = readPage(dir, file);
      expect(html, file).toContain('<html lang="zh-CN">');
      expect(html, file).toMatch(/<title>[^<]+<\/title>/u);
      expect(html, file).toMatch(/<meta name="description" content="[^"]{10,}"/u);
    }
  });

  it('every page names the business: og:site_name, og:image, icons and the Organization with its hotlines', () => {
    for (const file of pages) {
      const html = readPage(dir, file);
      expect(html, file).toContain('<meta property="og:site_name" content="400电话资费标准">');
      expect(html, file).toContain('<meta property="og:image" content="https://tariff.example.cn/og-card.png">');
      expect(html, file).toMatch(/<link rel="icon" href="\/favicon\.ico" sizes="32x32">/u);
      expect(html, file).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/gu)].map(
        (m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>,
      );
      const org = blocks.find((b) => b['@type'] === 'Organization');
      expect(org, file).toMatchObject({ name: '400电话资费标准', telephone: tariff.contact.hotline });
    }
    const noindex = ['404.html', 'search/index.html'];
    for (const file of noindex) {
      expect(readPage(dir, file), file).toContain('<meta name="robots" content="noindex">');
      expect(readPage(dir, file), file).not.toContain('rel="canonical"');
    }
  });

  it('every phone number a visitor reads is a link that dials', () => {
    const unlinked: string[] = [];
    for (const file of pages) {
      const text = readPage(dir, file)
        .replaceAll(/<script[\s\S]*?<\/script>|<head>[\s\S]*?<\/head>/gu, '')
        // Any link that dials: PhoneLink, and the phone layout's contact bar (电话咨询 and its number).
        .replaceAll(/<a class="phone" href="tel:\d+">[^<]*<\/a>/gu, '')
        .replaceAll(/<a href="tel:\d+" class="contact-bar-call">[\s\S]*?<\/a>/gu, '')
        // Example numbers (grade tables, the checker's samples) are shown in mono, not dialled.
        .replaceAll(/<span class="mono">[^<]*<\/span>/gu, '')
        .replaceAll(/<[^>]+>/gu, ' ');
      for (const m of text.matchAll(/(?:400|800)(?:-?\d){7}|1[3-9]\d{9}/gu)) unlinked.push(`${file}: ${m[0]}`);
    }
    expect(unlinked).toEqual([]);
  });

  it('选号 without an inventory says so and points to the checker and the hotline, inventing no number', () => {
    const html = readPage(dir, 'numbers/index.html');
    expect(html).toContain('目前本站没有公布可选号码的清单');
    expect(html).toContain(`href="tel:${tariff.contact.hotline.replaceAll('-', '')}"`);
    expect(html).not.toContain('class="demo-banner"');
    expect(html).not.toMatch(/<span class="mono">400-/u);
  });

  it('no widget bundle contains zod: the engine entry the widgets use stays schema-free', () => {
    const assets = join(dir, '_astro');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const name of scripts)
      expect(readFileSync(join(assets, name), 'utf8'), name).not.toMatch(/ZodError|_zod|\$ZodType/u);
  });

  it('the checker judges numbers without decimal.js: its island’s whole module graph is free of it', () => {
    const assets = join(dir, '_astro');
    /** A bundle and every bundle it imports, statically or on demand. */
    const graph = (name: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(name)) return seen;
      seen.add(name);
      const code = readFileSync(join(assets, name), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/gu)) if (m[1]) graph(m[1], seen);
      return seen;
    };
    const island = /component-url="\/_astro\/([^"]+)"/u.exec(readPage(dir, 'checker/index.html'))?.[1] ?? '';
    const modules = [...graph(island)];
    expect(modules.length).toBeGreaterThan(2);
    for (const name of modules) expect(readFileSync(join(assets, name), 'utf8'), name).not.toContain('DecimalError');
    // The estimator computes money: there, decimal.js is in the graph.
    const estimator = /component-url="\/_astro\/([^"]+)"/u.exec(readPage(dir, 'estimator/index.html'))?.[1] ?? '';
    expect(
      [...graph(estimator)].some((name) => readFileSync(join(assets, name), 'utf8').includes('DecimalError')),
    ).toBe(true);
  });

  it('the home page shows every plan with its price from the data', () => {
    const html = readPage(dir, 'index.html');
    for (const plan of tariff.plans) {
      expect(html).toContain(planName(tariff, plan));
      expect(html).toContain(`${yuan(plan.yearly)} 元`);
    }
  });

  it('every add-on page shows its prices from the data', () => {
    for (const addon of tariff.addons) {
      const html = readPage(dir, `addons/${addon.id}/index.html`);
      for (const charge of addon.charges) {
        for (const part of chargeParts(addon, charge)) {
          if (part.amount !== '')
            expect(html, `${addon.id}.${charge.id}`).toContain(
              `<span class="price">${part.amount}</span>${part.detail}`,
            );
        }
      }
    }
  });

  it('every plan and add-on page states the tax and VIP notes beside its prices', () => {
    const vip = tariff.notes.find((n) => n.id === 'vip')?.text ?? 'no vip note';
    for (const file of [...tariff.plans.map((p) => `plans/${p.id}`), ...tariff.addons.map((a) => `addons/${a.id}`)]) {
      const html = readPage(dir, `${file}/index.html`);
      const notes = /<aside class="price-notes"[\s\S]*?<\/aside>/u.exec(html)?.[0] ?? '';
      expect(notes, file).toContain(
        '以上价格均不含税；开发票需另付发票面额 8% 的税款（按不含税小计计算，四舍五入到分）。',
      );
      expect(notes, file).toContain(vip.slice(0, 20));
    }
  });

  it('the contact page gives the address as the source does, saying it is not a full address', () => {
    const html = readPage(dir, 'contact/index.html');
    expect(html).toContain('中原路与安凯路交叉口');
    expect(html).toContain('地址只写到路口，未写城市和门牌；上门前请先致电确认');
    expect(html).not.toContain('本代理自述');
  });

  it('states every reading of the rules to visitors', () => {
    const html = readPage(dir, 'quote-rules/index.html');
    expect(html.match(/class="reading"/gu)).toHaveLength(8);
  });

  it('indexes only the page content for search', () => {
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(readPage(dir, 'addons/ringback/index.html')).toContain('data-pagefind-body');
    expect(readPage(dir, '404.html')).not.toContain('data-pagefind-body');
  });
});

describe.each(builds)('links in the %s build', (_name, dir, base) => {
  it('every internal link and asset resolves to a file', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dir)) {
      const pageUrl = new URL(`${base}${pagePath(file)}`, 'http://site.test');
      for (const ref of references(readPage(dir, file))) {
        const target = new URL(ref, pageUrl);
        if (target.origin !== 'http://site.test') continue;
        expect(target.pathname.startsWith(base), `${file} → ${ref}`).toBe(true);
        const local = join(dir, decodeURIComponent(target.pathname.slice(base.length)));
        const resolved = target.pathname.endsWith('/') ? join(local, 'index.html') : local;
        if (!existsSync(resolved)) broken.push(`${file} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('invalid build settings', () => {
  it('stop the build before anything is built, one line each, no stack trace', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: buildEnv({
        BASE_PATH: '/"><script>alert(1)</script>/',
        SITE_URL: 'javascript:alert(1)',
        OUT_DIR: 'dist-never',
      }),
      encoding: 'utf8',
    });
    const said = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(said).toContain('错误 build/setting：BASE_PATH="/\\"><script>alert(1)</script>/"：');
    expect(said).toContain('错误 build/setting：SITE_URL="javascript:alert(1)"：');
    expect(said).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(ROOT, 'dist-never'))).toBe(false);
  });
});

describe('invalid data or content', () => {
  // Four builds and a check in one test: give it the time a busy machine needs.
  it('fails the build with the lines check prints (file:line:col, code, Chinese), a summary and no stack trace', () => {
    const project = copyProject({ buildable: true });
    const build = () =>
      spawnSync(process.execPath, [join(project.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: project.root,
        env: buildEnv(),
        encoding: 'utf8',
      });
    const check = () =>
      spawnSync(process.execPath, [CLI, 'check', `--root=${project.root}`], {
        cwd: ROOT,
        env: buildEnv(),
        encoding: 'utf8',
      });
    // An editor's two slips: a misspelt add-on id, and a full-width colon.
    mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
    writeFileSync(
      join(project.root, 'tariffs/changes/2030-01-01-ringback.yaml'),
      "date: '2030-01-01'\nnote: 彩铃功能费调整\nchanges:\n  - set: addons.ringbak.charges.fee.amount\n    to: '120'\n",
    );
    writeFileSync(
      join(project.root, 'tariffs/changes/2030-02-01-ringback.yaml'),
      "date: '2030-02-01'\nnote：彩铃功能费调整\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '130'\n",
    );
    const expected = [
      'tariffs/changes/2030-02-01-ringback.yaml:2:5: 错误 yaml/fullwidth-colon：“note” 后面用了全角冒号“：”：请改成半角冒号加一个空格，写成 note: …',
      'tariffs/changes/2030-01-01-ringback.yaml:4:10: 错误 change/unknown-id：这个版本里没有附加功能 “ringbak”（是不是 “ringback”？）',
    ];
    const checked = check();
    expect(checked.status).toBe(1);
    expect(checked.stderr.split('\n').filter((l) => l.startsWith('tariffs/'))).toEqual(expected);
    const result = build();
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    for (const line of expected) expect(output).toContain(line);
    expect(output).toContain('tariffs/ 或 content/ 中有 2 个问题');
    expect(output).not.toMatch(/\n\s+at |unhandled error|Location:/u);
    expect(existsSync(join(project.root, 'dist'))).toBe(false);
    rmSync(join(project.root, 'tariffs/changes'), { recursive: true });

    project.edit('content/addons/ringback.mdx', (t) => t.replace('addon: ringback', 'addon: ringbak'));
    const content = build();
    expect(content.status).not.toBe(0);
    expect(`${content.stdout}${content.stderr}`).toContain(
      'content/addons/ringback.mdx:2:1: 错误 page/unknown-id：没有附加功能 “ringbak”（是不是 “ringback”？）',
    );

    // A page that would not compile, and a component the pages do not have: the build says what check says.
    project.edit(
      'content/addons/ringback.mdx',
      (t) => `${t.replace('addon: ringbak', 'addon: ringback')}\n<Prize of="monthly-600" />\n\n<div>\n`,
    );
    const mdx = build();
    const said = `${mdx.stdout}${mdx.stderr}`;
    expect(mdx.status).not.toBe(0);
    expect(said).toMatch(
      /content\/addons\/ringback\.mdx:\d+:1: 错误 page\/not-mdx：页面写法有误，无法生成（Expected a closing tag for `<div>`/u,
    );
    expect(said).not.toMatch(/\n\s+at |\.astro\/chunks/u);
  }, 240_000);
});
