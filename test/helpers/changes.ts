/**
 * The published tariff (the frozen copy) with change files beside it, read
 * as the CLI and the build read tariffs/: for tests of dated changes.
 */
import { type TariffHistory } from '../../src/engine/index';
import { formatIssue } from '../../src/editor-messages/errors';
import { projectFiles } from '../../src/tariff-files/node';
import { parseTariffFiles, type ProjectFiles } from '../../src/tariff-files/read';
import { PUBLISHED_ROOT } from './tariff';

/**
 * The published files with these change files (name → YAML text) in
 * tariffs/changes/, listed by name as a folder lists them, or in the order
 * written (to show the order of the files does not matter).
 */
export function withChanges(
  changes: Record<string, string>,
  listed: 'by-name' | 'as-written' = 'by-name',
): ProjectFiles {
  const published = projectFiles(PUBLISHED_ROOT);
  const names = listed === 'by-name' ? Object.keys(changes).sort() : Object.keys(changes);
  return {
    read: (file) => changes[file.replace('tariffs/changes/', '')] ?? published.read(file),
    list: (dir) => (dir === 'tariffs/changes' ? names : published.list(dir)),
  };
}

/** The history these change files make; throws with the issues when they are refused. */
export function history(changes: Record<string, string>): TariffHistory {
  const result = parseTariffFiles(withChanges(changes));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.history;
}

/** What `check` prints for these change files, one line per issue; [] when they apply. */
export function problems(changes: Record<string, string>): string[] {
  const result = parseTariffFiles(withChanges(changes));
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** A change file of one date with these operations (YAML list items, indented by two). */
export function changeFile(date: string, operations: string, note = '调整'): string {
  return `date: "${date}"\nnote: ${note}\nchanges:\n${operations}`;
}

/** The guide's price change: 彩铃功能 · 功能费 to `amount` from `date`, as the CMS writes it. */
export function ringbackChange(date: string, amount = '120'): string {
  return `date: "${date}"\nnote: 彩铃功能费调整为每年 ${amount} 元\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: "${amount}"\n`;
}
