/**
 * The tariff for the site's pages, loaded once: `astro:config:setup` checks
 * tariffs/ and content/ (the same report as `npm run tariff -- check`), and a
 * Vite plugin hands the validated tariff to the pages as the module
 * `virtual:tariff-data`. In `astro dev` the YAML files are watched, so an edit
 * reloads the pages; a bad edit shows its problems in the error overlay.
 * A data or content problem ends the build with the problem list and a
 * one-line summary, not a stack trace.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  formatIssue,
  isIsoDate,
  tariffAt,
  TARIFF_FILES,
  todayInShanghai,
  type Issue,
  type Tariff,
  type TariffHistory,
} from '../engine/index';
import { CHANGES_DIR } from '../tariff-files/read';
import { demoInventory, type InventoryNumber } from '../inventory/read';
import { buildNumberIndex, type BuiltIndex } from '../inventory/number-index';
import { NUMBER_DATA_DIR, type NumberIndex } from '../inventory/query';
import { checkProject } from '../project-check';
import { loadTariff } from '../tariff-files/node';

const MODULE_ID = 'virtual:tariff-data';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function summary(issues: Issue[]): string {
  const errors = issues.filter((i) => !i.warning).length;
  return `tariffs/ 或 content/ 中有 ${errors} 个问题：请按上面的提示修改后重新生成（npm run tariff -- check 列出同样的问题）`;
}

/** The effective date of the version the build uses, once the data is checked (for the sitemap's lastmod). */
let builtEffective: string | undefined;
let builtEndpoint: string | undefined;

/** Origins pages may send to (the 办理 form service, when set), for the Content-Security-Policy. */
export function builtConnectOrigins(): string[] {
  return builtEndpoint === undefined ? [] : [new URL(builtEndpoint).origin];
}
export function builtEffectiveDate(): string {
  if (builtEffective === undefined) throw new Error('the tariff data has not been loaded yet');
  return builtEffective;
}

export function tariffData(): AstroIntegration {
  return {
    name: 'tariff-data',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const date = buildDate();
        const { tariff, history, issues, inventory } = checkProject(root, date);
        for (const issue of issues) (issue.warning ? logger.warn : logger.error).call(logger, formatIssue(issue));
        if (tariff === undefined || history === undefined || issues.some((i) => !i.warning)) {
          logger.error(summary(issues));
          // Exit here: a thrown error would bury the list under Astro's hook trace.
          process.exit(1);
        }
        logger.info(
          `tariff data valid: version of ${tariff.settings.effective} in force on ${date}; ${tariff.plans.length} plans, ${tariff.addons.length} add-ons, ${history.versions.length} version(s)`,
        );
        builtEffective = tariff.settings.effective;
        builtEndpoint = tariff.contact.applyEndpoint;
        const demo = Number(process.env['TARIFF_DEMO_NUMBERS'] ?? 0);
        const numbers =
          demo > 0 ? { demo: true, numbers: demoInventory(demo) } : { demo: false, numbers: inventory ?? [] };
        if (numbers.demo)
          logger.warn(`TARIFF_DEMO_NUMBERS: ${demo} invented numbers; every page says 示例号码 (previews only)`);
        updateConfig({ vite: { plugins: [tariffDataPlugin(root, date, history, numbers)] } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(serveNumberData(server.config.base));
      },
      'astro:build:done': ({ dir, logger }) => {
        const written = writeNumberData(fileURLToPath(dir));
        if (written > 0) logger.info(`选号 index: ${written} chunk file(s) in ${NUMBER_DATA_DIR}`);
      },
    },
  };
}

/**
 * The date the site is built for: today in Asia/Shanghai, or TARIFF_DATE
 * (YYYY-MM-DD) to preview the site as it will be on another day.
 */
export function buildDate(): string {
  const override = process.env['TARIFF_DATE'];
  if (override === undefined || override === '') return todayInShanghai();
  if (!isIsoDate(override)) throw new Error(`TARIFF_DATE must be a real date written YYYY-MM-DD (got "${override}")`);
  return override;
}

/** What the pages import: the build date, the version in force then, every version and change, the free numbers. */
export interface SiteTariffData {
  date: string;
  tariff: Tariff;
  history: TariffHistory;
  inventory: SiteInventory;
}

/**
 * Free numbers for the 选号 page: the index's manifest (the chunk files are
 * written beside the pages, under numbers/data/) and the first numbers of
 * each grade for the page without JavaScript, all graded by the engine.
 */
export interface SiteInventory {
  /** The manifest; `index.total` and `index.demo` say how many numbers and whether they are invented. */
  index: NumberIndex;
  firstByGrade: BuiltIndex['firstByGrade'];
}

type Stock = { demo: boolean; numbers: InventoryNumber[] };

/** The index of the last module served, whose chunk files the build writes out. */
let lastIndex: BuiltIndex | undefined;

function moduleFor(date: string, history: TariffHistory, stock: Stock): string {
  const tariff = tariffAt(history.versions, date);
  if (tariff === undefined) throw new Error(`no tariff version is in force on ${date}`);
  lastIndex = buildNumberIndex(tariff, stock.numbers, stock.demo);
  const inventory: SiteInventory = {
    index: lastIndex.index,
    firstByGrade: lastIndex.firstByGrade,
  };
  const data: SiteTariffData = { date, tariff, history, inventory };
  return `export default ${JSON.stringify(data)};`;
}

/** Writes the 选号 chunk files into the built site. */
function writeNumberData(dir: string): number {
  const out = join(dir, NUMBER_DATA_DIR);
  mkdirSync(out, { recursive: true });
  for (const file of lastIndex?.files ?? []) writeFileSync(join(out, file.name), file.bytes);
  return lastIndex?.files.length ?? 0;
}

/** In `astro dev`, the chunk files are served from memory. */
function serveNumberData(base: string): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const prefix = `${base.replace(/\/$/u, '')}/${NUMBER_DATA_DIR}`;
  return (request, response, next) => {
    if (!request.url?.startsWith(prefix)) return next();
    const name = request.url.slice(prefix.length);
    const file = lastIndex?.files.find((f) => f.name === name);
    if (file === undefined) return next();
    response.setHeader('Content-Type', 'application/octet-stream');
    response.end(file.bytes);
  };
}

function tariffDataPlugin(root: string, date: string, checked: TariffHistory, stock: Stock): Plugin {
  let current: TariffHistory | undefined = checked;
  return {
    name: 'tariff-data',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(TARIFF_FILES)) this.addWatchFile(join(root, file));
      this.addWatchFile(join(root, CHANGES_DIR));
      if (current === undefined) {
        const loaded = loadTariff(root);
        if (!loaded.ok) throw new Error(`tariffs/ is invalid:\n${loaded.issues.map(formatIssue).join('\n')}`);
        current = loaded.history;
      }
      return moduleFor(date, current, stock);
    },
    watchChange(file) {
      if (file.startsWith(join(root, 'tariffs'))) current = undefined;
    },
  };
}
