/**
 * Builds the Pagefind search index over dist/ after every build, through
 * Pagefind's Node API. Pages mark their own text with data-pagefind-body, so
 * headers and footers are not indexed into every page. In `astro dev`, the
 * index of the last build is served at <base>pagefind/, so search works there
 * too (after one `npm run build`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import * as pagefind from 'pagefind';
import sirv from 'sirv';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const { config } = server;
        const index = join(config.root, process.env['OUT_DIR'] ?? 'dist', 'pagefind');
        if (!existsSync(index)) {
          logger.info('预览中的站内搜索用的是上次生成的索引：需要时先运行一次 npm run build');
          return;
        }
        const serve = sirv(index, { dev: true });
        const prefix = `${config.base.replace(/\/$/u, '')}/pagefind`;
        server.middlewares.use((request, response, next) => {
          if (!request.url?.startsWith(`${prefix}/`)) return next();
          request.url = request.url.slice(prefix.length);
          serve(request, response, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          logger.info(`站内搜索索引：${added.page_count} 个页面`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
