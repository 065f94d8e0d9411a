/**
 * Writing long output to a pipe: in chunks, waiting for the reader when the
 * pipe is full (so `classify < 1m.txt | slow-reader` keeps memory flat), and
 * ending quietly when the reader has gone (`| head -1`).
 */
import { once } from 'node:events';

const CHUNK = 64 * 1024;

export function bufferedWriter(stream: NodeJS.WritableStream): {
  write(text: string): Promise<void> | void;
  flush(): Promise<void>;
} {
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const full = !stream.write(buffer);
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

/** A reader that closed the pipe (EPIPE) ends the command with success and no stack trace. */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
