/**
 * Standard input, read with limits: a quote request is small, so more than
 * MAX_REQUEST_BYTES is refused before it is held in memory; classify reads
 * one number a line, so a line longer than MAX_CLASSIFY_LINE characters (a
 * file that is not a list, or one with no line breaks) is refused at once
 * instead of growing one string until memory runs out. Both exit 2 with the
 * limit named (src/cli/main.ts).
 */
import { StringDecoder } from 'node:string_decoder';

export const MAX_REQUEST_BYTES = 1024 * 1024;
export const MAX_CLASSIFY_LINE = 1000;

export class InputTooLarge extends Error {}

/** All of a stream as UTF-8 text, or InputTooLarge past `max` bytes (read no further). */
export async function readCapped(stream: AsyncIterable<Buffer | string>, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > max)
      throw new InputTooLarge(`larger than ${(max / 1024 / 1024).toString()} MB; a request is one small JSON object`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The lines of a stream (without their \n or \r\n), or InputTooLarge at the first line over `max` characters. */
export async function* cappedLines(stream: AsyncIterable<Buffer | string>, max: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let number = 0;
  const tooLong = () =>
    new InputTooLarge(
      `line ${(number + 1).toLocaleString('en-US')} is longer than ${max.toLocaleString('en-US')} characters; write one number a line`,
    );
  for await (const chunk of stream) {
    const text = partial + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.length > max + 1) throw tooLong();
      number++;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (partial.length > max + 1) throw tooLong();
  }
  partial += decoder.end();
  if (partial !== '') {
    if (partial.length > max + 1) throw tooLong();
    yield partial.endsWith('\r') ? partial.slice(0, -1) : partial;
  }
}
