/**
 * The one way a YAML text an editor wrote is read, for the data files and
 * the pages' frontmatter alike: size, hidden characters and key caps first
 * (linear, before any parsing, aliases refused there), then the parser, the editor's slips and
 * the parser's errors in Chinese (./yaml-problems), and repeated keys (./yaml-limits).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { say } from '../editor-messages/messages';
import { hiddenCharacterAt } from '../engine/control-chars';
import { keyProblems, MAX_YAML_CHARS, preParseProblem } from './yaml-limits';
import { yamlProblems, type YamlProblem } from './yaml-problems';

type YamlText = { ok: true; doc: Document; lines: LineCounter; data: unknown } | { ok: false; problems: YamlProblem[] };

export function parseYamlText(text: string): YamlText {
  if (text.length > MAX_YAML_CHARS)
    return { ok: false, problems: [{ line: 1, col: 1, ...say('file/too-large', { limit: '1 MB' }) }] };
  const hidden = hiddenCharacterAt(text);
  if (hidden !== undefined)
    return { ok: false, problems: [{ line: hidden.line, col: hidden.col, ...say('text/hidden-character', hidden) }] };
  const refused = preParseProblem(text);
  if (refused !== undefined) return { ok: false, problems: [refused] };
  const lines = new LineCounter();
  // Repeated keys are found by yaml-limits in one pass: the parser's own check is quadratic in the keys of a map.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const problems = [...yamlProblems(text, doc, lines), ...keyProblems(doc, lines)];
  if (problems.length > 0 || doc.errors.length > 0) return { ok: false, problems };
  return { ok: true, doc, lines, data: doc.toJS() };
}
