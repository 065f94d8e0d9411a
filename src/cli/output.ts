/**
 * Everything a command prints goes through here, made safe for a terminal
 * (./terminal forTerminal: no control or bidi character from a file or the
 * user reaches it). Long output is written in chunks, waiting for the reader
 * when the pipe is full (so `classify < 1m.txt | slow-reader` keeps memory
 * flat). A reader that goes away early (`check | head -1`) ends the command
 * quietly with the exit status it had already decided: a failing check still
 * fails a CI step whose output was cut short.
 */
import { once } from 'node:events';
import { forTerminal } from './terminal';

const CHUNK = 64 * 1024;

/** A line on standard output; `json`: the text is JSON (escaped as JSON). */
export function print(text: string, json = false): void {
  process.stdout.write(`${forTerminal(text, json)}\n`);
}

/** A line on standard error. */
export function printError(text: string): void {
  process.stderr.write(`${forTerminal(text)}\n`);
}

export function bufferedWriter(
  stream: NodeJS.WritableStream,
  json = false,
): {
  write(text: string): Promise<void> | void;
  flush(): Promise<void>;
} {
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const full = !stream.write(forTerminal(buffer, json));
    buffer = '';
    if (full) await once(stream, 'drain');
  };
  return {
    write(text) {
      buffer += text;
      return buffer.length >= CHUNK ? flush() : undefined;
    },
    flush,
  };
}

/**
 * A reader that closed the pipe (EPIPE) ends the command without a stack
 * trace, with the exit status already set (process.exitCode; 0 when none is):
 * each command sets its status before it prints.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
}
