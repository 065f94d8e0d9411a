/**
 * /admin/: the CMS. After a build it writes dist/admin/ (the generated files
 * of src/cms/admin-files.ts and Decap CMS's files); the dev server serves the
 * same, the generated ones made again on each load, and under `npm run edit` (CMS_LOCAL_BACKEND=1) mounts the local
 * backend that writes edits into this project.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInShanghai } from '../engine/dates';
import { LOCAL_BACKEND_PATH } from '../cms/config';
import { ADMIN_DIR, decapFiles, ownScripts } from '../cms/admin-page';
import { adminHeaders, GENERATED_ADMIN_FILES, generatedAdminFile } from '../cms/admin-files';
import { editUrl, localBackend } from '../cms/local-backend';
import type { CmsBackend } from '../build-environment/cms-settings';

export function cms(settings: { date?: string; cms?: CmsBackend }): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': async ({ server }) => {
        const prefix = `${server.config.base.replace(/\/$/u, '')}/${ADMIN_DIR}/`;
        const files = new Map([...decapFiles(), ...ownScripts()].map((f) => [f.name, f.path]));
        const backend = process.env['CMS_LOCAL_BACKEND'] === '1' ? await localBackend(root) : undefined;
        if (backend !== undefined) {
          server.middlewares.use((request: IncomingMessage, response: ServerResponse, next) => {
            if (!(request.url ?? '').startsWith(LOCAL_BACKEND_PATH)) return next();
            backend.handle(request, response, next);
          });
        }
        const project = () => ({
          root,
          date: settings.date ?? todayInShanghai(),
          cms: settings.cms,
          localUrl: backend && editUrl(LOCAL_BACKEND_PATH, backend.key),
        });
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          const file = files.get(name);
          const body: Promise<string | Buffer | undefined> =
            generatedAdminFile(name, project()) ?? Promise.resolve(file && readFileSync(file));
          body.then((text) => {
            if (text === undefined) return next();
            for (const [header, value] of Object.entries(adminHeaders(name, settings.cms)))
              response.setHeader(header, value);
            response.end(text);
          }, next);
        });
      },
      'astro:server:start': ({ address, logger }) => {
        if (process.env['CMS_LOCAL_BACKEND'] !== '1') return;
        // The local backend writes into this checkout: it never listens beyond this machine.
        if (!['127.0.0.1', '::1'].includes(address.address)) {
          logger.error(`网页编辑只在本机运行：不能监听 ${address.address}（请去掉 --host）`);
          process.exit(1);
        }
        const host = 'localhost';
        logger.info(
          `内容管理（网页编辑）：http://${host}:${address.port}${base}${ADMIN_DIR}/ —— 点“登录”即可，改动直接写入本项目的文件`,
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), ADMIN_DIR);
        const project = { root, date: settings.date ?? todayInShanghai(), cms: settings.cms };
        for (const name of GENERATED_ADMIN_FILES) {
          const text = await generatedAdminFile(name, project);
          // Without a configuration (the published files themselves are broken) there is no /admin/.
          if (text === undefined) return;
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, name), text);
        }
        for (const file of [...decapFiles(), ...ownScripts()]) copyFileSync(file.path, join(out, file.name));
        logger.info(
          `内容管理：${ADMIN_DIR}/（${settings.cms ? `发布到 ${settings.cms.name} ${settings.cms.repo}` : '仅本机编辑'}）`,
        );
      },
    },
  };
}
