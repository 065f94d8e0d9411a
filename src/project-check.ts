/** Everything `npm run tariff -- check` and the build verify: tariffs/ and content/, every problem in one run. */
import type { Issue, Tariff } from './engine/index';
import { fileReader } from './tariff-files/node';
import { parseTariffFiles } from './tariff-files/read';
import { checkSources } from './tariff-files/sources';
import { checkContent } from './content-files/check';

export function checkProject(root: string): { tariff?: Tariff; issues: Issue[] } {
  const read = fileReader(root);
  const loaded = parseTariffFiles(read);
  const sources = checkSources(read, loaded.files);
  if (!loaded.ok) return { issues: [...loaded.issues, ...sources] };
  return { tariff: loaded.tariff, issues: [...sources, ...checkContent(root, loaded.tariff)] };
}
