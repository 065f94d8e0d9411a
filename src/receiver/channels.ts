/**
 * The channels a sales team reads leads in: the group robots of 企业微信,
 * 钉钉 (with its signing secret) and 飞书 (signed when a secret is set), and
 * e-mail over SMTP (nodemailer). Each send either completes or throws with
 * the reason; the outbox retries from the stored row.
 */
import { createHmac } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { Application } from '../application/application';
import { leadMarkdown, leadMessage, leadText } from './lead-message';

export interface Channel {
  /** "wecom", "dingtalk", "feishu", "email": the delivery rows name it. */
  id: string;
  send(application: Application): Promise<void>;
}

/** How long one notification may take before it counts as failed. */
const SEND_TIMEOUT_MS = 10_000;

type Fetch = typeof fetch;

/** POSTs JSON to a robot and reads its answer; the robots answer 200 with their own error code. */
async function postJson(fetcher: Fetch, url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    redirect: 'error',
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  try {
    const answer: unknown = JSON.parse(text);
    return typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  } catch {
    throw new Error(`not JSON: ${text.slice(0, 200)}`);
  }
}

/** 企业微信 group robot: {"errcode": 0} is success. */
export function wecom(webhook: string, fetcher: Fetch = fetch): Channel {
  return {
    id: 'wecom',
    async send(app) {
      const answer = await postJson(fetcher, webhook, {
        msgtype: 'markdown',
        markdown: { content: leadMarkdown(app) },
      });
      if (answer['errcode'] !== 0) throw new Error(`企业微信: ${JSON.stringify(answer).slice(0, 200)}`);
    },
  };
}

/** 钉钉's signature: base64 HMAC-SHA256 of "timestamp\nsecret", keyed by the secret. */
export function dingtalkSign(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** 钉钉 group robot (加签): timestamp and sign in the address; {"errcode": 0} is success. */
export function dingtalk(webhook: string, secret: string | undefined, fetcher: Fetch = fetch, now = Date.now): Channel {
  return {
    id: 'dingtalk',
    async send(app) {
      const url = new URL(webhook);
      if (secret !== undefined) {
        const timestamp = now();
        url.searchParams.set('timestamp', String(timestamp));
        url.searchParams.set('sign', dingtalkSign(secret, timestamp));
      }
      const body = { msgtype: 'markdown', markdown: { title: leadMessage(app).title, text: leadMarkdown(app) } };
      const answer = await postJson(fetcher, url.href, body);
      if (answer['errcode'] !== 0) throw new Error(`钉钉: ${JSON.stringify(answer).slice(0, 200)}`);
    },
  };
}

/** 飞书's signature: base64 HMAC-SHA256 of nothing, keyed by "timestamp\nsecret" (timestamp in seconds). */
export function feishuSign(secret: string, timestamp: number): string {
  return createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
}

/** 飞书 custom bot: a card with the Markdown; {"code": 0} is success. */
export function feishu(webhook: string, secret: string | undefined, fetcher: Fetch = fetch, now = Date.now): Channel {
  return {
    id: 'feishu',
    async send(app) {
      const timestamp = Math.floor(now() / 1000);
      const body = {
        ...(secret !== undefined ? { timestamp: String(timestamp), sign: feishuSign(secret, timestamp) } : {}),
        msg_type: 'interactive',
        card: {
          header: { title: { tag: 'plain_text', content: leadMessage(app).title } },
          elements: [{ tag: 'markdown', content: leadMarkdown(app) }],
        },
      };
      const answer = await postJson(fetcher, webhook, body);
      if ((answer['code'] ?? answer['StatusCode']) !== 0)
        throw new Error(`飞书: ${JSON.stringify(answer).slice(0, 200)}`);
    },
  };
}

/** E-mail through SMTP ("smtps://user:password@smtp.example.cn:465"). */
export function email(smtpUrl: string, from: string, to: readonly string[]): Channel {
  const transport = createTransport(smtpUrl);
  return {
    id: 'email',
    async send(app) {
      await transport.sendMail({ from, to: [...to], subject: leadMessage(app).title, text: leadText(app) });
    },
  };
}
