/**
 * `npm run edit` listens on loopback only: the local backend writes into the
 * checkout, so it must never answer another machine. Any --host option that
 * names something other than this machine is refused before the server starts.
 */
import { say } from '../editor-messages/messages';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Why these command-line arguments would expose the edit server, or undefined. */
export function hostProblem(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg !== '--host' && !arg.startsWith('--host=')) continue;
    const value = arg === '--host' ? args[i + 1] : arg.slice('--host='.length);
    // A bare --host (or one followed by another option) means every interface.
    if (value === undefined || value.startsWith('-') || !LOOPBACK.has(value))
      return say('edit/host', { option: arg === '--host' ? `--host ${value ?? ''}`.trim() : arg }).message;
  }
  return undefined;
}
