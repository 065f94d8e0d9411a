/**
 * The CMS's local backend: decap-server's file-system middleware, which
 * writes each edit straight into a project folder, mounted under
 * /api/v1 of the server that serves /admin/ (the dev server under
 * `npm run edit`, or a test's server). It answers only requests from
 * localhost origins (decap-server's own CORS rule) and is never part of a build.
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;
interface ExpressApp extends Handler {
  use: (...handlers: unknown[]) => unknown;
}

/** A handler for `root`'s files; pass it requests under LOCAL_BACKEND_PATH. */
export async function localBackend(root: string): Promise<Handler> {
  const require = createRequire(import.meta.url);
  const serverDir = require.resolve('decap-server/dist/middlewares');
  const fromServer = createRequire(serverDir);
  const express = fromServer('express') as () => ExpressApp;
  const { registerLocalFs } = require('decap-server/dist/middlewares') as {
    registerLocalFs: (app: ExpressApp, options?: { logLevel?: string }) => Promise<void>;
  };
  const app = express();
  // decap-server reads the folder from its environment when it registers.
  const previous = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = root;
  try {
    await registerLocalFs(app, { logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env['GIT_REPO_DIRECTORY'];
    else process.env['GIT_REPO_DIRECTORY'] = previous;
  }
  return app;
}
