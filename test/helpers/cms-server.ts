import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { adminPolicy } from '../../src/cms/admin-page';
import { LOCAL_BACKEND_PATH } from '../../src/cms/config';
import { cmsConfigText } from '../../src/cms/config-file';
import { todayInShanghai } from '../../src/engine/dates';
import { editUrl, localBackend } from '../../src/cms/local-backend';
import { snapshotText } from '../../src/cms/snapshot-file';

/**
 * A built site with the CMS's local backend writing into `project`, as
 * `npm run edit` serves them: /admin/ under its own policy, its
 * configuration and the tariff files the browser checks saves against
 * generated on each load from the project's files, the configuration
 * pointing at the backend with this run's key, the backend
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
      backend.handle(request, response, notFound);
      return;
    }
    if ((request.url ?? '').split('?')[0] === '/admin/config.json') {
      // Generated on each load from the project as it is now, as `npm run edit` does.
      const text = cmsConfigText(project, todayInShanghai(), undefined, editUrl(LOCAL_BACKEND_PATH, backend.key));
      if (text === undefined) return notFound();
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader('Content-Security-Policy', adminPolicy(undefined));
      response.end(text);
      return;
    }
    if ((request.url ?? '').split('?')[0] === '/admin/tariff-files.json') {
      // The files the browser checks a save against: the project's as they are now, as `npm run edit` serves them.
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(snapshotText(project));
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
