/**
 * `npm run edit`: the dev server with the CMS's local backend, so an editor
 * with this repository edits in the browser at /admin/ (the address is
 * printed) and sees each saved edit on the site at once. Edits are written
 * into tariffs/ and content/ here; publishing them is a commit and a push
 * (docs/editors-guide.md). The server listens on this machine only: a
 * --host naming another interface is refused (src/cms/local-backend.ts).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hostProblem } from '../src/cms/edit-host';

const args = process.argv.slice(2);
const problem = hostProblem(args);
if (problem !== undefined) {
  console.error(`错误 edit/host：${problem}`);
  process.exit(2);
}
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CMS_LOCAL_BACKEND: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
