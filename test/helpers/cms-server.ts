import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { adminPolicy } from '../../src/cms/admin-page';
import { LOCAL_BACKEND_PATH } from '../../src/cms/config';
import { localBackend } from '../../src/cms/local-backend';

/**
 * A built site with the CMS's local backend writing into `project`, as
 * `npm run edit` serves them: /admin/ under its own policy, the backend
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
    if ((request.url ?? '').startsWith(LOCAL_BACKEND_PATH)) {
      backend(request, response, notFound);
      return;
    }
    if ((request.url ?? '').startsWith('/admin/'))
      response.setHeader('Content-Security-Policy', adminPolicy(undefined));
    assets(request, response, notFound);
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
