/** npm run preview serves dist/ with the headers the build wrote, as a host would: no stack traces, nothing outside dist/. */
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/tariff';
import { freePort } from '../helpers/free-port';

describe('npm run preview', () => {
  const dir = inject('siteDir');
  let preview: ChildProcess;
  let base = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    preview = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/preview.ts')], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: dir, PORT: String(port) },
    });
    const until = Date.now() + 60_000;
    while (
      !(await fetch(base).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > until) throw new Error('the preview did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  afterAll(() => void preview?.kill());

  it('sends the Content-Security-Policy and security headers the build wrote', async () => {
    const policy = readFileSync(join(dir, 'csp-policy.txt'), 'utf8').trim();
    const page = await fetch(`${base}/checker/`);
    expect(page.headers.get('content-security-policy')).toBe(policy);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it.each(['/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%5c..%5cpackage.json', '/%E0%A4%A'])(
    '%s: the 404 page or a 400, never a file outside dist/ or a stack trace',
    async (path) => {
      const response = await fetch(`${base}${path}`);
      expect([400, 404]).toContain(response.status);
      const body = await response.text();
      expect(body).not.toMatch(/"name": "tariff-400"|root:x:|\n\s+at |\/work\//u);
      expect(response.headers.get('content-security-policy')).not.toBeNull();
    },
  );

  it('headers follow the file served: /embed/%2e%2e/apply/ (sent as is) is /apply/, with its X-Frame-Options', async () => {
    // node:http sends the path as written; fetch would normalise it first, as browsers do.
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      get(`${base}/embed/%2e%2e/apply/`, (response) => {
        response.resume();
        resolve({ status: response.statusCode, ...response.headers });
      }).on('error', reject);
    });
    expect(headers['status']).toBe(200);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});
