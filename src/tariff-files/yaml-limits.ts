/**
 * What a data file may hold: at most MAX_YAML_CHARS of text and MAX_YAML_KEYS
 * keys (a tariff needs a few hundred), each key once per map, and no anchor
 * or alias (`&name`, `*name`): an editor's file writes every value out, and
 * an alias is how a file recurses into itself or multiplies (billion laughs).
 * Keys and aliases are found by the YAML lexer before anything is parsed, in
 * one linear pass, so a hostile file is refused before any work grows with it.
 */
import { isMap, isScalar, Lexer, visit, type Document, type LineCounter } from 'yaml';
import { say } from '../editor-messages/messages';
import type { YamlProblem } from './yaml-problems';

export const MAX_YAML_CHARS = 1_000_000;
const MAX_YAML_KEYS = 10_000;

/** The lexer's own markers (document, flow end, scalar, BOM): tokens that stand for no text of the file. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f', '\ufeff']);

/** Line and column (1-based) of an offset. */
function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

/**
 * Before parsing: the first anchor or alias, or the key past the cap (block
 * and flow maps alike: every ":" indicator the lexer meets), or undefined.
 */
export function preParseProblem(text: string): YamlProblem | undefined {
  let keys = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    if (token === ':' && ++keys > MAX_YAML_KEYS)
      return { ...positionOf(text, offset), ...say('yaml/too-many-keys', { limit: MAX_YAML_KEYS }) };
    if (/^[&*]\S/u.test(token))
      return { ...positionOf(text, offset), ...say('yaml/alias', { name: token.slice(1), mark: token }) };
    offset += token.length;
  }
  return undefined;
}

export function keyProblems(doc: Document, lines: LineCounter): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
        // Read into a plain object, "__proto__" would set its prototype, not a field: the field vanishes.
        if (key === '__proto__') {
          const at = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
          problems.push({ ...lines.linePos(at), ...say('yaml/reserved-key', { key }) });
        }
        if (seen.has(key)) {
          const at = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
          problems.push({ ...lines.linePos(at), ...say('yaml/duplicate-key', { key }) });
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return problems;
}
