import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { adminHeaders, generatedAdminFile } from '../../src/cms/admin-files';
import { LOCAL_BACKEND_PATH } from '../../src/cms/config';
import { todayInShanghai } from '../../src/engine/dates';
import { editUrl, localBackend } from '../../src/cms/local-backend';

/**
 * A built site with the CMS's local backend writing into `project`, as
 * `npm run edit` serves them: /admin/'s generated files made on each load from
 * the project's files (src/cms/admin-files.ts, as the dev server makes them),
 * the configuration pointing at the backend with this run's key, Decap's own
 * files from the build, every /admin/ file under its own policy; the backend
 * under /api/v1 of the same origin.
 */
export async function serveCms(dist: string, project: string): Promise<{ url: string; close(): Promise<void> }> {
  const backend = await localBackend(project);
  const assets = sirv(dist, { dev: true });
  const server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end('not found');
    };
    const path = (request.url ?? '').split('?')[0] ?? '';
    if (path.startsWith(LOCAL_BACKEND_PATH)) return backend.handle(request, response, notFound);
    if (!path.startsWith('/admin/')) return assets(request, response, notFound);
    const name = path.slice('/admin/'.length) || 'index.html';
    for (const [header, value] of Object.entries(adminHeaders(name, undefined))) response.setHeader(header, value);
    const localUrl = editUrl(LOCAL_BACKEND_PATH, backend.key);
    const generated = generatedAdminFile(name, { root: project, date: todayInShanghai(), cms: undefined, localUrl });
    if (generated === undefined) return assets(request, response, notFound);
    generated.then((text) => (text === undefined ? notFound() : response.end(text)), notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
