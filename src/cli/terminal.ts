/**
 * Text that came from the user, made safe to print: control characters
 * (C0, DEL, C1 — escape sequences, bells, NUL) and line or paragraph
 * separators are shown as \xHH / \u{…} escapes instead of reaching the
 * terminal, and long echoes are cut so a 10 MB key is not a 10 MB line.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const ECHO_LIMIT = 80;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

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
