import type { MessageCode } from './messages';
import { escapeControls } from '../engine/control-chars';

/**
 * A problem found in tariff data or content: shown as `file:line:col: 错误
 * code：message` (the form editors' terminals and VS Code jump from), or
 * `file: path: 错误 code：message` where no position is known. The message
 * is the Chinese text of its code (./messages).
 */
export interface Issue {
  file: string;
  /** Where in the file's data, for tests and files without positions: "changes[0].set". */
  path: string;
  code: MessageCode;
  message: string;
  line?: number;
  col?: number;
  /** A warning is printed but does not fail `check` or the build. */
  warning?: boolean;
}

export function formatIssue(issue: Issue): string {
  // A position says where; without one, the path inside the file does.
  const where =
    issue.line === undefined
      ? `${issue.file}${issue.path ? `: ${issue.path}` : ''}`
      : `${issue.file}:${issue.line}:${issue.col ?? 1}`;
  // File names and messages quote what files hold: nothing of it may drive the terminal.
  return escapeControls(`${where}: ${issue.warning ? '提醒' : '错误'} ${issue.code}：${issue.message}`);
}

/** Problems listed per file before the rest are only counted: 1,000,000 bad rows print a page, not 100 MB. */
const ISSUES_PER_FILE = 50;

/** The issues to print (at most ISSUES_PER_FILE a file, in order) and, per file, how many more there are. */
export function capIssues(issues: readonly Issue[]): { shown: Issue[]; more: [string, number][] } {
  const counts = new Map<string, number>();
  const shown = issues.filter((issue) => {
    const count = (counts.get(issue.file) ?? 0) + 1;
    counts.set(issue.file, count);
    return count <= ISSUES_PER_FILE;
  });
  const more = [...counts]
    .filter(([, n]) => n > ISSUES_PER_FILE)
    .map(([file, n]): [string, number] => [file, n - ISSUES_PER_FILE]);
  return { shown, more };
}

/** The lines `check` and the build print for a list of issues, capped per file. */
export function formatIssues(issues: readonly Issue[]): string[] {
  const { shown, more } = capIssues(issues);
  return [
    ...shown.map(formatIssue),
    ...more.map(([file, n]) => escapeControls(`${file}: 另有 ${n} 个问题未列出（先改好上面的）`)),
  ];
}

/** The first `limit` lines, then one counting the rest: a notice an editor reads stays short. */
export function firstLines(lines: readonly string[], limit: number): string[] {
  return lines.length > limit ? [...lines.slice(0, limit), `……另有 ${lines.length - limit} 个问题`] : [...lines];
}

/** ['addons', 4, 'needs', 0] → "addons[4].needs[0]" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const name = String(part);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** `（是不是 “ringback”？）` when a known id is one or two edits away. */
export function didYouMean(value: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    // The word itself is no suggestion: "name" is not known here, whatever else is.
    if (candidate === value) continue;
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : `（是不是 “${best}”？）`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
