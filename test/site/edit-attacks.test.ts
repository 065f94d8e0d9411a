/**
 * The edit server as a hostile local page meets it: Chromium opens a page on
 * another port of this machine that tries what once worked — reading
 * /admin/config.json for the key, then writing, reading and deleting files
 * through the local backend. Nothing is read, nothing on disk changes; the
 * editor's own /admin/ tab still reads and writes its collections.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { serveCms } from '../helpers/cms-server';
import { copyProject } from '../helpers/project-copy';

function fingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(root, file);
    hash.update(file);
    if (statSync(path).isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

describe('a page on another local port against the edit server', () => {
  let browser: Browser;
  let attacker: Server;
  let attackerUrl = '';
  let project: ReturnType<typeof copyProject>;
  let cms: Awaited<ReturnType<typeof serveCms>>;

  beforeAll(async () => {
    project = copyProject();
    cms = await serveCms(inject('siteDir'), project.root);
    attacker = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end('<!doctype html><title>x</title><p>hi</p>');
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
    await cms.close();
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
    rmSync(project.root, { recursive: true, force: true });
  });

  it('cannot read the key, nor read, write or delete a file, with or without it', async () => {
    const before = fingerprint(project.root);
    const page = await browser.newPage();
    await page.goto(attackerUrl);
    const target = new URL(cms.url);
    const outcomes = await page.evaluate(
      async ({ base, localhost }) => {
        const attempt = async (url: string, init?: RequestInit) => {
          try {
            const response = await fetch(url, init);
            return `${response.status} ${await response.text()}`.slice(0, 200);
          } catch (error) {
            return `blocked: ${String(error)}`.slice(0, 80);
          }
        };
        const post = (url: string, body: unknown) =>
          attempt(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        const write = {
          action: 'persistEntry',
          params: {
            branch: 'main',
            entry: { slug: 'x', path: 'src/pages/x.txt.ts', raw: 'x' },
            assets: [],
            options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
          },
        };
        const read = { action: 'getEntry', params: { branch: 'main', path: 'tariffs/tariff.yaml' } };
        const remove = {
          action: 'deleteFile',
          params: { branch: 'main', path: 'content/pages/contact.mdx', options: {} },
        };
        // A simple POST (text/plain) needs no preflight: it reaches the server, which must still refuse it.
        const simple = await attempt(`${base}api/v1/`, { method: 'POST', body: JSON.stringify(remove) });
        return {
          config: await attempt(`${base}admin/config.json`),
          configViaLocalhost: await attempt(`${localhost}admin/config.json`),
          write: await post(`${base}api/v1/`, write),
          read: await post(`${base}api/v1/`, read),
          remove: await post(`${base}api/v1/`, remove),
          simple,
        };
      },
      { base: cms.url, localhost: cms.url.replace('127.0.0.1', 'localhost') },
    );
    for (const [name, outcome] of Object.entries(outcomes))
      expect(outcome, name).toMatch(/^blocked: TypeError: Failed to fetch|^403 /u);
    expect(outcomes.simple, 'the simple POST reaches the server and is refused').toMatch(/^blocked|^403 /u);
    expect(target.hostname).toBe('127.0.0.1');
    expect(fingerprint(project.root)).toBe(before);
    await page.close();
  });
});
