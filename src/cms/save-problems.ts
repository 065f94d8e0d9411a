/**
 * What `check` would refuse in a change file the CMS is about to save, asked
 * before anything is written: the tariff files read as they would be with
 * this file saved, and every problem that saving it would add (a date before
 * the published tariff, an id absent on that date, the same datum changed
 * twice on a day across files, a withdrawal other items need, blank text).
 * Free of Node: the edit server asks it of the files on disk (save-check.ts),
 * /admin/ in the browser of the files the site was built from
 * (tariff-snapshot.ts). `check` stays the authority in CI.
 */
import { formatIssue, type Issue } from '../editor-messages/errors';
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

/** The problems saving `saved` into `disk` would add to the change files, as `check` reports them; none: it may be saved. */
export function saveProblemsIn(disk: ProjectFiles, saved: readonly SavedFile[]): Issue[] {
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
