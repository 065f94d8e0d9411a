/**
 * The one way the tariffs/ files are read: `parseTariffFiles(read)`, where
 * `read` gives a file's text (from the file system for the CLI and tests, or
 * from the build's data plugin). YAML is parsed once, with a line counter, so
 * every problem can point at `file:line:col` as well as its path.
 */
import { isNode, type Document, type LineCounter } from 'yaml';
import { say } from '../editor-messages/messages';
import { escapeControls, hiddenCharacterAt } from '../engine/control-chars';
import { parseYamlText } from './yaml-text';
import { TARIFF_FILES, type RawTariff, type TariffFileKey, type TariffHistory } from '../engine/index';
import { type Issue } from '../editor-messages/errors';
import { buildHistory, type ChangeFileInput } from '../tariff-changes/parse';

/** The text of a project file ("tariffs/plans.yaml"), or undefined when it does not exist. */
export type ReadText = (file: string) => string | undefined;

/** Reading project files: a file's text, and the file names in a folder ("tariffs/changes"). */
export interface ProjectFiles {
  read: ReadText;
  list(dir: string): string[];
}

/** Where editors put dated changes: one YAML file each. */
export const CHANGES_DIR = 'tariffs/changes';

export interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The file's data, as plain values. */
  data: unknown;
  text: string;
}

export type TariffFilesResult =
  { ok: true; history: TariffHistory; files: YamlFile[] } | { ok: false; issues: Issue[]; files: YamlFile[] };

/** Parses one YAML file; syntax errors become issues with their line and column. */
export function readYamlFile(read: ReadText, file: string, issues: Issue[]): YamlFile | undefined {
  let text: string | undefined;
  try {
    text = read(file);
  } catch (error) {
    // An unreadable encoding is reported like any other problem, with its line.
    const found = (error as { line?: unknown }).line;
    const line = typeof found === 'number' ? found : 1;
    issues.push({ file, path: '', line, col: 1, ...say('file/encoding', { line }) });
    return undefined;
  }
  if (text === undefined) {
    issues.push({ file, path: '', ...say('file/missing') });
    return undefined;
  }
  const parsed = parseYamlText(text);
  if (!parsed.ok) {
    for (const problem of parsed.problems) issues.push({ file, path: '', ...problem });
    return undefined;
  }
  return { file, doc: parsed.doc, lines: parsed.lines, data: parsed.data, text };
}

/** "addons[4].charges[0].amount" → ['addons', 4, 'charges', 0, 'amount'] */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** Adds line and column to an issue whose path names a node of the file. */
export function locate(issue: Issue, yaml: YamlFile | undefined): Issue {
  if (yaml === undefined || issue.line !== undefined) return issue;
  const segments = pathSegments(issue.path);
  // The deepest node that exists: a missing field points at its parent.
  for (let n = segments.length; n >= 0; n--) {
    const node = n === 0 ? yaml.doc.contents : yaml.doc.getIn(segments.slice(0, n), true);
    if (isNode(node) && node.range) {
      const { line, col } = yaml.lines.linePos(node.range[0]);
      return { ...issue, line, col };
    }
  }
  return issue;
}

export function parseTariffFiles(
  project: ProjectFiles,
  names: Record<TariffFileKey, string> = TARIFF_FILES,
): TariffFilesResult {
  const issues: Issue[] = [];
  const files: YamlFile[] = [];
  const raw = {} as RawTariff;
  for (const key of Object.keys(names) as TariffFileKey[]) {
    const yaml = readYamlFile(project.read, names[key], issues);
    if (yaml !== undefined) files.push(yaml);
    raw[key] = yaml?.data;
  }
  const changes: ChangeFileInput[] = [];
  for (const name of project.list(CHANGES_DIR)) {
    const file = `${CHANGES_DIR}/${name}`;
    const hidden = hiddenCharacterAt(name);
    if (hidden !== undefined) {
      issues.push({ file: escapeControls(file), path: '', ...say('file/hidden-character-name', hidden) });
      continue;
    }
    if (!name.endsWith('.yaml')) {
      if (!name.startsWith('.') && name !== 'README.md') issues.push({ file, path: '', ...say('file/not-yaml') });
      continue;
    }
    const yaml = readYamlFile(project.read, file, issues);
    if (yaml === undefined) continue;
    files.push(yaml);
    changes.push({ file, data: yaml.data });
  }
  const basesRead = Object.values(names).every((name) => files.some((f) => f.file === name));
  if (!basesRead) return { ok: false, issues, files };
  // The change files that could be read are still checked: one run lists every problem.
  const built = buildHistory(raw, changes, names);
  if (!built.ok || issues.length > 0) {
    const byFile = new Map(files.map((f) => [f.file, f]));
    const more = built.ok ? [] : built.issues.map((issue) => locate(issue, byFile.get(issue.file)));
    return { ok: false, issues: [...issues, ...more], files };
  }
  return { ok: true, history: built.history, files };
}
