/**
 * The one way a YAML text an editor wrote is read, for the data files and
 * the pages' frontmatter alike: size and key caps first (linear, before any
 * parsing), then the parser, the editor's slips and the parser's errors in
 * Chinese (./yaml-problems), repeated keys (./yaml-limits), and aliases.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { say } from '../engine/messages';
import { keyProblems, MAX_YAML_CHARS, tooManyKeyLines } from './yaml-limits';
import { yamlProblems, type YamlProblem } from './yaml-problems';

export type YamlText =
  { ok: true; doc: Document; lines: LineCounter; data: unknown } | { ok: false; problems: YamlProblem[] };

export function parseYamlText(text: string): YamlText {
  if (text.length > MAX_YAML_CHARS)
    return { ok: false, problems: [{ line: 1, col: 1, ...say('file/too-large', { limit: '1 MB' }) }] };
  const crowded = tooManyKeyLines(text);
  if (crowded !== undefined) return { ok: false, problems: [crowded] };
  const lines = new LineCounter();
  // Repeated keys are found by yaml-limits in one pass: the parser's own check is quadratic in the keys of a map.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const problems = [...yamlProblems(text, doc, lines), ...keyProblems(doc, lines)];
  if (problems.length > 0 || doc.errors.length > 0) return { ok: false, problems };
  try {
    return { ok: true, doc, lines, data: doc.toJS() };
  } catch (error) {
    // Aliases are resolved here: one without its anchor, or too many of them.
    const name = /alias[^:]*: (\S+)/u.exec(error instanceof Error ? error.message : '')?.[1];
    const said = name === undefined ? say('yaml/aliases') : say('yaml/alias', { name });
    return { ok: false, problems: [{ ...aliasPosition(text, name), ...said }] };
  }
}

/** The line of the first "*name" (or of any alias) in the text. */
function aliasPosition(text: string, name: string | undefined): { line: number; col: number } {
  const lines = text.split(/\r?\n/u);
  const find = (l: string) => (name === undefined ? l.search(/(?:^|[\s[{,])\*\S/u) : l.indexOf(`*${name}`));
  const index = lines.findIndex((l) => find(l) !== -1);
  if (index === -1) return { line: 1, col: 1 };
  return { line: index + 1, col: find(lines[index] ?? '') + 1 };
}
