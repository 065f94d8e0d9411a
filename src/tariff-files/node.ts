/** The tariffs/ files from the file system (the CLI, the build's checks, tests and benchmarks). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, type Tariff } from '../engine/index';
import { parseTariffFiles, type ReadText, type TariffFilesResult } from './read';

/** Reads project files under `root`; a missing file reads as undefined. */
export function fileReader(root: string): ReadText {
  return (file) => {
    try {
      return readFileSync(join(root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
}

export function loadTariff(root: string): TariffFilesResult {
  return parseTariffFiles(fileReader(root));
}

/** The tariff, or an Error listing every problem as `file:line:col: path: message`. */
export function loadTariffOrThrow(root: string): Tariff {
  const result = loadTariff(root);
  if (!result.ok) throw new Error(`invalid tariff data:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.tariff;
}
