/** Everything `npm run tariff -- check` and the build verify: tariffs/ and content/. */
import { TARIFF_FILES, type Issue, type Tariff } from '../engine/index';
import { loadTariff } from '../data/load-tariff';
import { checkContent } from './content';
import { checkSources } from './sources';

export function checkProject(root: string): { tariff?: Tariff; issues: Issue[] } {
  const loaded = loadTariff(root);
  if (!loaded.ok) return { issues: loaded.issues };
  const issues = [...checkSources(root, Object.values(TARIFF_FILES)), ...checkContent(root, loaded.tariff)];
  return { tariff: loaded.tariff, issues };
}
