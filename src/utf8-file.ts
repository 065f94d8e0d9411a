/** Reading the project's text files (tariffs/, content/, inventory/): UTF-8 or a clear error with the line. */
import { readFileSync } from 'node:fs';

/** A file that is not valid UTF-8: the line of its first bad byte, so an editor can find it. */
export class EncodingError extends Error {
  constructor(readonly line: number) {
    super(`not valid UTF-8 text (first bad byte on line ${line}): save the file as UTF-8`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a UTF-8 file; invalid bytes are an EncodingError rather than a silent "�". */
export function readUtf8(path: string): string {
  const bytes = readFileSync(path);
  try {
    return utf8.decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    throw new EncodingError(lenient.slice(0, Math.max(0, bad)).split('\n').length);
  }
}
