/**
 * Text that came from the user or a file, made safe to print: control
 * characters (C0, DEL, C1 — escape sequences, bells, NUL), line and paragraph
 * separators and bidi controls are shown as \xHH / \u{…} escapes instead of
 * reaching the terminal, and long echoes are cut so a 10 MB key is not a 10 MB
 * line. Every line a command prints goes through forTerminal (./output).
 */
import { escapeControls, escapeControlsInJson } from '../engine/control-chars';

export { escapeControls };

const ECHO_LIMIT = 80;

/** An echo of user input: escaped, and cut after `limit` characters with a count of the rest. */
export function echo(text: string, limit = ECHO_LIMIT): string {
  const chars = [...text];
  const shown =
    chars.length > limit ? `${chars.slice(0, limit).join('')}…（另有 ${chars.length - limit} 个字符）` : text;
  return escapeControls(shown);
}

/**
 * Output for a terminal, whatever it holds: in text, every control and bidi
 * character but the line breaks and tabs that lay it out is escaped; in JSON
 * (`json`), those JSON leaves raw (DEL, C1, separators, bidi) become \uXXXX,
 * so the text stays the same JSON.
 */
export function forTerminal(text: string, json = false): string {
  if (json) return escapeControlsInJson(text);
  return text
    .split(/(\r?\n|\t)/u)
    .map((part, i) => (i % 2 === 1 ? part : escapeControls(part)))
    .join('');
}

/** JSON for a terminal (see forTerminal). */
export function safeJson(value: unknown): string {
  return forTerminal(JSON.stringify(value, null, 2), true);
}
