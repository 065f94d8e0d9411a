/**
 * The tariff for the site's pages: `astro:config:setup` checks tariffs/,
 * content/ and inventory/ (the same report as `npm run tariff -- check`), and
 * a Vite plugin hands the validated tariff to the pages as the module
 * `virtual:tariff-data`. A problem ends the build with the problem list and a
 * one-line summary, not a stack trace. In `astro dev` every file under
 * tariffs/ (change files too: added, edited, removed), inventory/ and
 * content/ is watched: each edit runs the same checks again, prints them, and
 * either reloads the pages with the new data or shows the problems in the
 * browser's error overlay; a page is never served with data that is no longer
 * what the files say.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tariffAt, todayInShanghai, type Tariff, type TariffHistory } from '../engine/index';
import { capIssues, formatIssue, formatIssues, type Issue } from '../editor-messages/errors';
import { demoInventory, type InventoryNumber } from '../inventory/read';
import { buildNumberIndex, type BuiltIndex } from '../inventory/number-index';
import { NUMBER_DATA_DIR, type NumberIndex } from '../inventory/index-format';
import { checkProject, type ProjectCheck } from '../project-check';
import { say } from '../editor-messages/messages';
import { dataError } from './data-error';
import type { BuiltTariff } from './built-tariff';
import type { BuildSettings } from '../build-environment/build-settings';

const MODULE_ID = 'virtual:tariff-data';
const RESOLVED_ID = `\0${MODULE_ID}`;

function summary(issues: Issue[]): string {
  const errors = issues.filter((i) => !i.warning).length;
  return `tariffs/ 或 content/ 中有 ${errors} 个问题：请按上面的提示修改后重新生成（npm run tariff -- check 列出同样的问题）`;
}

/** The data a build or a dev server shows, checked as `check` does; `problem` when it cannot be shown. */
interface Checked {
  history?: TariffHistory;
  stock: Stock;
  problem?: string;
  /** The first problem, for the dev server's error page to point at. */
  first?: Issue;
}

type Logger = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['logger'];

/** Runs the checks, prints every issue, and says what the pages get. */
function checkAndReport(root: string, date: string, demo: number, logger: Logger): Checked {
  let checked: ProjectCheck;
  try {
    checked = checkProject(root, date);
  } catch (error) {
    // A failure the checks did not foresee is still a data error: an error page, never the last good prices.
    const problem = `检查资费数据时出错（${error instanceof Error ? error.message : String(error)}）：请撤销最近的修改，再运行 npm run tariff -- check`;
    logger.error(problem);
    return { stock: { demo: false, numbers: [] }, problem };
  }
  const { tariff, history, issues, inventory } = checked;
  const { shown, more } = capIssues(issues);
  for (const issue of shown) (issue.warning ? logger.warn : logger.error).call(logger, formatIssue(issue));
  if (more.length > 0) for (const line of formatIssues(issues).slice(shown.length)) logger.error(line);
  const stock = demo > 0 ? { demo: true, numbers: demoInventory(demo) } : { demo: false, numbers: inventory ?? [] };
  if (tariff === undefined || history === undefined || issues.some((i) => !i.warning)) {
    const errors = issues.filter((i) => !i.warning);
    return {
      stock,
      problem: [...formatIssues(errors), '', summary(issues)].join('\n'),
      ...(errors[0] === undefined ? {} : { first: errors[0] }),
    };
  }
  logger.info(
    `资费数据检查通过：${date} 适用 ${tariff.settings.effective} 版（${tariff.plans.length} 个套餐、${tariff.addons.length} 个附加功能，共 ${history.versions.length} 个版本）`,
  );
  return { history, stock };
}

/**
 * `settings`: the build's checked settings (src/build-environment/build-settings.ts);
 * `built`: filled with the version the build shows, for the integrations that
 * read it later. Both passed in by the config.
 */
export function tariffData(
  settings: Pick<BuildSettings, 'date' | 'demoNumbers'>,
  built: BuiltTariff,
): AstroIntegration {
  const numberFiles: NumberFiles = {};
  return {
    name: 'tariff-data',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const date = settings.date ?? todayInShanghai();
        if (date !== todayInShanghai()) logger.warn(say('build/preview-date', { date }).message);
        const checked = checkAndReport(root, date, settings.demoNumbers, logger);
        if (checked.problem !== undefined && command !== 'dev') {
          logger.error(checked.problem.split('\n').at(-1) ?? '');
          // Exit here: a thrown error would bury the list under Astro's hook trace.
          process.exit(1);
        }
        built.set(checked.history && tariffAt(checked.history.versions, date));
        if (checked.stock.demo)
          logger.warn(
            say('build/demo-numbers', {
              count: checked.stock.numbers.length.toLocaleString('en-US'),
            }).message,
          );
        updateConfig({
          vite: { plugins: [tariffDataPlugin(root, date, settings.demoNumbers, checked, logger, numberFiles)] },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(serveNumberData(server.config.base, numberFiles));
      },
      'astro:build:done': ({ dir, logger }) => {
        const written = writeNumberData(fileURLToPath(dir), numberFiles);
        if (written > 0) logger.info(`选号 index: ${written} chunk file(s) in ${NUMBER_DATA_DIR}`);
      },
    },
  };
}

