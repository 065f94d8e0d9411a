/**
 * The edit server's local backend under attack, over real HTTP on loopback:
 * only a same-origin request with this run's key reaches decap-server, and
 * then only for the CMS's own folders. Each attack once seen working (a page
 * on another local port writing src/pages/, reading .git/config, deleting
 * README.md, a media path climbing out of public/uploads) is refused here,
 * and nothing on disk changes.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_BACKEND_PATH } from '../../src/cms/config';
import { editUrl, localBackend, MAX_BODY_BYTES, type LocalBackend } from '../../src/cms/local-backend';
import { hostProblem } from '../../src/cms/edit-host';
import { copyProject } from '../helpers/project-copy';

let server: Server;
let backend: LocalBackend;
let origin = '';
let root = '';

beforeAll(async () => {
  const project = copyProject();
  root = project.root;
  writeFileSync(join(root, 'README.md'), 'keep me');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git/config'), '[core] secret');
  backend = await localBackend(root);
  server = createServer((request, response) =>
    backend.handle(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Attempt {
  body?: unknown;
  raw?: string;
  key?: string;
  headers?: Record<string, string>;
  method?: string;
}

/** One request as any local program could send it (node:http: every header as given, Host included). */
function send({ body, raw, key = backend.key, headers = {}, method = 'POST' }: Attempt) {
  const url = new URL(`${origin}${editUrl(LOCAL_BACKEND_PATH, key)}`);
  const given: Record<string, string> = {
    'Content-Type': 'application/json',
    Origin: origin,
    Host: url.host,
    ...headers,
  };
  // An empty value leaves the header out.
  const all = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ''));
  return new Promise<{ status: number; text: string; cors: string | null }>((resolve, reject) => {
    const sent = request(url, { method, headers: all }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
          cors: (response.headers['access-control-allow-origin'] as string | undefined) ?? null,
        }),
      );
    });
    // The server may answer and close before a refused body is sent whole.
    sent.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    sent.end(method === 'POST' ? (raw ?? JSON.stringify(body)) : undefined);
  });
}

const persist = (path: string, raw = 'x') => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    entry: { slug: 'x', path, raw },
    assets: [],
    options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
  },
});
const CHANGE = "date: '2030-01-01'\nnote: 测试\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '120'\n";

describe('who may call the edit server', () => {
  it('its own /admin/ tab: same origin, with the key — a change file is written', async () => {
    const saved = await send({ body: persist('tariffs/changes/2030-01-01-a.yaml', CHANGE) });
    expect(saved.status).toBe(200);
    expect(readFileSync(join(root, 'tariffs/changes/2030-01-01-a.yaml'), 'utf8')).toBe(CHANGE);
    const read = await send({
      body: { action: 'getEntry', params: { branch: 'main', path: 'content/pages/contact.mdx' } },
    });
    expect(JSON.parse(read.text)).toMatchObject({ file: { path: 'content/pages/contact.mdx' } });
  });

  it.each<[string, Attempt, string]>([
    ['a page on another local port', { headers: { Origin: 'http://127.0.0.1:4707' } }, '来源不是本机的内容管理页面'],
    [
      'a page on localhost’s other port',
      { headers: { Origin: 'http://localhost:4707' } },
      '来源不是本机的内容管理页面',
    ],
    ['a request with no Origin', { headers: { Origin: '' } }, '来源不是本机的内容管理页面'],
    ['a cross-site fetch metadata', { headers: { 'Sec-Fetch-Site': 'same-site' } }, '来源不是本机的内容管理页面'],
    ['a request without the key', { key: '' }, '缺少本次编辑的密钥'],
    ['a wrong key', { key: 'A'.repeat(32) }, '缺少本次编辑的密钥'],
    ['a rebound host name', { headers: { Host: 'evil.example:80' } }, 'Host 不是本机的编辑服务'],
    ['another interface’s address', { headers: { Host: '192.168.7.23:4703' } }, 'Host 不是本机的编辑服务'],
    ['a form post (not JSON)', { headers: { 'Content-Type': 'text/plain' } }, '只接受 JSON'],
  ])('%s is refused, answered without CORS, and writes nothing', async (_, attempt, said) => {
    const path = 'tariffs/changes/2030-02-01-attack.yaml';
    const result = await send({ ...attempt, body: persist(path, CHANGE) });
    expect(result.status).toBe(403);
    expect(JSON.parse(result.text).error).toContain(said);
    expect(result.cors).toBeNull();
    expect(existsSync(join(root, path))).toBe(false);
  });

  it('a preflight is refused without CORS headers', async () => {
    const result = await send({ method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } });
    expect([result.status, result.cors]).toEqual([403, null]);
  });

  it(`a body over ${MAX_BODY_BYTES / 1024 / 1024} MB is refused before it is read whole`, async () => {
    const result = await send({
      raw: JSON.stringify(persist('content/pages/contact.mdx', 'x'.repeat(MAX_BODY_BYTES))),
    });
    expect(result.status).toBe(413);
    expect(readFileSync(join(root, 'content/pages/contact.mdx'), 'utf8')).not.toMatch(/^x+$/u);
  });
});

