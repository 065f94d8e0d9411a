/**
 * `npm run edit`: the dev server with the CMS's local backend, so an editor
 * with this repository edits in the browser at /admin/ (the address is
 * printed) and sees each saved edit on the site at once. Edits are written
 * into tariffs/ and content/ here; publishing them is a commit and a push
 * (README, "Editing in the browser").
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CMS_LOCAL_BACKEND: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
