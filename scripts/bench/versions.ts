/**
 * A synthetic history for the benchmarks: the published tariff and n − 1
 * dated changes (one price each, a month apart from 2017), as change files.
 * They lie in the past: a site may carry only 12 versions scheduled ahead
 * (project-check's MAX_SCHEDULED_VERSIONS), but any history behind it.
 */
import { type TariffHistory } from '../../src/engine/index';
import { formatIssue } from '../../src/editor-messages/errors';
import { projectFiles } from '../../src/tariff-files/node';
import { CHANGES_DIR, parseTariffFiles } from '../../src/tariff-files/read';

export function changeFiles(versions: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i < versions; i++) {
    const date = `${2017 + Math.floor((i - 1) / 12)}-${String(((i - 1) % 12) + 1).padStart(2, '0')}-01`;
    files[`${date}-bench.yaml`] =
      `date: "${date}"\nnote: 基准测试调价 ${i}\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: "${100 + i}"\n`;
  }
  return files;
}

/** The checkout's tariff with `versions` − 1 synthetic changes, in memory. */
export function syntheticHistory(root: string, versions: number): TariffHistory {
  const files = changeFiles(versions);
  const real = projectFiles(root);
  const result = parseTariffFiles({
    read: (file) => (file.startsWith(`${CHANGES_DIR}/`) ? files[file.slice(CHANGES_DIR.length + 1)] : real.read(file)),
    list: (dir) => (dir === CHANGES_DIR ? Object.keys(files).sort() : real.list(dir)),
  });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.history;
}
