/**
 * What `check` would refuse in a file the CMS is about to save, asked before
 * anything is written. The number list (inventory/numbers.csv) is read as
 * `check` reads it. A change file: the tariff files read as they would be with
 * this file saved, and every problem that saving it would add (a date before
 * the published tariff, an id absent on that date, the same datum changed
 * twice on a day across files, a withdrawal other items need, blank text).
 * Free of Node: the edit server asks it of the files on disk (save-check.ts),
 * /admin/ in the browser of the files the site was built from
 * (tariff-snapshot.ts). `check` stays the authority in CI.
 */
import { firstLines, formatIssue, type Issue } from '../editor-messages/errors';
import { INVENTORY_FILE, parseInventory } from '../inventory/read';
import { CHANGES_DIR, parseTariffFiles, type ProjectFiles } from '../tariff-files/read';

/** A file the CMS sends to be saved: its path in the project, its new path when renamed, its text. */
export interface SavedFile {
  path: string;
  newPath?: string;
  raw: string;
}

function problems(files: ProjectFiles): Issue[] {
  const read = parseTariffFiles(files);
  return read.ok ? [] : read.issues.filter((issue) => !issue.warning);
}

/** The problems saving `saved` into `disk` would add, as `check` reports them; none: it may be saved. */
export function saveProblemsIn(disk: ProjectFiles, saved: readonly SavedFile[]): Issue[] {
  // The number list replaces the old one whole: every problem of the new text is the save's.
  const inventory = saved.filter((f) => (f.newPath ?? f.path) === INVENTORY_FILE);
  const listed = inventory.flatMap((f) => parseInventory(f.raw).issues.filter((issue) => !issue.warning));
  return [...listed, ...changeProblems(disk, saved)];
}

/** How many problems a refusal names before it counts the rest. */
const NAMED = 5;

/** A refusal as the CMS shows it: check's words, each number-list problem at its line. */
export function refusalText(problems: readonly Issue[]): string {
  const said = problems.map((p) => (p.file === INVENTORY_FILE && p.line ? `第 ${p.line} 行：${p.message}` : p.message));
  return firstLines(said, NAMED).join('；');
}

function changeProblems(disk: ProjectFiles, saved: readonly SavedFile[]): Issue[] {
  const changes = saved.filter((f) => (f.newPath ?? f.path).startsWith(`${CHANGES_DIR}/`));
  if (changes.length === 0) return [];
  const gone = new Set(changes.filter((f) => f.newPath !== undefined).map((f) => f.path));
  const written = new Map(changes.map((f) => [f.newPath ?? f.path, f.raw]));
  const after: ProjectFiles = {
    read: (file) => (written.has(file) ? written.get(file) : gone.has(file) ? undefined : disk.read(file)),
    list: (dir) =>
      dir === CHANGES_DIR
        ? [
            ...new Set([
              ...disk.list(dir).filter((name) => !gone.has(`${dir}/${name}`)),
              ...[...written.keys()].map((file) => file.slice(dir.length + 1)),
            ]),
          ].sort()
        : disk.list(dir),
  };
  // Compared as check prints them (file, line, code, words): a problem already there is not the save's.
  const before = new Set(problems(disk).map(formatIssue));
  return problems(after).filter((problem) => !before.has(formatIssue(problem)));
}
