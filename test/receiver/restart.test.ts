/**
 * The receiver as `npm run receiver` runs it: a real process, killed between
 * storing an application and notifying it (the robot has not answered yet),
 * notifies it once when started again; then the data commands export and
 * delete it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { slimTariff } from '../../src/engine/index';
import { todayInShanghai } from '../../src/engine/rules';
import { openStore } from '../../src/receiver/store';
import { bundledScript } from '../helpers/bundled-script';
import { buildEnv } from '../helpers/child-env';
import { freePort } from '../helpers/free-port';
import { FIRST, makeApplication, SITE_URL } from '../helpers/receiver';
import { tariff } from '../helpers/tariff';

const dir = mkdtempSync(join(tmpdir(), 'receiver-run-'));
const siteDir = join(dir, 'site');
mkdirSync(join(siteDir, 'versions'), { recursive: true });
writeFileSync(join(siteDir, 'versions/index.json'), JSON.stringify({ versions: [FIRST] }));
writeFileSync(join(siteDir, `versions/${FIRST}.json`), JSON.stringify(slimTariff(tariff)));
const database = join(dir, 'data/applications.sqlite');

/** A 企业微信 robot on loopback: it leaves its first request hanging, then answers each with errcode 0. */
const hanging: ServerResponse[] = [];
const messages: string[] = [];
const robot = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    if (hanging.length === 0) return void hanging.push(response);
    messages.push(body);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
  });
});
robot.listen(0, '127.0.0.1');
await once(robot, 'listening');
const robotUrl = `http://127.0.0.1:${(robot.address() as AddressInfo).port}/cgi-bin/webhook/send?key=K`;
const port = await freePort();

const env = buildEnv({
  RECEIVER_SITE_URL: SITE_URL,
  RECEIVER_SITE_DIR: siteDir,
  RECEIVER_DATABASE: database,
  RECEIVER_PORT: String(port),
  RECEIVER_WECOM_WEBHOOK: robotUrl,
});
// One Node process, as `npm run receiver` starts it (tsx as a loader, not a wrapper), so a kill reaches the server.
const script = [await bundledScript('scripts/receiver.ts')];
const run = (...args: string[]) =>
  spawnSync(process.execPath, [...script, ...args], { cwd: dir, env, encoding: 'utf8' });

async function start(): Promise<ChildProcess> {
  const child = spawn(process.execPath, script, { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  await expect.poll(() => out, { timeout: 60_000 }).toContain('受理服务已启动');
  return child;
}

afterAll(() => {
  for (const response of hanging) response.destroy();
  robot.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run receiver', () => {
  const app = makeApplication({ date: todayInShanghai() });

  it('says which setting is wrong and stops', () => {
    const result = spawnSync(process.execPath, script, {
      cwd: dir,
      env: buildEnv({ RECEIVER_SITE_URL: 'ftp://x', RECEIVER_PORT: '0x50' }),
      encoding: 'utf8',
    });
    expect([result.status, result.stderr.trim()]).toEqual([
      2,
      '受理服务的设置有误：\n  RECEIVER_SITE_URL：网站地址必须是完整的 https:// 地址\n  RECEIVER_PORT：应为 1–65535 的整数',
    ]);
  });

  it('killed after storing and before the robot answered, it notifies once when started again', async () => {
    const first = await start();
    const response = await fetch(`http://127.0.0.1:${port}/applications`, {
      method: 'POST',
      headers: { origin: new URL(SITE_URL).origin, 'content-type': 'application/json' },
      body: JSON.stringify(app, null, 2),
    });
    expect(await response.json()).toEqual({ reference: app.reference, status: '已提交' });
    await expect.poll(() => hanging.length, { timeout: 60_000 }).toBe(1);
    first.kill('SIGKILL');
    await once(first, 'exit');
    expect(messages).toEqual([]);

    const second = await start();
    await expect.poll(() => messages.length, { timeout: 60_000 }).toBe(1);
    second.kill('SIGTERM');
    await once(second, 'exit');
    expect(JSON.parse(messages[0] ?? '{}')).toMatchObject({ msgtype: 'markdown' });
    expect(messages[0]).toContain(`申请编号：${app.reference}`);
    expect(messages[0]).toContain('合计：1836.00 元（含税）');
    const store = openStore(database);
    expect(store.nextDue()).toBeUndefined();
    store.close();
  });

  it('exports applications as CSV and deletes one on request', () => {
    const exported = run('export', '--since', todayInShanghai());
    expect(exported.status).toBe(0);
    expect(exported.stdout.split('\r\n')[1]).toMatch(new RegExp(`^"${app.reference}",.*"1836.00"`, 'u'));
    expect(run('export').stderr.trim()).toBe('用法：npm run receiver -- export --since YYYY-MM-DD');
    const deleted = run('delete', app.reference);
    expect([deleted.status, deleted.stdout.trim()]).toEqual([0, `已删除 ${app.reference}`]);
    expect(run('delete', app.reference).status).toBe(1);
    expect(run('export', '--since', '2000-01-01').stdout.trim().split('\r\n')).toHaveLength(1);
  });
});
