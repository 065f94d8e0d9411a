/**
 * Text that came from a file or a user, made safe to print: control
 * characters (C0, DEL, C1: escape sequences, bells, NUL), line and paragraph
 * separators and bidi overrides are shown as \\xHH / \\u{…} escapes instead
 * of reaching the terminal. Used by every message `check` prints and by the CLI.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/**
 * JSON text made safe to print, still the same JSON: JSON.stringify already
 * escapes C0 (what is left raw is layout: line breaks, indentation), so the
 * rest of the same list becomes \\uXXXX escapes.
 */
export function escapeControlsInJson(json: string): string {
  return json.replace(CONTROL, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 ? c : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A character no text an editor writes may hold (the data files' texts, page
 * bodies, file names): controls other than tab and line breaks, line and
 * paragraph separators, bidi marks, overrides and isolates, zero-width
 * characters and the BOM. They print nothing or reorder what follows, so a
 * reader cannot see what the text says.
 */
export const HIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** The first hidden character of a text: its line and column (1-based) and its code point ("U+202E"); or undefined. */
export function hiddenCharacterAt(text: string): { line: number; col: number; char: string } | undefined {
  const found = HIDDEN_CHARACTER.exec(text);
  if (found === null) return undefined;
  const before = text.slice(0, found.index);
  const char = `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { line: before.split('\n').length, col: found.index - before.lastIndexOf('\n'), char };
}
