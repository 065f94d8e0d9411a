/**
 * What a data file may hold: at most MAX_YAML_CHARS of text and MAX_YAML_KEYS
 * keys (a tariff needs a few hundred), each key once per map. Checked in one
 * pass over the parsed document, so a hostile file is refused in linear time.
 */
import { isMap, isScalar, visit, type Document, type LineCounter } from 'yaml';
import { say } from '../engine/messages';
import type { YamlProblem } from './yaml-problems';

export const MAX_YAML_CHARS = 1_000_000;
const MAX_YAML_KEYS = 10_000;

/**
 * Before parsing: a file with more key lines than a tariff could need is
 * refused at once (parsing it would take seconds); keys in flow maps ({a: 1})
 * are counted after parsing, by keyProblems.
 */
export function tooManyKeyLines(text: string): YamlProblem | undefined {
  let count = 0;
  let line = 0;
  for (const match of text.matchAll(/^[ \t]*(?:- +)?[^\s#'"][^:\n]*:(?:[ \t]|$)/gmu)) {
    count++;
    if (count > MAX_YAML_KEYS) {
      line = text.slice(0, match.index).split('\n').length;
      return { line, col: 1, ...say('yaml/too-many-keys', { limit: MAX_YAML_KEYS }) };
    }
  }
  return undefined;
}

export function keyProblems(doc: Document, lines: LineCounter): YamlProblem[] {
  const problems: YamlProblem[] = [];
  let keys = 0;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        keys++;
        if (keys > MAX_YAML_KEYS) {
          const { line, col } = lines.linePos(map.range?.[0] ?? 0);
          problems.push({ line, col, ...say('yaml/too-many-keys', { limit: MAX_YAML_KEYS }) });
          return visit.BREAK;
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
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
