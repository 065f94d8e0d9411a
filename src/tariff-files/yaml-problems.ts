/**
 * YAML as an editor writes it, checked before the parser's own errors are
 * read: a full-width colon after a key, a tab in the indentation. The
 * parser's errors are then translated into the editor's words (./messages),
 * at the line the editor has to change; one slip gives one message.
 */
import type { Document, LineCounter } from 'yaml';
import { say, type MessageCode } from '../editor-messages/messages';

export interface YamlProblem {
  line: number;
  col: number;
  code: MessageCode;
  message: string;
}

/** "  - set：addons…" → the key before a full-width colon. */
const FULLWIDTH_KEY = /^(\s*(?:-\s+)?)([A-Za-z][\w.-]*)\s*：/u;
/** "key: value" with the value's start, for the colon and indentation checks. */
const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z][\w-]*):(?:\s+(.*))?$/u;

export function yamlProblems(text: string, doc: Document, lines: LineCounter): YamlProblem[] {
  const source = text.split(/\r?\n/u);
  const written = writtenSlips(source);
  if (written.length > 0) return written;
  // The parser trips over a list item out of line with its siblings a line or two later: name the item.
  const item = doc.errors.length > 0 ? misalignedItem(source) : undefined;
  if (item !== undefined) return [item];
  const problems: YamlProblem[] = [];
  const seenLines = new Set<number>();
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    const problem = translate(error.code, error.message, line, col, source);
    // One slip often trips several parser errors on one line: keep the first.
    if (seenLines.has(problem.line)) continue;
    seenLines.add(problem.line);
    problems.push(problem);
  }
  return problems;
}

/** Slips visible in the text itself, found before parsing. */
function writtenSlips(source: string[]): YamlProblem[] {
  const problems: YamlProblem[] = [];
  source.forEach((text, i) => {
    const tab = /^[ ]*\t/u.exec(text);
    if (tab !== null) {
      problems.push({ line: i + 1, col: tab[0].length, ...say('yaml/tab') });
      return;
    }
    const fullwidth = FULLWIDTH_KEY.exec(text);
    if (fullwidth !== null) {
      const key = fullwidth[2] ?? '';
      problems.push({
        line: i + 1,
        col: (fullwidth[1] ?? '').length + key.length + 1,
        ...say('yaml/fullwidth-colon', { key }),
      });
    }
  });
  return problems;
}

const indentOf = (text: string) => /^ */u.exec(text)?.[0].length ?? 0;
const ITEM = /^( *)- /u;

/**
 * The first list item ("- set: …") whose indentation matches neither the
 * item before it nor an enclosing list's, and does not open a list nested
 * under a key ("changes:"). Lines inside a block of text (after "|" or ">")
 * are not items.
 */
function misalignedItem(source: string[]): YamlProblem | undefined {
  // The last item's indentation, and every indentation an item has had (a Set: linear in the file's length).
  let sibling: number | undefined;
  const itemIndents = new Set<number>();
  let textBlock: number | undefined;
  let previous = '';
  for (const [i, text] of source.entries()) {
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const indent = indentOf(text);
    if (textBlock !== undefined && indent > textBlock) continue;
    textBlock = /:\s*[|>][-+0-9]*\s*$/u.test(text) ? indent : undefined;
    if (ITEM.test(text)) {
      const opensList = /:\s*$/u.test(previous) && indent >= indentOf(previous);
      if (sibling !== undefined && indent !== sibling && !opensList && !itemIndents.has(indent)) {
        const key = KEY_LINE.exec(text)?.[2] ?? text.trim();
        return { line: i + 1, col: 1, ...say('yaml/indent', { key: `- ${key}`, expected: sibling, got: indent }) };
      }
      sibling = indent;
      itemIndents.add(indent);
    }
    previous = text;
  }
  return undefined;
}

/** The indentation of a key on a line: its column, after any "- ". */
function keyColumn(text: string): number {
  const match = /^(\s*)(-\s+)?/u.exec(text);
  return (match?.[1]?.length ?? 0) + (match?.[2]?.length ?? 0);
}

function translate(code: string, message: string, line: number, col: number, source: string[]): YamlProblem {
  const text = source[line - 1] ?? '';
  const at = (atLine: number, atCol: number, said: ReturnType<typeof say>): YamlProblem => ({
    line: atLine,
    col: atCol,
    ...said,
  });
  if (code === 'TAB_AS_INDENT') return at(line, 1, say('yaml/tab'));
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || code === 'BAD_INDENT') {
    const match = KEY_LINE.exec(text);
    const value = match?.[3] ?? '';
    // "note: 调整: 每年 150 元": a ": " inside the value.
    if (match !== null && /:\s/u.test(value) && !/^['"]/u.test(value))
      return at(line, col, say('yaml/colon-in-value', { key: match[2] ?? '', value: value.replaceAll("'", "''") }));
    // "  - set: …\n      to: …": the next line is indented deeper than its sibling.
    const next = source[line] ?? '';
    const nextKey = KEY_LINE.exec(next);
    if (match !== null && nextKey !== null) {
      const expected = keyColumn(text);
      const got = /^\s*/u.exec(next)?.[0].length ?? 0;
      if (got !== expected) return at(line + 1, got + 1, say('yaml/indent', { key: nextKey[2] ?? '', expected, got }));
    }
    if (match === null) return at(line, 1, say('yaml/missing-colon'));
  }
  if (code === 'MISSING_CHAR' && message.includes('Sequence item without')) {
    // A line inside a list item that does not line up with the item's first key.
    const above = source.slice(0, line - 1).findLast((l) => /^\s*-\s+/u.test(l)) ?? '';
    const key = KEY_LINE.exec(text)?.[2] ?? text.trim();
    return at(
      line,
      1,
      say('yaml/indent', { key, expected: keyColumn(above), got: /^\s*/u.exec(text)?.[0].length ?? 0 }),
    );
  }
  if (code === 'MISSING_CHAR' && /closing ['"]?quote/iu.test(message)) {
    // The parser notices at the end; the quote that needs closing opened earlier.
    const opened = findUnclosedQuote(source, line);
    return at(opened.line, opened.col, say('yaml/unclosed-quote', { quote: opened.quote }));
  }
  return at(line, col, say('yaml/syntax', { detail: code }));
}

function findUnclosedQuote(source: string[], before: number): { line: number; col: number; quote: string } {
  for (let i = Math.min(before, source.length) - 1; i >= 0; i--) {
    const text = source[i] ?? '';
    const value = /:\s+(['"])/u.exec(text);
    if (value === null) continue;
    const quote = value[1] ?? "'";
    const start = (value.index ?? 0) + value[0].length - 1;
    if (!text.slice(start + 1).includes(quote)) return { line: i + 1, col: start + 1, quote };
  }
  return { line: before, col: 1, quote: "'" };
}
