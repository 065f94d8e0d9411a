/**
 * npm run preview (and npm start): serves the built dist/ as a static host
 * would, with the headers the build wrote into dist/_headers (the
 * Content-Security-Policy and security headers), so what is previewed is what
 * is deployed. Unknown or malformed paths get the 404 page or a 400, never a
 * stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../tools/static-server';
import { baseOf, headersFor, parseHeadersFile } from '../tools/headers-file';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(root, process.env['OUT_DIR'] || 'dist');
const headersFile = join(dir, '_headers');
if (!existsSync(headersFile)) {
  console.error(`${dir} 里还没有生成的网站：请先运行 npm run build`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
const port = Number(process.env['PORT'] ?? 4321);
const server = await serveStatic(dir, { base: baseOf(rules), headersFor: (path) => headersFor(rules, path), port });
console.log(`预览（与部署相同的安全头）：${server.url}`);
