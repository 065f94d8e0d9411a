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
import { formatIssue, TARIFF_FILES, type Issue, type Tariff } from '../engine/index';
import { checkProject } from '../project-check';
import { loadTariff } from '../tariff-files/node';

const MODULE_ID = 'virtual:tariff-data';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function summary(issues: Issue[]): string {
  const errors = issues.filter((i) => !i.warning).length;
  return `${errors} problem${errors === 1 ? '' : 's'} in tariffs/ or content/; fix ${errors === 1 ? 'it' : 'them'} and build again (npm run tariff -- check lists the same)`;
}

export function tariffData(): AstroIntegration {
  return {
    name: 'tariff-data',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const { tariff, issues } = checkProject(root);
        for (const issue of issues) (issue.warning ? logger.warn : logger.error).call(logger, formatIssue(issue));
        if (tariff === undefined || issues.some((i) => !i.warning)) {
          logger.error(summary(issues));
          // Exit here: a thrown error would bury the list under Astro's hook trace.
          process.exit(1);
        }
        logger.info(`tariff data valid: ${tariff.plans.length} plans, ${tariff.addons.length} add-ons`);
        updateConfig({ vite: { plugins: [tariffDataPlugin(root, tariff)] } });
      },
    },
  };
}

function tariffDataPlugin(root: string, checked: Tariff): Plugin {
  let current: Tariff | undefined = checked;
  return {
    name: 'tariff-data',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(TARIFF_FILES)) this.addWatchFile(join(root, file));
      if (current === undefined) {
        const loaded = loadTariff(root);
        if (!loaded.ok) throw new Error(`tariffs/ is invalid:\n${loaded.issues.map(formatIssue).join('\n')}`);
        current = loaded.tariff;
      }
      return `export default ${JSON.stringify(current)};`;
    },
    watchChange(file) {
      if (file.startsWith(join(root, 'tariffs'))) current = undefined;
    },
  };
}
