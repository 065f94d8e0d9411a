import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/application/application';
import type { Channel } from '../../src/receiver/channels';
import { createReceiver, type ReceiverHandler } from '../../src/receiver/handler';
import { createOutbox } from '../../src/receiver/outbox';
import { createRateLimit } from '../../src/receiver/rate-limit';
import { openStore, type ApplicationStore } from '../../src/receiver/store';
import { FIRST, LATER, makeApplication, posted, SITE_URL, VERSIONS } from '../helpers/receiver';

const ORIGIN = new URL(SITE_URL).origin;
const NOW = new Date('2026-12-02T02:00:00Z');

/** A channel that records what it sends and fails its first `failures` attempts. */
function recordingChannel(failures = 0): Channel & { sent: Application[]; attempts: number } {
  const channel = {
    id: 'wecom',
    sent: [] as Application[],
    attempts: 0,
    send(app: Application) {
      channel.attempts++;
      if (channel.attempts <= failures) return Promise.reject(new Error('robot down'));
      channel.sent.push(app);
      return Promise.resolve();
    },
  };
  return channel;
}

let store: ApplicationStore | undefined;
afterEach(() => store?.close());

function receiver(channel = recordingChannel(), limit = 100): { handle: ReceiverHandler; store: ApplicationStore } {
  store = openStore(':memory:');
  const outbox = createOutbox(store, [channel], { backoff: [20], log: () => undefined, now: () => new Date() });
  const handle = createReceiver({
    siteUrl: SITE_URL,
    store,
    versions: { dates: () => Promise.resolve([FIRST, LATER]), version: (d) => Promise.resolve(VERSIONS[d]) },
    outbox,
    channels: ['wecom'],
    rateLimit: createRateLimit(limit, 600_000),
    quoteDays: 7,
    now: () => NOW,
    log: () => undefined,
  });
  return { handle, store };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1:8787/applications`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
const caller = { address: '203.0.113.9' };
const sent = (app: unknown) => post(JSON.stringify(app, null, 2));

describe('the receiver', () => {
  it('stores an application, answers 已提交 with its reference, and notifies once', async () => {
    const channel = recordingChannel();
    const { handle, store } = receiver(channel);
    const app = makeApplication();
    const response = await handle(sent(app), caller);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await response.json()).toEqual({ reference: app.reference, status: '已提交' });
    expect(store.since(new Date(0))).toEqual([
      { reference: app.reference, receivedAt: NOW.toISOString(), application: app },
    ]);
    await expect.poll(() => channel.sent.length).toBe(1);
    expect(channel.sent[0]?.quote.total).toBe('1836.00');
  });

  it('answers a resend as the first time, storing and notifying once', async () => {
    const channel = recordingChannel();
    const { handle, store } = receiver(channel);
    const app = makeApplication();
    const answers = await Promise.all([handle(sent(app), caller), handle(sent(app), caller)]);
    const again = await handle(sent(app), caller);
    for (const answer of [...answers, again])
      expect(await answer.json()).toEqual({ reference: app.reference, status: '已提交' });
    expect(store.since(new Date(0))).toHaveLength(1);
    await expect.poll(() => channel.sent.length).toBe(1);
    // Nothing is left to send: no later attempt can come.
    expect(store.nextDue()).toBeUndefined();
    expect(channel.attempts).toBe(1);
  });

  it('retries a failing robot from the stored row: fails twice, then one message', async () => {
    const channel = recordingChannel(2);
    const { handle } = receiver(channel);
    expect((await handle(sent(makeApplication()), caller)).status).toBe(200);
    await expect.poll(() => channel.sent.length).toBe(1);
    expect(channel.attempts).toBe(3);
  });

  it('refuses a tampered total with the field and the right figure, storing nothing', async () => {
    const { handle, store } = receiver();
    const app = posted(makeApplication()) as { quote: { total: string } };
    app.quote.total = '836.00';
    const response = await handle(sent(app), caller);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      message: '申请没有提交，请按提示改正后再提交',
      refusals: { 'quote.total': '费用与资费不符：按 2016-04-10 起执行的资费，合计应为 1836.00 元' },
    });
    expect(store.since(new Date(0))).toEqual([]);
  });

  it('refuses a 10 MB body without reading it whole, with or without its length declared', async () => {
    const { handle } = receiver();
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 10 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await handle(post(stream), caller);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ message: '申请内容过大' });
    // The cap is 64 KiB: at most the chunk over it and what the stream queued ahead.
    expect(pulled).toBeLessThanOrEqual(4 * 64 * 1024);
    let declaredPulled = 0;
    const declared = new ReadableStream<Uint8Array>({
      pull(controller) {
        declaredPulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const refused = await handle(post(declared, { 'content-length': String(10 * 1024 * 1024) }), caller);
    expect(refused.status).toBe(413);
    expect(declaredPulled).toBeLessThanOrEqual(64 * 1024);
  });

  it('serves only the site’s own pages: another origin, or none, is refused; the preflight names the site', async () => {
    const { handle, store } = receiver();
    const app = makeApplication();
    for (const origin of ['https://evil.example', 'null', '']) {
      const response = await handle(post(JSON.stringify(app), { origin }), caller);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ message: '只受理本站页面提交的申请' });
    }
    expect(store.since(new Date(0))).toEqual([]);
    const preflight = await handle(
      new Request('http://127.0.0.1:8787/applications', { method: 'OPTIONS', headers: { origin: ORIGIN } }),
      caller,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type');
    const foreign = await handle(
      new Request('http://127.0.0.1:8787/applications', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example' },
      }),
      caller,
    );
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('speaks JSON only and says what is wrong with a request that is not an application', async () => {
    const { handle } = receiver();
    const cases: [Request, number, string][] = [
      [post('x=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415, '申请必须以 JSON 提交'],
      [post('{"reference": '), 400, '申请内容不是有效的 JSON'],
      [post('[1,2]'), 400, '申请内容必须是一个 JSON 对象'],
      [post(new Uint8Array([0x7b, 0xff, 0x7d])), 400, '申请内容不是 UTF-8 文字'],
      [new Request('http://127.0.0.1:8787/applications', { headers: { origin: ORIGIN } }), 405, '只接受 POST'],
      [new Request('http://127.0.0.1:8787/admin', { headers: { origin: ORIGIN } }), 404, '没有这个地址'],
    ];
    for (const [request, status, message] of cases) {
      const response = await handle(request, caller);
      expect([response.status, await response.json()]).toEqual([status, { message }]);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
  });

  it('limits submissions per address, and keeps nothing a robot puts in the honeypot', async () => {
    const { handle, store } = receiver(recordingChannel(), 3);
    const app = makeApplication();
    for (let i = 0; i < 3; i++)
      expect((await handle(sent({ ...app, website: 'http://spam.example' }), caller)).status).toBe(200);
    expect(store.since(new Date(0))).toEqual([]);
    const limited = await handle(sent(app), caller);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(600);
    expect((await handle(sent(app), { address: '198.51.100.7' })).status).toBe(200);
    expect(store.since(new Date(0))).toHaveLength(1);
  });
});
