/**
 * The receiver on one machine: the settings from the environment, the SQLite
 * store, the channels, the outbox and the Fetch handler behind Node's HTTP
 * server (@hono/node-server). Binds 127.0.0.1 unless RECEIVER_HOST says
 * otherwise; applications older than the retention period are deleted at
 * start and every hour.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { serve, type HttpBindings, type Http2Bindings } from '@hono/node-server';
import { dingtalk, email, feishu, wecom, type Channel } from './channels';
import { createReceiver } from './handler';
import { createOutbox, type OutboxOptions } from './outbox';
import { createRateLimit } from './rate-limit';
import { fetchFromSite, readFromFolder, siteVersions } from './site-versions';
import { channelIds, type ReceiverSettings } from './settings';
import { openStore, type ApplicationStore } from './store';

const DAY_MS = 86_400_000;
const RATE_WINDOW_MS = 10 * 60 * 1000;

function channelsOf(s: ReceiverSettings): Channel[] {
  const channels: Channel[] = [];
  if (s.RECEIVER_WECOM_WEBHOOK) channels.push(wecom(s.RECEIVER_WECOM_WEBHOOK));
  if (s.RECEIVER_DINGTALK_WEBHOOK) channels.push(dingtalk(s.RECEIVER_DINGTALK_WEBHOOK, s.RECEIVER_DINGTALK_SECRET));
  if (s.RECEIVER_FEISHU_WEBHOOK) channels.push(feishu(s.RECEIVER_FEISHU_WEBHOOK, s.RECEIVER_FEISHU_SECRET));
  if (s.RECEIVER_SMTP_URL && s.RECEIVER_MAIL_FROM && s.RECEIVER_MAIL_TO)
    channels.push(email(s.RECEIVER_SMTP_URL, s.RECEIVER_MAIL_FROM, s.RECEIVER_MAIL_TO));
  return channels;
}

export function openSettingsStore(s: ReceiverSettings): ApplicationStore {
  mkdirSync(dirname(s.RECEIVER_DATABASE), { recursive: true });
  return openStore(s.RECEIVER_DATABASE);
}

interface RunningReceiver {
  url: string;
  close(): Promise<void>;
}

/** The caller's address: the socket's, or the first in the header a trusted proxy sets. */
function callerAddress(request: Request, bindings: HttpBindings | Http2Bindings, header: string | undefined): string {
  const forwarded = header ? request.headers.get(header)?.split(',')[0]?.trim() : undefined;
  return forwarded || bindings.incoming.socket.remoteAddress || 'unknown';
}

export function startReceiver(s: ReceiverSettings, outboxOptions: OutboxOptions = {}): Promise<RunningReceiver> {
  const store = openSettingsStore(s);
  const purge = () => {
    const removed = store.purge(new Date(Date.now() - s.RECEIVER_RETENTION_DAYS * DAY_MS));
    if (removed > 0)
      console.error(`receiver: ${removed} application(s) past ${s.RECEIVER_RETENTION_DAYS} days deleted`);
  };
  purge();
  const purging = setInterval(purge, 3_600_000);
  purging.unref();
  const outbox = createOutbox(store, channelsOf(s), outboxOptions);
  const read = s.RECEIVER_SITE_DIR ? readFromFolder(s.RECEIVER_SITE_DIR) : fetchFromSite(s.RECEIVER_SITE_URL);
  const handle = createReceiver({
    siteUrl: s.RECEIVER_SITE_URL,
    store,
    versions: siteVersions(read),
    outbox,
    channels: channelIds(s),
    rateLimit: createRateLimit(s.RECEIVER_RATE_LIMIT, RATE_WINDOW_MS),
    quoteDays: s.RECEIVER_QUOTE_DAYS,
  });
  // Whatever a stopped process left unsent goes out now.
  outbox.wake();
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: (request, bindings) =>
          handle(request, { address: callerAddress(request, bindings, s.RECEIVER_CLIENT_IP_HEADER) }),
        hostname: s.RECEIVER_HOST,
        port: s.RECEIVER_PORT,
      },
      (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise((done) => {
              clearInterval(purging);
              outbox.stop();
              server.close(() => {
                store.close();
                done();
              });
            }),
        });
      },
    );
  });
}
