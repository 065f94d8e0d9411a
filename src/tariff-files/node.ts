/** The tariffs/ files from the file system (the CLI, the build's checks, tests and benchmarks). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tariffAt, todayInShanghai, type Tariff, type TariffHistory } from '../engine/index';
import { formatIssue } from '../editor-messages/errors';
import { parseTariffFiles, type ProjectFiles, type TariffFilesResult } from './read';
import { EncodingError, readUtf8 } from '../utf8-file';

/** Project files under `root`; a missing file reads as undefined, a missing folder lists nothing. */
export function projectFiles(root: string): ProjectFiles {
  return {
    read(file) {
      try {
        return readUtf8(join(root, file));
      } catch (error) {
        if (error instanceof EncodingError) throw error;
        return undefined;
      }
    },
    list(dir) {
      try {
        return readdirSync(join(root, dir)).sort();
      } catch {
        return [];
      }
    },
  };
}

export function loadTariff(root: string): TariffFilesResult {
  return parseTariffFiles(projectFiles(root));
}

/** The whole history, or an Error listing every problem as `file:line:col: path: message`. */
export function loadHistoryOrThrow(root: string): TariffHistory {
  const result = loadTariff(root);
  if (!result.ok) throw new Error(`invalid tariff data:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.history;
}

/** The version in force on `date` (default: today in Asia/Shanghai). */
export function loadTariffOrThrow(root: string, date = todayInShanghai()): Tariff {
  const history = loadHistoryOrThrow(root);
  const tariff = tariffAt(history.versions, date);
  if (tariff === undefined) throw new Error(`no tariff is in force on ${date}`);
  return tariff;
}
