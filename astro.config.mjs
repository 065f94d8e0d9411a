// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { tariffCheck } from './src/integrations/tariff-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// BASE_PATH serves the site under a sub-path ("/tariff/"); SITE_URL is the
// public origin used in the sitemap and share links.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.com',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [tariffCheck(), mdx(), preact(), pagefindIndex()],
  devToolbar: { enabled: false },
  // Terser packs the widget bundles about 5% smaller than esbuild's minifier,
  // which keeps the estimator page under its 30 KB gzip budget.
  // Widget pages load two chunks besides their island: Preact with Astro's
  // hydration client, and the engine with decimal.js. Fewer, larger files
  // compress better than many small ones.
  vite: {
    build: {
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      rollupOptions: {
        output: {
          manualChunks(id) {
            if (/node_modules\/(preact|@astrojs\/preact)\//.test(id) || id.includes('vite/preload-helper')) return 'preact';
            if (id.includes('node_modules/decimal.js/') || /\/src\/(engine|lib|islands\/lib)\//.test(id)) return 'engine';
            return undefined;
          },
        },
      },
    },
  },
});
