/**
 * /admin/ refuses, in the browser and before anything is written, a change
 * file or a number list `check` would refuse: Decap calls this before every save (its preSave
 * event), on any backend, so an editor publishing through the git host gets
 * the same answer as one under `npm run edit`. The file is checked against
 * the tariff files as the site was last built (admin/tariff-files.json, read
 * afresh at each save; the edit and dev servers generate it from the disk).
 * A refusal throws: Decap then shows 「保存内容失败: <words>」 and keeps the form.
 * CI's `check` stays the authority: when the files cannot be read, the save goes ahead.
 */
import { stringify } from 'yaml';
import { INVENTORY_FILE } from '../../inventory/read';
import { CHANGES_DIR, type ProjectFiles } from '../../tariff-files/read';
import { refusalText, saveProblemsIn, type SavedFile } from '../save-problems';
import { SNAPSHOT_FILE, snapshotFiles, type TariffSnapshot } from '../tariff-snapshot';

/** What this script reads of Decap's entries (Immutable.js maps). */
interface Entry {
  get(key: string): unknown;
}
interface DecapData {
  toJS(): Record<string, unknown>;
}
declare const CMS: {
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Entry }) => Promise<undefined> }): void;
};

/** Its name tells cms-init.js to show the message alone. */
class SaveRefused extends Error {
  override name = 'SAVE_REFUSED';
}

async function builtFiles(): Promise<TariffSnapshot | undefined> {
  try {
    const response = await fetch(new URL(SNAPSHOT_FILE, document.baseURI), { cache: 'no-store' });
    return response.ok ? ((await response.json()) as TariffSnapshot) : undefined;
  } catch {
    return undefined;
  }
}

/** Where the entry will be written: its own file, or for a new one a name of that date (the time of saving is added by Decap). */
function pathOf(entry: Entry, data: Record<string, unknown>): string {
  const path = entry.get('path');
  if (entry.get('newRecord') !== true && typeof path === 'string' && path !== '') return path;
  return `${CHANGES_DIR}/${String(data['date'] ?? '')}-new.yaml`;
}

/** The number list needs no other file to be checked. */
const NO_FILES: ProjectFiles = { read: () => undefined, list: () => [] };

/** The file the entry will be written as, and the files it is checked against; undefined: not checked here. */
async function toCheck(entry: Entry): Promise<{ saved: SavedFile; files: ProjectFiles } | undefined> {
  const data = (entry.get('data') as DecapData).toJS();
  if (entry.get('collection') === 'inventory')
    return {
      saved: { path: INVENTORY_FILE, raw: typeof data['csv'] === 'string' ? data['csv'] : '' },
      files: NO_FILES,
    };
  if (entry.get('collection') !== 'changes') return undefined;
  const snapshot = await builtFiles();
  if (snapshot === undefined) return undefined;
  return { saved: { path: pathOf(entry, data), raw: stringify(data) }, files: snapshotFiles(snapshot) };
}

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const checked = await toCheck(entry);
    if (checked === undefined) return undefined;
    const problems = saveProblemsIn(checked.files, [checked.saved]);
    if (problems.length > 0) throw new SaveRefused(refusalText(problems));
    return undefined;
  },
});
