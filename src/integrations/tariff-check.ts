/**
 * Fails `astro build` and `astro dev` when tariffs/ or content/ is invalid,
 * printing every problem as `file: path: message` (the same report as
 * `npm run tariff -- check`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../engine/index';
import { checkProject } from '../checks/project';

export function tariffCheck(): AstroIntegration {
  return {
    name: 'tariff-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { tariff, issues } = checkProject(fileURLToPath(config.root));
        if (issues.length > 0) {
          throw new Error(`tariffs/ or content/ is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`);
        }
        logger.info(`tariff data valid: ${tariff?.plans.length} plans, ${tariff?.addons.length} add-ons`);
      },
    },
  };
}
