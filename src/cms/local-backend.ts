/**
 * The CMS's local backend: decap-server's file-system middleware, which
 * writes each edit straight into a project folder, mounted under
 * /api/v1 of the server that serves /admin/ (the dev server under
 * `npm run edit`, or a test's server), and never part of a build.
 *
 * It serves the editor's own /admin/ tab and nothing else. Every request
 * must come over loopback, name this server in Host (a DNS-rebound name does
 * not), come from this same origin (Origin; no CORS is ever answered), and
 * carry this run's key, which only /admin/config.json hands out (a page of
 * another origin cannot read it). Its body is read up to a cap, and every
 * file or folder it names must be one the CMS edits (./edit-paths).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { folderProblem, MEDIA_FOLDER, pathProblem } from './edit-paths';
import { saveProblems, type SavedFile } from './save-check';
import { refusalText } from './save-problems';

type Handler = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;
interface ExpressApp extends Handler {
  use: (...handlers: unknown[]) => unknown;
}

export interface LocalBackend {
  /** This run's key: /admin/config.json carries it in the backend's address (editUrl). */
  key: string;
  /** Answers requests under LOCAL_BACKEND_PATH. */
  handle: Handler;
}

/** The largest request the editor sends: a page, or an image upload (base64). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

/** What the CMS asks of the local backend, with the paths each request names. */
const ACTIONS: Record<string, (params: Record<string, unknown>) => { paths: unknown[]; folders: unknown[] }> = {
  info: () => ({ paths: [], folders: [] }),
  getDeployPreview: () => ({ paths: [], folders: [] }),
  entriesByFolder: (p) => ({ paths: [], folders: [p['folder']] }),
  entriesByFiles: (p) => ({ paths: list(p['files']).map((f) => field(f, 'path')), folders: [] }),
  getEntry: (p) => ({ paths: [p['path']], folders: [] }),
  persistEntry: (p) => {
    const files = p['dataFiles'] === undefined ? [p['entry']] : list(p['dataFiles']);
    return {
      paths: [
        ...files.map((f) => field(f, 'path')),
        ...files.filter((f) => field(f, 'newPath') !== undefined).map((f) => field(f, 'newPath')),
        ...list(p['assets']).map((a) => field(a, 'path')),
      ],
      folders: [],
    };
  },
  getMedia: (p) => ({ paths: [], folders: [p['mediaFolder']] }),
  getMediaFile: (p) => ({ paths: [p['path']], folders: [] }),
  persistMedia: (p) => ({ paths: [field(p['asset'], 'path')], folders: [] }),
  deleteFile: (p) => ({ paths: [p['path']], folders: [] }),
  deleteFiles: (p) => ({ paths: list(p['paths']), folders: [] }),
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [undefined]);
const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;