/**
 * What the pages import: the build date, the version in force then, every
 * version and change, the free numbers.
 * @public src/env.d.ts reads this type by import(), which knip does not follow.
 */
export interface SiteTariffData {
  date: string;
  /** True when `date` is not today (Asia/Shanghai): the pages say they are a preview. */
  preview: boolean;
  tariff: Tariff;
  history: TariffHistory;
  inventory: SiteInventory;
}

/**
 * Free numbers for the 选号 page: the index's manifest (the chunk files are
 * written beside the pages, under numbers/data/) and the first numbers of
 * each grade for the page without JavaScript, all graded by the engine.
 */
interface SiteInventory {
  /** The manifest; `index.total` and `index.demo` say how many numbers and whether they are invented. */
  index: NumberIndex;
  firstByGrade: BuiltIndex['firstByGrade'];
}

type Stock = { demo: boolean; numbers: InventoryNumber[] };

/** The 选号 index of the last module served, whose chunk files the build writes out (or the dev server serves). */
interface NumberFiles {
  last?: BuiltIndex;
}

function moduleFor(date: string, history: TariffHistory, stock: Stock, files: NumberFiles): string {
  const tariff = tariffAt(history.versions, date);
  if (tariff === undefined) throw new Error(`no tariff version is in force on ${date}`);
  const lastIndex = buildNumberIndex(tariff, stock.numbers, stock.demo);
  files.last = lastIndex;
  const inventory: SiteInventory = {
    index: lastIndex.index,
    firstByGrade: lastIndex.firstByGrade,
  };
  const data: SiteTariffData = { date, preview: date !== todayInShanghai(), tariff, history, inventory };
  return `export default ${JSON.stringify(data)};`;
}

/** Writes the 选号 chunk files into the built site. */
function writeNumberData(dir: string, files: NumberFiles): number {
  const out = join(dir, NUMBER_DATA_DIR);
  mkdirSync(out, { recursive: true });
  for (const file of files.last?.files ?? []) writeFileSync(join(out, file.name), file.bytes);
  return files.last?.files.length ?? 0;
}

/** In `astro dev`, the chunk files are served from memory. */
function serveNumberData(
  base: string,
  files: NumberFiles,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const prefix = `${base.replace(/\/$/u, '')}/${NUMBER_DATA_DIR}`;
  return (request, response, next) => {
    if (!request.url?.startsWith(prefix)) return next();
    const name = request.url.slice(prefix.length);
    const file = files.last?.files.find((f) => f.name === name);
    if (file === undefined) return next();
    response.setHeader('Content-Type', 'application/octet-stream');
    response.end(file.bytes);
  };
}

/** Folders whose files the pages depend on through the checks: an edit there reruns them. */
const WATCHED = ['tariffs', 'inventory', 'content'];

function tariffDataPlugin(
  root: string,
  date: string,
  demo: number,
  first: Checked,
  logger: Logger,
  files: NumberFiles,
): Plugin {
  let current = first;
  const watched = WATCHED.map((dir) => join(root, dir));
  const onEdit = (server: ViteDevServer, file: string) => {
    if (!watched.some((dir) => file === dir || file.startsWith(`${dir}/`))) return;
    logger.info(`${relative(root, file)} 已修改：重新检查`);
    current = checkAndReport(root, date, demo, logger);
    for (const environment of Object.values(server.environments)) {
      const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (module !== undefined) environment.moduleGraph.invalidateModule(module);
    }
    // Reloaded either way: with a problem, the page is Astro's error page naming it (data-error.ts).
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'tariff-data',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The page shows the problems instead of data the files no longer hold.
      if (current.problem !== undefined || current.history === undefined)
        throw dataError(root, current.problem ?? '', current.first);
      return moduleFor(date, current.history, current.stock, files);
    },
    configureServer(server) {
      server.watcher.add(watched);
      for (const event of ['add', 'change', 'unlink'] as const)
        server.watcher.on(event, (file) => onEdit(server, file));
    },
  };
}
