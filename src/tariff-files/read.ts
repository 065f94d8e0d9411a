/**
 * The one way the tariffs/ files are read: `parseTariffFiles(read)`, where
 * `read` gives a file's text (from the file system for the CLI and tests, or
 * from the build's data plugin). YAML is parsed once, with a line counter, so
 * every problem can point at `file:line:col` as well as its path.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { TARIFF_FILES, type Issue, type RawTariff, type TariffFileKey, type TariffHistory } from '../engine/index';
import { buildHistory, type ChangeFileInput } from '../engine/parse';

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
    const line = (error as { line?: unknown }).line;
    issues.push({
      file,
      path: '',
      ...(typeof line === 'number' ? { line, col: 1 } : {}),
      message: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
  if (text === undefined) {
    issues.push({ file, path: '', message: 'file is missing or unreadable' });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const [start] = error.pos;
    const { line, col } = lines.linePos(start);
    issues.push({ file, path: '', line, col, message: `not valid YAML: ${error.message.split('\n')[0]}` });
  }
  return doc.errors.length > 0 ? undefined : { file, doc, lines };
}

/** "addons[4].charges[0].amount" → ['addons', 4, 'charges', 0, 'amount'] */
export function pathSegments(path: string): (string | number)[] {
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
    raw[key] = yaml?.doc.toJS();
  }
  const changes: ChangeFileInput[] = [];
  for (const name of project.list(CHANGES_DIR)) {
    const file = `${CHANGES_DIR}/${name}`;
    if (!name.endsWith('.yaml')) {
      if (!name.startsWith('.') && name !== 'README.md')
        issues.push({ file, path: '', message: 'only .yaml change files belong here' });
      continue;
    }
    const yaml = readYamlFile(project.read, file, issues);
    if (yaml === undefined) continue;
    files.push(yaml);
    changes.push({ file, data: yaml.doc.toJS() });
  }
  if (issues.length > 0) return { ok: false, issues, files };
  const built = buildHistory(raw, changes, names);
  if (!built.ok) {
    const byFile = new Map(files.map((f) => [f.file, f]));
    return { ok: false, issues: built.issues.map((issue) => locate(issue, byFile.get(issue.file))), files };
  }
  return { ok: true, history: built.history, files };
}
