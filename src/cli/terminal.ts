/**
 * Text that came from the user, made safe to print: control characters
 * (C0, DEL, C1 — escape sequences, bells, NUL) and line or paragraph
 * separators are shown as \xHH / \u{…} escapes instead of reaching the
 * terminal, and long echoes are cut so a 10 MB key is not a 10 MB line.
 */
import { escapeControls } from '../engine/control-chars';

export { escapeControls };

const ECHO_LIMIT = 80;

/** An echo of user input: escaped, and cut after `limit` characters with a count of the rest. */
export function echo(text: string, limit = ECHO_LIMIT): string {
  const chars = [...text];
  const shown =
    chars.length > limit ? `${chars.slice(0, limit).join('')}…（另有 ${chars.length - limit} 个字符）` : text;
  return escapeControls(shown);
}

/** JSON for a terminal: JSON.stringify leaves DEL and C1 controls raw; escape them too (still valid JSON). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
