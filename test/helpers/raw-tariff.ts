/**
 * The published tariff's files as parsed YAML, before validation: a fresh,
 * freely editable copy for each test of what parseTariff refuses.
 */
import { TARIFF_FILES, type TariffFileKey } from '../../src/engine/tariff';
import { projectFiles } from '../../src/tariff-files/node';
import { readYamlFile } from '../../src/tariff-files/read';
import { PUBLISHED_ROOT } from './tariff';

type Json = Record<string, unknown>;

/** The files' contents, typed as far as the tests edit them. */
export interface RawFiles {
  tariff: Json & { kinds: Record<'monthly' | 'annual', Json> };
  grades: { grades: Json[] };
  plans: { plans: Json[] };
  addons: { addons: Json[] };
  notes: { notes: Json[]; contact: Json };
}

// Read as the CLI and the build read them.
const project = projectFiles(PUBLISHED_ROOT);
const files = Object.fromEntries(
  (Object.keys(TARIFF_FILES) as TariffFileKey[]).map((key) => [
    key,
    readYamlFile(project.read, TARIFF_FILES[key], [])?.data,
  ]),
) as unknown as RawFiles;

/** A fresh copy of the published files' contents. */
export const rawFiles = (): RawFiles => structuredClone(files);

/** The element of a list with this id (a plan, a grade, an add-on), to edit in place. */
export function byId(list: Json[], id: string): Json {
  const found = list.find((item) => item['id'] === id);
  if (found === undefined) throw new Error(`no ${id} in the published files`);
  return found;
}
