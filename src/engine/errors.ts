/**
 * A problem found in tariff data or content: shown as `file:line:col: path:
 * message` (the form editors' terminals and VS Code jump from), or
 * `file: path: message` where no position is known.
 */
export interface Issue {
  file: string;
  path: string;
  message: string;
  line?: number;
  col?: number;
  /** A warning is printed but does not fail `check` or the build. */
  warning?: boolean;
}

export function formatIssue(issue: Issue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.col ?? 1}`;
  // A position says where already; a path is added when it tells more.
  const path = issue.path || (issue.line === undefined ? '(file)' : '');
  return `${where}: ${path ? `${path}: ` : ''}${issue.warning ? 'warning: ' : ''}${issue.message}`;
}

/** ['addons', 4, 'needs', 0] → "addons[4].needs[0]" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const name = String(part);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** ` (did you mean "ringback"?)` when a known id is one or two edits away. */
export function didYouMean(value: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
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
