/** admin/tariff-files.json's text: the tariff files as they are now (written by the build, generated on each load by the dev and edit servers). */
import { TARIFF_FILES } from '../engine/index';
import { projectFiles } from '../tariff-files/node';
import { CHANGES_DIR } from '../tariff-files/read';
import type { TariffSnapshot } from './tariff-snapshot';

export function snapshotText(root: string): string {
  const disk = projectFiles(root);
  const names = disk.list(CHANGES_DIR);
  const paths = [
    ...Object.values(TARIFF_FILES),
    ...names.filter((n) => n.endsWith('.yaml')).map((n) => `${CHANGES_DIR}/${n}`),
  ];
  const files: Record<string, string> = {};
  for (const path of paths) {
    try {
      const text = disk.read(path);
      if (text !== undefined) files[path] = text;
    } catch {
      // A file that is not UTF-8 is left out: it reads as missing before and after a save, so it refuses none.
    }
  }
  const snapshot: TariffSnapshot = { files, folders: { [CHANGES_DIR]: names } };
  return JSON.stringify(snapshot);
}
