/**
 * /admin/: the CMS. After a build it writes dist/admin/ (the page, the
 * configuration generated from the version in force, Decap CMS's files);
 * the dev server serves the same, its configuration regenerated on each
 * load, and under `npm run edit` (CMS_LOCAL_BACKEND=1) mounts the local
 * backend that writes edits into this project.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsConfigText } from '../cms/config-file';
import { todayInShanghai } from '../engine/dates';
import { LOCAL_BACKEND_PATH } from '../cms/config';
import { ADMIN_DIR, ADMIN_HTML, adminPolicy, decapFiles, ownScripts } from '../cms/admin-page';
import { editUrl, localBackend } from '../cms/local-backend';
import { CHECK_SCRIPT, checkScript } from '../cms/check-script';
import { snapshotText } from '../cms/snapshot-file';
import { SNAPSHOT_FILE } from '../cms/tariff-snapshot';
import type { CmsBackend } from '../build-environment/cms-settings';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

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
        const policy = adminPolicy(settings.cms);
        const backend = process.env['CMS_LOCAL_BACKEND'] === '1' ? await localBackend(root) : undefined;
        if (backend !== undefined) {
          server.middlewares.use((request: IncomingMessage, response: ServerResponse, next) => {
            if (!(request.url ?? '').startsWith(LOCAL_BACKEND_PATH)) return next();
            backend.handle(request, response, next);
          });
        }
        /** The files generated for each load: the page, its configuration and the tariff files (from the disk as they are now), the save check. */
        const generated = (name: string): string | Promise<string> | undefined => {
          if (name === 'index.html') return ADMIN_HTML;
          if (name === CHECK_SCRIPT) return checkScript();
          if (name === SNAPSHOT_FILE) return snapshotText(root);
          if (name !== 'config.json') return undefined;
          const localUrl = backend && editUrl(LOCAL_BACKEND_PATH, backend.key);
          return cmsConfigText(root, settings.date ?? todayInShanghai(), settings.cms, localUrl);
        };
        const send = (response: ServerResponse, name: string, body: string | Buffer) => {
          response.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          response.setHeader('Content-Security-Policy', policy);
          response.setHeader('X-Robots-Tag', 'noindex');
          // The configuration carries the edit server's key: never cached, never shared.
          response.setHeader('Cache-Control', 'no-store');
          response.end(body);
        };
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          const file = files.get(name);
          Promise.resolve(generated(name)).then((text) => {
            if (text !== undefined) send(response, name, text);
            else if (file !== undefined) send(response, name, readFileSync(file));
            else next();
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
        const config = cmsConfigText(root, settings.date ?? todayInShanghai(), settings.cms);
        if (config === undefined) return;
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), ADMIN_HTML);
        writeFileSync(join(out, 'config.json'), config);
        writeFileSync(join(out, SNAPSHOT_FILE), snapshotText(root));
        writeFileSync(join(out, CHECK_SCRIPT), await checkScript());
        for (const file of [...decapFiles(), ...ownScripts()]) copyFileSync(file.path, join(out, file.name));
        logger.info(
          `内容管理：${ADMIN_DIR}/（${settings.cms ? `发布到 ${settings.cms.name} ${settings.cms.repo}` : '仅本机编辑'}）`,
        );
      },
    },
  };
}
