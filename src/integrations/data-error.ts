/**
 * The error a page shows under the dev server while the data files have a
 * problem: Astro's overlay gets its title, label and hint in Chinese, points
 * at the first problem's file and line (its "Open in editor" opens that file,
 * not this code), and carries no stack trace: the problem is in the data, not
 * in the program.
 */
import { join } from 'node:path';
import type { Issue } from '../editor-messages/errors';

/** The fields Astro's error overlay reads besides the message. */
interface DataError extends Error {
  title: string;
  hint: string;
  loc?: { file: string; line?: number; column?: number };
}

export function dataError(root: string, problem: string, first: Issue | undefined): DataError {
  const error = new Error(problem) as DataError;
  error.name = '资费数据有误';
  error.title = '页面暂不显示价格';
  error.hint = '改正文件并保存后，页面会自动刷新。';
  if (first !== undefined && first.file !== '')
    error.loc = {
      file: join(root, first.file),
      ...(first.line === undefined ? {} : { line: first.line }),
      ...(first.col === undefined ? {} : { column: first.col }),
    };
  error.stack = '';
  return error;
}