/** The address /admin/config.json gives the CMS for the backend: the path with this run's key. */
export function editUrl(path: string, key: string): string {
  return `${path}?key=${key}`;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const plain = address.replace(/^::ffff:/u, '');
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

/** Why a request does not come from this server's own /admin/ tab, or undefined. */
function requestProblem(request: IncomingMessage, key: string): string | undefined {
  if (!isLoopback(request.socket.remoteAddress)) return '只接受本机的请求';
  const host = request.headers.host ?? '';
  const port = String(request.socket.localPort ?? '');
  const name = host.slice(0, host.lastIndexOf(':'));
  if (!LOOPBACK_NAMES.has(name) || host.slice(host.lastIndexOf(':') + 1) !== port)
    return `Host 不是本机的编辑服务：${JSON.stringify(host)}`;
  if (request.method !== 'POST') return '只接受 POST';
  if (request.headers.origin !== `http://${host}`)
    return `来源不是本机的内容管理页面：${JSON.stringify(request.headers.origin ?? '')}`;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return `来源不是本机的内容管理页面（${site}）`;
  if (!/^application\/json\b/u.test(request.headers['content-type'] ?? '')) return '只接受 JSON';
  const given = Buffer.from(new URL(request.url ?? '', 'http://x').searchParams.get('key') ?? '');
  const expected = Buffer.from(key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return '缺少本次编辑的密钥：请重新打开 /admin/';
  return undefined;
}

/** Why a request's body asks for something the CMS may not do, or undefined. */
function bodyProblem(root: string, body: unknown): string | undefined {
  const action = field(body, 'action');
  if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action)) return `不支持的操作：${JSON.stringify(action)}`;
  const params = field(body, 'params');
  const named = ACTIONS[action]?.(
    typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {},
  );
  for (const folder of named?.folders ?? []) {
    const problem =
      action === 'getMedia' && folder !== MEDIA_FOLDER ? `只能列出 ${MEDIA_FOLDER}/` : folderProblem(root, folder);
    if (problem !== undefined) return problem;
  }
  for (const path of named?.paths ?? []) {
    const problem = pathProblem(root, path);
    if (problem !== undefined) return problem;
  }
  if (action === 'persistEntry') {
    const files = field(params, 'dataFiles') ?? [field(params, 'entry')];
    for (const file of list(files)) {
      const from = String(field(file, 'path'));
      const to = field(file, 'newPath');
      // decap-server moves a renamed entry's whole folder with it: a rename stays in its folder.
      if (typeof to === 'string' && to.slice(0, to.lastIndexOf('/')) !== from.slice(0, from.lastIndexOf('/')))
        return '改名只能在同一个文件夹里';
    }
  }
  return undefined;
}

/** The files a persistEntry asks to write, with their text; none for any other request. */
function savedFiles(body: unknown): SavedFile[] {
  if (field(body, 'action') !== 'persistEntry') return [];
  const params = field(body, 'params');
  return list(field(params, 'dataFiles') ?? [field(params, 'entry')]).flatMap((file) => {
    const path = field(file, 'path');
    const raw = field(file, 'raw');
    const newPath = field(file, 'newPath');
    if (typeof path !== 'string' || typeof raw !== 'string') return [];
    return [{ path, raw, ...(typeof newPath === 'string' ? { newPath } : {}) }];
  });
}

function refuse(response: ServerResponse, status: number, error: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify({ error }));
}

/** The body as JSON, read up to MAX_BODY_BYTES; undefined when it is larger or not JSON. */
async function readBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The backend for `root`'s files, with a new key for this run. */
export async function localBackend(root: string): Promise<LocalBackend> {
  const require = createRequire(import.meta.url);
  const serverDir = require.resolve('decap-server/dist/middlewares');
  const fromServer = createRequire(serverDir);
  const express = fromServer('express') as () => ExpressApp;
  const { registerLocalFs } = require('decap-server/dist/middlewares') as {
    registerLocalFs: (app: ExpressApp, options?: { logLevel?: string }) => Promise<void>;
  };
  const app = express();
  // decap-server reads the folder from its environment when it registers.
  const previous = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = root;
  try {
    await registerLocalFs(app, { logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env['GIT_REPO_DIRECTORY'];
    else process.env['GIT_REPO_DIRECTORY'] = previous;
  }
  const key = randomBytes(24).toString('base64url');
  const handle: Handler = (request, response, next) => {
    const refused = requestProblem(request, key);
    if (refused !== undefined) return refuse(response, 403, refused);
    readBody(request).then(
      (body) => {
        if (body === undefined)
          return refuse(response, 413, `请求太大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）或不是 JSON`);
        const problem = bodyProblem(root, body);
        if (problem !== undefined) return refuse(response, 403, problem);
        const refusals = saveProblems(root, savedFiles(body));
        // Decap shows it after its own 保存内容失败: (cms-init.js drops its API_ERROR: tag).
        if (refusals.length > 0) return refuse(response, 422, refusalText(refusals));
        // The body is read: hand it over parsed (body-parser skips a request marked _body), on decap-server's own path.
        Object.assign(request, { body, _body: true, url: '/api/v1' });
        app(request, response, next);
      },
      () => refuse(response, 400, '请求没有读完'),
    );
  };
  return { key, handle };
}
