/**
 * Which files the CMS's local backend may touch: only the CMS's own
 * collections (the change files, the three page folders, the number list) and
 * its uploads folder, each with the file type it holds. A path is checked as written —
 * relative, already normalised (no "..", ".", "//" or "\"), no dot-folder,
 * no control, bidirectional or other invisible character, a file name of at
 * most MAX_NAME_BYTES — and then on disk: no part of it may be a symbolic
 * link, so a link planted in a folder cannot lead out of it.
 */
import { lstatSync } from 'node:fs';
import { join, posix } from 'node:path';
import { HIDDEN_CHARACTER } from '../engine/control-chars';

/** A folder the CMS edits, and the file names it may hold there. */
interface EditFolder {
  folder: string;
  name: RegExp;
}

export const CHANGES_FOLDER = 'tariffs/changes';
export const MEDIA_FOLDER = 'public/uploads';

const EDIT_FOLDERS: readonly EditFolder[] = [
  { folder: CHANGES_FOLDER, name: /\.yaml$/u },
  { folder: 'content/plans', name: /\.mdx$/u },
  { folder: 'content/addons', name: /\.mdx$/u },
  { folder: 'content/pages', name: /\.mdx$/u },
  { folder: MEDIA_FOLDER, name: /\.(?:png|jpe?g|webp|gif|pdf)$/iu },
  // The number list 选号 shows: this one file of its folder.
  { folder: 'inventory', name: /^numbers\.csv$/u },
];

/** Longest file name the CMS may write, in UTF-8 bytes (file systems stop at 255). */
const MAX_NAME_BYTES = 100;

/** Why `path` is not a file the CMS may touch under `root`, or undefined when it is. */
export function pathProblem(root: string, path: unknown): string | undefined {
  if (typeof path !== 'string' || path === '') return '缺少文件路径';
  if (HIDDEN_CHARACTER.test(path) || /[\t\n\r]/u.test(path))
    return `文件路径里有控制字符或不可见字符：${JSON.stringify(path)}`;
  if (path.includes('\\') || path.startsWith('/') || posix.normalize(path) !== path)
    return `文件路径必须是项目里的相对路径，不能有 ..、. 或 \\：${JSON.stringify(path)}`;
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.'))) return `不能读写以 . 开头的文件或文件夹：${JSON.stringify(path)}`;
  const name = parts.at(-1) ?? '';
  const folder = parts.slice(0, -1).join('/');
  const allowed = EDIT_FOLDERS.find((f) => f.folder === folder);
  if (allowed === undefined)
    return `内容管理只能改 ${EDIT_FOLDERS.map((f) => `${f.folder}/`).join('、')} 里的文件：${JSON.stringify(path)}`;
  if (!allowed.name.test(name)) return `${folder}/ 里不能放这种文件：${JSON.stringify(name)}`;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `文件名太长（最多 ${MAX_NAME_BYTES} 字节）：${name}`;
  return linkProblem(root, parts);
}

/** A collection folder the CMS may list, or why not. */
export function folderProblem(root: string, folder: unknown): string | undefined {
  if (typeof folder !== 'string' || !EDIT_FOLDERS.some((f) => f.folder === folder.replace(/\/$/u, '')))
    return `内容管理只能列出 ${EDIT_FOLDERS.map((f) => `${f.folder}/`).join('、')}：${JSON.stringify(folder)}`;
  return linkProblem(root, folder.replace(/\/$/u, '').split('/'));
}

/** A symbolic link anywhere along the path (the parts that exist). */
function linkProblem(root: string, parts: string[]): string | undefined {
  for (let i = 1; i <= parts.length; i++) {
    const at = join(root, ...parts.slice(0, i));
    let isLink: boolean;
    try {
      isLink = lstatSync(at).isSymbolicLink();
    } catch {
      return undefined; // the rest does not exist yet: the CMS creates it
    }
    if (isLink) return `${parts.slice(0, i).join('/')} 是符号链接，内容管理不跟随链接`;
  }
  return undefined;
}
