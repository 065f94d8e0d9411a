/**
 * The receiver as a standard Fetch handler (Request → Response), so the same
 * code runs as a Node process (node-server.ts) and on function services.
 * POST /applications takes an application from the site's 办理 page only
 * (its Origin, JSON, a capped body, a per-address limit, a honeypot),
 * re-checks it with the engine (recheck.ts), stores it, then answers 已提交
 * and wakes the outbox. It speaks JSON only, in Chinese where a visitor reads it.
 */
import { recheckApplication, type Refusals } from './recheck';
import { readCapped } from './read-body';
import type { RateLimit } from './rate-limit';
import type { ApplicationStore } from './store';
import type { Outbox } from './outbox';
import type { VersionSource } from './site-versions';
import { todayInShanghai } from '../engine/rules';
import { HONEYPOT_FIELD } from '../application/application';

interface ReceiverOptions {
  /** The site's address with its base path, ending in "/": its origin is the only one served. */
  siteUrl: string;
  store: ApplicationStore;
  versions: VersionSource;
  outbox: Outbox;
  /** The channels each new application is delivered to ("wecom", "email", …). */
  channels: readonly string[];
  rateLimit: RateLimit;
  /** How many days after the day it was made a quote is still honoured. */
  quoteDays: number;
  /** The largest body read; an application is ≈ 3 KB. */
  maxBytes?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

/** What the handler knows of the caller besides the request: its address, as the platform reports it. */
export interface Caller {
  address: string;
}

export type ReceiverHandler = (request: Request, caller: Caller) => Promise<Response>;

export const APPLICATIONS_PATH = '/applications';
const MAX_BYTES = 64 * 1024;

export function createReceiver(options: ReceiverOptions): ReceiverHandler {
  const origin = new URL(options.siteUrl).origin;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const maxBytes = options.maxBytes ?? MAX_BYTES;

  const json = (status: number, body: object, headers: Record<string, string> = {}): Response =>
    new Response(JSON.stringify(body), {
      status,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Access-Control-Allow-Origin': origin,
        Vary: 'Origin',
        ...headers,
      },
    });
  const refused = (status: number, message: string, refusals?: Refusals, headers?: Record<string, string>) =>
    json(status, { message, ...(refusals ? { refusals } : {}) }, headers);

  async function receive(request: Request, caller: Caller): Promise<Response> {
    if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json'))
      return refused(415, '申请必须以 JSON 提交');
    const wait = options.rateLimit.take(caller.address, now().getTime());
    if (wait > 0)
      return refused(429, '提交太频繁，请稍后再试，或拨打热线', undefined, {
        'Retry-After': String(Math.ceil(wait / 1000)),
      });
    const read = await readCapped(request, maxBytes);
    if (!read.ok)
      return read.reason === 'too-large' ? refused(413, '申请内容过大') : refused(400, '申请内容不是 UTF-8 文字');
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return refused(400, '申请内容不是有效的 JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return refused(400, '申请内容必须是一个 JSON 对象');
    const { [HONEYPOT_FIELD]: trap, ...application } = body as Record<string, unknown>;
    const reference = typeof application['reference'] === 'string' ? application['reference'] : '';
    if (typeof trap === 'string' && trap !== '') {
      // A robot: it is told what a person would be told, and nothing is kept.
      log(`receiver: honeypot filled by ${caller.address}; ${reference} not stored`);
      return json(200, { reference, status: '已提交' });
    }
    // A resend (a timeout, a double tap) answers what the first answered.
    if (reference !== '' && options.store.has(reference)) return json(200, { reference, status: '已提交' });

    const dates = await options.versions.dates();
    if (dates.length === 0) return refused(503, '暂时无法读取资费，请稍后再试或拨打热线');
    const checked = await recheckApplication(application, {
      dates,
      version: (date) => options.versions.version(date),
      today: todayInShanghai(now()),
      quoteDays: options.quoteDays,
      siteUrl: options.siteUrl,
    });
    if (!checked.ok) return refused(422, '申请没有提交，请按提示改正后再提交', checked.refusals);
    options.store.add(checked.application, now(), options.channels);
    options.outbox.wake();
    return json(200, { reference: checked.application.reference, status: '已提交' });
  }

  return async (request, caller) => {
    const path = new URL(request.url).pathname;
    if (path === '/health' && request.method === 'GET') return json(200, { ok: true });
    if (path !== APPLICATIONS_PATH) return refused(404, '没有这个地址');
    if (request.headers.get('origin') !== origin) return refused(403, '只受理本站页面提交的申请');
    if (request.method === 'OPTIONS')
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    if (request.method !== 'POST') return refused(405, '只接受 POST', undefined, { Allow: 'POST, OPTIONS' });
    try {
      return await receive(request, caller);
    } catch (error) {
      log(`receiver: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return refused(500, '受理服务暂时出错，请稍后再试或拨打热线');
    }
  };
}
