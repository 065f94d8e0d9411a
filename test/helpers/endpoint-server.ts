/**
 * A stand-in for the form service marketing may set (contact.applyEndpoint):
 * it answers CORS preflights as a real one must, records every application
 * POSTed to /applications, and can be told to fail (500) or to answer slowly, so
 * tests see what the page does in each case. GET /received lists what it got;
 * POST /mode with "ok", "fail", "slow", "redirect" (a 307 elsewhere), "html" (a login page) or
 * "other-reference" sets how it answers; "ok" answers the contract: {"reference": …}.
 * In mode "receiver" the real 办理 receiver (src/receiver) answers instead, and
 * notifies a 企业微信-like robot at /robot, whose messages GET /robot/received lists.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { ReceiverHandler } from '../../src/receiver/handler';

export type EndpointMode = 'ok' | 'fail' | 'slow' | 'redirect' | 'html' | 'other-reference' | 'receiver';
export const SLOW_MS = 1500;

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
  });

const referenceOf = (text: string): unknown => {
  try {
    return (JSON.parse(text) as { reference?: unknown }).reference;
  } catch {
    return undefined;
  }
};

export interface Endpoint {
  url: string;
  /** The receiver that answers in mode "receiver". */
  useReceiver(handler: ReceiverHandler): void;
  close(): Promise<void>;
}

export function startEndpoint(): Promise<Endpoint> {
  const received: string[] = [];
  const robot: string[] = [];
  let origin = '';
  let mode: EndpointMode = 'ok';
  let receiver: ReturnType<typeof getRequestListener> | undefined;
  const server = createServer((request, response) => void answer(request, response));
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (mode === 'receiver' && path === '/applications' && receiver !== undefined) return receiver(request, response);
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Methods', 'POST');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
    } else if (path === '/received') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
    } else if (path === '/mode' && request.method === 'POST') {
      mode = (await body(request)) as EndpointMode;
      received.length = 0;
      robot.length = 0;
      response.writeHead(204).end();
    } else if (path === '/robot' && request.method === 'POST') {
      robot.push(await body(request));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    } else if (path === '/robot/received') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(robot));
    } else if (path === '/applications' && request.method === 'POST') {
      const text = await body(request);
      if (mode === 'fail') response.writeHead(500).end('down');
      else if (mode === 'redirect') response.writeHead(307, { location: `${origin}/elsewhere` }).end();
      else if (mode === 'html') response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>请登录</h1>');
      else {
        if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
        received.push(text);
        // The contract: the application's reference, back as JSON.
        const reference = mode === 'other-reference' ? 'SQ-XXXX-XXXX' : referenceOf(text);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ reference }));
      }
    } else if (path === '/elsewhere') {
      received.push(`elsewhere: ${await body(request)}`);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } else {
      response.writeHead(404).end();
    }
  }
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `http://127.0.0.1:${port}`,
        useReceiver(handler) {
          receiver = getRequestListener((req, bindings) =>
            handler(req, { address: bindings.incoming.socket.remoteAddress ?? 'unknown' }),
          );
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
