/**
 * The tariff as the site's pages see it at build time. Vite reads the YAML
 * files (so `astro dev` reloads when they change); the same engine validates
 * them. The tariff-check integration has already reported any problem.
 */
import { parse as parseYaml } from 'yaml';
import { formatIssue, parseTariff, TARIFF_FILES, type RawTariff, type TariffFileKey } from '../engine/index';

const files = import.meta.glob<string>('/tariffs/*.yaml', { query: '?raw', import: 'default', eager: true });

function load() {
  const raw = {} as RawTariff;
  for (const key of Object.keys(TARIFF_FILES) as TariffFileKey[]) {
    const text = files[`/${TARIFF_FILES[key]}`];
    if (text === undefined) throw new Error(`${TARIFF_FILES[key]}: (file): file is missing`);
    raw[key] = parseYaml(text);
  }
  const result = parseTariff(raw);
  if (!result.ok) throw new Error(`invalid tariff data:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.tariff;
}

export const tariff = load();
