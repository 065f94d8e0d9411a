/**
 * The tariff files as /admin/ was served them (admin/tariff-files.json): the
 * published files and every change file, by path. The browser checks a save
 * against them as the edit server checks against the disk.
 */
import type { ProjectFiles } from '../tariff-files/read';

export interface TariffSnapshot {
  /** Each file's text by its path in the project. */
  files: Record<string, string>;
  /** Each folder's entries, as the file system lists them. */
  folders: Record<string, string[]>;
}

export const SNAPSHOT_FILE = 'tariff-files.json';

export function snapshotFiles(snapshot: TariffSnapshot): ProjectFiles {
  return {
    read: (file) => (Object.hasOwn(snapshot.files, file) ? snapshot.files[file] : undefined),
    list: (dir) => snapshot.folders[dir] ?? [],
  };
}
