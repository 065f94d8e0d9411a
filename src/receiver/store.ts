/**
 * Where accepted applications are kept: one SQLite file (Node's built-in
 * node:sqlite, WAL), with one delivery row per notification channel written
 * in the same transaction. An application is stored before the page hears
 * 已提交, and a channel is notified from its stored row, so a crash or a
 * failing robot loses no lead and a resend stores nothing twice.
 */
import { DatabaseSync } from 'node:sqlite';
import type { Application } from '../application/application';

export interface Delivery {
  reference: string;
  channel: string;
  attempts: number;
  application: Application;
}

export interface StoredApplication {
  reference: string;
  receivedAt: string;
  application: Application;
}

export interface ApplicationStore {
  /** Stores the application and its deliveries; false when the reference is already stored (nothing changes). */
  add(application: Application, receivedAt: Date, channels: readonly string[]): boolean;
  has(reference: string): boolean;
  /** Deliveries not sent yet whose time has come, oldest first. */
  due(now: Date, limit?: number): Delivery[];
  /** When the next unsent delivery is due, if any is. */
  nextDue(): Date | undefined;
  sent(reference: string, channel: string, at: Date): void;
  failed(reference: string, channel: string, error: string, retryAt: Date | undefined): void;
  /** Applications received on or after `since`, oldest first. */
  since(since: Date): StoredApplication[];
  /** Removes one application and its deliveries; false when there was none. */
  remove(reference: string): boolean;
  /** Removes every application received before `before`; returns how many. */
  purge(before: Date): number;
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS applications (
  reference   TEXT PRIMARY KEY,
  received_at TEXT NOT NULL,
  body        TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS applications_received ON applications (received_at);
CREATE TABLE IF NOT EXISTS deliveries (
  reference  TEXT NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  channel    TEXT NOT NULL,
  attempts   INTEGER NOT NULL DEFAULT 0,
  next_at    TEXT,
  sent_at    TEXT,
  last_error TEXT,
  PRIMARY KEY (reference, channel)
) STRICT;
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (next_at) WHERE sent_at IS NULL;
`;

interface Row {
  reference: string;
  received_at: string;
  body: string;
}

export function openStore(file: string): ApplicationStore {
  const db = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;',
  );
  db.exec(SCHEMA);
  const insert = db.prepare(
    'INSERT INTO applications (reference, received_at, body) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const insertDelivery = db.prepare('INSERT INTO deliveries (reference, channel, next_at) VALUES (?, ?, ?)');
  const exists = db.prepare('SELECT 1 AS found FROM applications WHERE reference = ?');
  const dueRows = db.prepare(
    `SELECT d.reference, d.channel, d.attempts, a.body FROM deliveries d JOIN applications a USING (reference)
     WHERE d.sent_at IS NULL AND d.next_at IS NOT NULL AND d.next_at <= ? ORDER BY d.next_at LIMIT ?`,
  );
  const next = db.prepare(
    'SELECT MIN(next_at) AS next_at FROM deliveries WHERE sent_at IS NULL AND next_at IS NOT NULL',
  );
  const markSent = db.prepare(
    'UPDATE deliveries SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE reference = ? AND channel = ?',
  );
  const markFailed = db.prepare(
    'UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_at = ? WHERE reference = ? AND channel = ?',
  );
  const sinceRows = db.prepare(
    'SELECT reference, received_at, body FROM applications WHERE received_at >= ? ORDER BY received_at, reference',
  );
  const removeOne = db.prepare('DELETE FROM applications WHERE reference = ?');
  const purgeRows = db.prepare('DELETE FROM applications WHERE received_at < ?');

  return {
    add(application, receivedAt, channels) {
      const at = receivedAt.toISOString();
      db.exec('BEGIN IMMEDIATE');
      try {
        const added = Number(insert.run(application.reference, at, JSON.stringify(application)).changes) === 1;
        if (added) for (const channel of channels) insertDelivery.run(application.reference, channel, at);
        db.exec('COMMIT');
        return added;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    has: (reference) => exists.get(reference) !== undefined,
    due: (now, limit = 20) =>
      (dueRows.all(now.toISOString(), limit) as unknown as (Row & { channel: string; attempts: number })[]).map(
        (r) => ({
          reference: r.reference,
          channel: r.channel,
          attempts: r.attempts,
          application: JSON.parse(r.body) as Application,
        }),
      ),
    nextDue() {
      const row = next.get() as { next_at: string | null } | undefined;
      return row?.next_at ? new Date(row.next_at) : undefined;
    },
    sent: (reference, channel, at) => void markSent.run(at.toISOString(), reference, channel),
    failed: (reference, channel, error, retryAt) =>
      void markFailed.run(error.slice(0, 500), retryAt?.toISOString() ?? null, reference, channel),
    since: (since) =>
      (sinceRows.all(since.toISOString()) as unknown as Row[]).map((r) => ({
        reference: r.reference,
        receivedAt: r.received_at,
        application: JSON.parse(r.body) as Application,
      })),
    remove: (reference) => Number(removeOne.run(reference).changes) > 0,
    purge: (before) => Number(purgeRows.run(before.toISOString()).changes),
    close: () => db.close(),
  };
}
