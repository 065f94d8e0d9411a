/**
 * Notifications go out from the stored rows, never from the browser: after
 * an application is stored the outbox is woken, sends each due delivery, and
 * on failure schedules the next attempt with a growing wait. On start it
 * picks up whatever a stopped process left unsent, so a lead stored just
 * before a crash is still announced, once.
 */
import type { Channel } from './channels';
import type { ApplicationStore } from './store';

/** Waits before attempts 2, 3, …: 5 s, 30 s, 2 min, 10 min, 30 min, then hourly, 12 attempts in all (≈ 7 h). */
const BACKOFF_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000];
const MAX_ATTEMPTS = 12;

export interface OutboxOptions {
  /** The wait after a failed attempt (1 = the first); the last entry repeats. */
  backoff?: readonly number[];
  maxAttempts?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface Outbox {
  /** Sends what is due now, in the background. */
  wake(): void;
  /** Sends what is due now and resolves when nothing due is left (for function services and tests). */
  drain(): Promise<void>;
  stop(): void;
}

export function createOutbox(
  store: ApplicationStore,
  channels: readonly Channel[],
  options: OutboxOptions = {},
): Outbox {
  const backoff = options.backoff ?? BACKOFF_MS;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const byId = new Map(channels.map((c) => [c.id, c]));
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function sendDue(): Promise<void> {
    for (let due = store.due(now()); due.length > 0; due = store.due(now())) {
      for (const delivery of due) {
        const channel = byId.get(delivery.channel);
        const attempt = delivery.attempts + 1;
        try {
          if (channel === undefined) throw new Error(`channel ${delivery.channel} is not configured`);
          await channel.send(delivery.application);
          store.sent(delivery.reference, delivery.channel, now());
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const wait = backoff[Math.min(attempt, backoff.length) - 1] ?? 60_000;
          const retry = attempt < maxAttempts && channel !== undefined ? new Date(now().getTime() + wait) : undefined;
          store.failed(delivery.reference, delivery.channel, reason, retry);
          log(
            `receiver: ${delivery.channel} ${delivery.reference} attempt ${attempt} failed: ${reason}` +
              (retry ? `; next at ${retry.toISOString()}` : '; giving up'),
          );
        }
      }
    }
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = store.nextDue();
    if (stopped || next === undefined) return;
    // Timers cap at 2^31 ms; an hour is plenty, the next wake re-reads the store.
    const wait = Math.min(Math.max(next.getTime() - now().getTime(), 0), 3_600_000);
    timer = setTimeout(() => void run(), wait);
    timer.unref?.();
  }

  function run(): Promise<void> {
    running ??= sendDue()
      .catch((error: unknown) => log(`receiver: outbox: ${String(error)}`))
      .finally(() => {
        running = undefined;
        schedule();
      });
    return running;
  }

  return {
    wake: () => void run(),
    async drain() {
      while (running !== undefined) await running;
      await run();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
