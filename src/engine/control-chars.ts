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
