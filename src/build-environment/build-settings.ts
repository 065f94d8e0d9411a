/**
 * The settings a build reads from its environment, checked in one place
 * before anything is built: one clear line per bad setting, and the build
 * stops (astro.config.mjs). Values that reach pages (the base path, the site
 * address) are held to strict shapes, so none can inject markup or point
 * assets at another host.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isIsoDate } from '../engine/dates';
import { hasPlainHost, readCmsBackend, type CmsBackend } from './cms-settings';

export interface BuildSettings {
  /** The path the site is served under: "/" or "/a/b/". */
  base: string;
  /** The public origin ("https://400.example.cn"), or undefined: no sitemap, no canonical links. */
  site?: string;
  /** A day to build for instead of today (a preview). */
  date?: string;
  /** How many invented numbers to list on 选号 (a preview), or 0. */
  demoNumbers: number;
  outDir: string;
  /** Where /admin/ publishes (src/build-environment/cms-settings.ts), or undefined: the local backend only. */
  cms?: CmsBackend;
}

type SettingsResult = { ok: true; settings: BuildSettings } | { ok: false; problems: string[] };

/** The most invented numbers a preview may list. */
const MAX_DEMO_NUMBERS = 5_000_000;

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

function basePath(value: string | undefined, problems: string[]): string {
  if (value === undefined || value === '') return '/';
  const path = value.endsWith('/') ? value : `${value}/`;
  const segments = path.split('/').slice(1, -1);
  if (
    !path.startsWith('/') ||
    path.startsWith('//') ||
    segments.some((s) => !/^[A-Za-z0-9._~-]+$/u.test(s) || /^\.+$/u.test(s))
  ) {
    problems.push(
      `BASE_PATH=${shown(value)}：网站子路径只能由 / 分隔的字母、数字和 . _ ~ - 组成，例如 /tariff/（不能有 ..、空格、引号或另一个主机）`,
    );
    return '/';
  }
  return path;
}

function siteUrl(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`SITE_URL=${shown(value)}：不是网址；请写网站的公开地址，例如 https://400.example.cn`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`SITE_URL=${shown(value)}：只能是 https:// 或 http:// 开头的网址`);
    return undefined;
  }
  if (!hasPlainHost(url)) {
    problems.push(
      `SITE_URL=${shown(value)}：域名只能由字母、数字、- 和 . 组成（不能有引号、&、; 等字符），例如 https://400.example.cn`,
    );
    return undefined;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    problems.push(`SITE_URL=${shown(value)}：只写协议和域名（不带用户名、? 或 #），例如 https://400.example.cn`);
    return undefined;
  }
  if (url.pathname !== '/') {
    problems.push(`SITE_URL=${shown(value)}：只写协议和域名；网站放在子路径下时，请另设 BASE_PATH=${url.pathname}`);
    return undefined;
  }
  return url.origin;
}

/** Folders of the checkout a build may not write into or replace: its sources, data and tools. */
const KEPT_FOLDERS = [
  'src',
  'public',
  'tariffs',
  'content',
  'docs',
  'schemas',
  'scripts',
  'test',
  'tools',
  'deploy',
  'node_modules',
  'inventory',
  '.git',
];

function outDir(value: string | undefined, root: string, problems: string[]): string {
  if (value === undefined || value === '') return './dist';
  const target = resolve(root, value);
  const inside = relative(root, target);
  const top = inside.split(sep)[0] ?? '';
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside) && KEPT_FOLDERS.includes(top))) {
    problems.push(
      `OUT_DIR=${shown(value)}：生成的网站会清空并覆盖这个文件夹，不能是项目本身或 ${KEPT_FOLDERS.join('、')}：请写一个新的文件夹，例如 OUT_DIR=./dist 或 /srv/www/tariff`,
    );
    return './dist';
  }
  return target;
}

function buildDay(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value) || value < '2000-01-01') {
    problems.push(`TARIFF_DATE=${shown(value)}：请写一个真实的日期 YYYY-MM-DD，例如 2027-01-01`);
    return undefined;
  }
  return value;
}

function demoCount(value: string | undefined, problems: string[]): number {
  if (value === undefined || value === '' || value === '0') return 0;
  if (!/^\d+$/u.test(value) || Number(value) > MAX_DEMO_NUMBERS) {
    problems.push(
      `TARIFF_DEMO_NUMBERS=${shown(value)}：请写 1 到 ${MAX_DEMO_NUMBERS.toLocaleString('en-US')} 之间的整数（示例号码的个数），不用时不设`,
    );
    return 0;
  }
  return Number(value);
}

/** `root`: the checkout the build runs in (OUT_DIR is resolved from it). */
export function readBuildSettings(
  env: Readonly<Record<string, string | undefined>>,
  root: string = process.cwd(),
): SettingsResult {
  const problems: string[] = [];
  const base = basePath(env['BASE_PATH'], problems);
  const site = siteUrl(env['SITE_URL'], problems);
  const date = buildDay(env['TARIFF_DATE'], problems);
  const demoNumbers = demoCount(env['TARIFF_DEMO_NUMBERS'], problems);
  const cms = readCmsBackend(env, problems);
  const out = outDir(env['OUT_DIR'], root, problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      base,
      ...(site === undefined ? {} : { site }),
      ...(date === undefined ? {} : { date }),
      demoNumbers,
      outDir: out,
      ...(cms === undefined ? {} : { cms }),
    },
  };
}

/** The settings of this process, or a list of problems printed and exit 1 (a build never starts on a bad one). */
export function buildSettingsOrExit(): BuildSettings {
  const result = readBuildSettings(process.env);
  if (result.ok) return result.settings;
  for (const problem of result.problems) console.error(`错误 build/setting：${problem}`);
  // (the code is listed with the others in src/editor-messages/messages.ts and the editors' guide)
  console.error(`\n共 ${result.problems.length} 个设置有误：改好后再生成`);
  process.exit(1);
}
