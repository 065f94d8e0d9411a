/**
 * The one way the tariffs/ files are read: `parseTariffFiles(read)`, where
 * `read` gives a file's text (from the file system for the CLI and tests, or
 * from the build's data plugin). YAML is parsed once, with a line counter, so
 * every problem can point at `file:line:col` as well as its path.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { say } from '../engine/messages';
import { yamlProblems } from './yaml-problems';
import { keyProblems, MAX_YAML_CHARS, tooManyKeyLines } from './yaml-limits';
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
  if (text.length > MAX_YAML_CHARS) {
    issues.push({ file, path: '', line: 1, col: 1, ...say('file/too-large', { limit: '1 MB' }) });
    return undefined;
  }
  const crowded = tooManyKeyLines(text);
  if (crowded !== undefined) {
    issues.push({ file, path: '', ...crowded });
    return undefined;
  }
  const lines = new LineCounter();
  // Repeated keys are found by limits.ts in one pass: the parser's own check is quadratic in the keys of a map.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const problems = [...yamlProblems(text, doc, lines), ...keyProblems(doc, lines)];
  for (const problem of problems) issues.push({ file, path: '', ...problem });
  if (problems.length > 0 || doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Aliases are resolved here: one without its anchor, or too many of them.
    const name = /alias[^:]*: (\S+)/u.exec(error instanceof Error ? error.message : '')?.[1];
    const where = aliasPosition(text, name);
    issues.push({
      file,
      path: '',
      ...where,
      ...(name === undefined ? say('yaml/aliases') : say('yaml/alias', { name })),
    });
    return undefined;
  }
  return { file, doc, lines, data, text };
}

/** The line of the first "*name" (or of any alias) in the text. */
function aliasPosition(text: string, name: string | undefined): { line: number; col: number } {
  const lines = text.split(/\r?\n/u);
  const find = (l: string) => (name === undefined ? l.search(/(?:^|[\s[{,])\*\S/u) : l.indexOf(`*${name}`));
  const index = lines.findIndex((l) => find(l) !== -1);
  if (index === -1) return { line: 1, col: 1 };
  return { line: index + 1, col: find(lines[index] ?? '') + 1 };
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
    raw[key] = yaml?.data;
  }
  const changes: ChangeFileInput[] = [];
  for (const name of project.list(CHANGES_DIR)) {
    const file = `${CHANGES_DIR}/${name}`;
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
