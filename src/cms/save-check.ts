/** The edit server's question before it writes a change file: what saving it would add to `check`'s problems, on disk. */
import type { Issue } from '../editor-messages/errors';
import { projectFiles } from '../tariff-files/node';
import { saveProblemsIn, type SavedFile } from './save-problems';

export type { SavedFile } from './save-problems';

export function saveProblems(root: string, saved: readonly SavedFile[]): Issue[] {
  return saveProblemsIn(projectFiles(root), saved);
}