describe('what the edit server may touch, even for /admin/ itself', () => {
  const media = (path: string) => ({
    action: 'persistMedia',
    params: { branch: 'main', asset: { path, content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } },
  });
  it.each<[string, unknown, string]>([
    [
      'a page of code',
      persist('src/pages/x.txt.ts', "export const GET = () => new Response('root');"),
      'src/pages/x.txt.ts',
    ],
    ['a git hook', persist('.git/hooks/pre-commit'), '.git/hooks/pre-commit'],
    ['the repository root', persist('x.mdx'), 'x.mdx'],
    ['a path that climbs out', persist('content/pages/../../src/pages/y.astro'), 'src/pages/y.astro'],
    ['an absolute path', persist('/tmp/evil.mdx'), '/tmp/evil.mdx'],
    ['a media path that climbs out', media('public/uploads/../../src/pages/m.astro'), 'src/pages/m.astro'],
    ['a script as media', media('public/uploads/x.js'), 'public/uploads/x.js'],
    ['a page in a sub-folder', persist('content/pages/a/b.mdx'), 'content/pages/a/b.mdx'],
    ['a hidden file', persist('content/pages/.x.mdx'), 'content/pages/.x.mdx'],
    ['a change file of another type', persist('tariffs/changes/x.ts'), 'tariffs/changes/x.ts'],
    ['a bidi override in a name', persist('tariffs/changes/2030-01-01-\u202etxt.yaml'), ''],
    ['a name of 120 bytes', persist(`tariffs/changes/2030-01-01-${'价'.repeat(40)}.yaml`), ''],
    [
      'a rename into another folder',
      {
        ...persist('content/pages/contact.mdx'),
        params: {
          ...persist('content/pages/contact.mdx').params,
          entry: { slug: 'x', path: 'content/pages/contact.mdx', raw: 'x', newPath: 'content/plans/contact.mdx' },
        },
      },
      '',
    ],
  ])('writing %s is refused', async (_, body, written) => {
    const result = await send({ body });
    expect(result.status).toBe(403);
    if (written !== '') expect(existsSync(join(root, written))).toBe(false);
  });

  it.each<[string, unknown]>([
    ['read .git/config', { action: 'getEntry', params: { branch: 'main', path: '.git/config' } }],
    [
      'list the repository',
      { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'ts', depth: 9 } },
    ],
    ['list src/', { action: 'entriesByFolder', params: { branch: 'main', folder: 'src', extension: 'ts', depth: 9 } }],
    ['list media elsewhere', { action: 'getMedia', params: { branch: 'main', mediaFolder: 'tariffs' } }],
    ['read files by list', { action: 'entriesByFiles', params: { branch: 'main', files: [{ path: 'README.md' }] } }],
    ['delete README.md', { action: 'deleteFile', params: { branch: 'main', path: 'README.md', options: {} } }],
    [
      'delete several',
      { action: 'deleteFiles', params: { branch: 'main', paths: ['content/pages/contact.mdx', '.git/config'] } },
    ],
    ['an unknown action', { action: 'publishUnpublishedEntry', params: { branch: 'main' } }],
    ['a prototype key as action', { action: '__proto__', params: {} }],
  ])('%s is refused', async (_, body) => {
    const result = await send({ body });
    expect(result.status).toBe(403);
    expect(result.text).not.toContain('secret');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('keep me');
    expect(existsSync(join(root, 'content/pages/contact.mdx'))).toBe(true);
  });

  it('the number list: inventory/numbers.csv is written when check would take it, refused by line when not; no other file there', async () => {
    const good = 'number,carrier\n400-123-6688,联通\n';
    expect((await send({ body: persist('inventory/numbers.csv', good) })).status).toBe(200);
    expect(readFileSync(join(root, 'inventory/numbers.csv'), 'utf8')).toBe(good);
    const bad = await send({ body: persist('inventory/numbers.csv', 'number\n12345\n4001236688\n400-123-6688\n') });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.text).error).toBe(
      '第 2 行：“12345” 不是有效的 400 号码：400号码必须以 400 开头；第 4 行：4001236688 已在第 3 行列出',
    );
    expect(readFileSync(join(root, 'inventory/numbers.csv'), 'utf8')).toBe(good);
    for (const path of ['inventory/other.csv', 'inventory/numbers.csv.ts', 'inventory/a/numbers.csv'])
      expect((await send({ body: persist(path, good) })).status, path).toBe(403);
  });

  it('a symbolic link planted in a collection is not followed', async () => {
    symlinkSync(join(root, '.git/config'), join(root, 'content/pages/link.mdx'));
    const read = await send({
      body: { action: 'getEntry', params: { branch: 'main', path: 'content/pages/link.mdx' } },
    });
    expect(read.status).toBe(403);
    expect(read.text).toContain('符号链接');
    expect(read.text).not.toContain('secret');
  });
});

describe('npm run edit listens on this machine only', () => {
  it.each([[[]], [['--host', '127.0.0.1']], [['--host=localhost']], [['--port', '4400']]])('%j is allowed', (args) => {
    expect(hostProblem(args)).toBeUndefined();
  });
  it.each([[['--host']], [['--host', '0.0.0.0']], [['--host=192.168.7.23']], [['--host', '--port', '1']]])(
    '%j is refused',
    (args) => {
      expect(hostProblem(args)).toContain('网页编辑只在本机运行');
    },
  );
});
