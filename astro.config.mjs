// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { tariffData } from './src/integrations/tariff-data.ts';
import { BuiltTariff } from './src/integrations/built-tariff.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { csp } from './src/integrations/csp.ts';
import { cms } from './src/integrations/cms.ts';
import { adminPolicy } from './src/cms/admin-page.ts';
import { buildSettingsOrExit } from './src/build-environment/build-settings.ts';
import { CHUNK_GROUPS, moduleSideEffects } from './src/bundle/chunks.ts';

// Every setting is checked before anything is built (one line each, exit 1):
// BASE_PATH serves the site under a sub-path ("/tariff/"); SITE_URL is the
// public origin used in the sitemap, canonical and share links (none without
// it); TARIFF_DATE and TARIFF_DEMO_NUMBERS make previews; OUT_DIR moves dist/.
const settings = buildSettingsOrExit();
// The version the build shows: tariffData fills it once the data is checked; the sitemap and the CSP read it.
const built = new BuiltTariff();

export default defineConfig({
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  trailingSlash: 'always',
  outDir: settings.outDir,
  // The stylesheet is a file, not inline: pages run under a strict Content-Security-Policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    tariffData(settings, built),
    mdx(),
    preact(),
    pagefindIndex(),
    siteFiles(built),
    csp(built, adminPolicy(settings.cms)),
    cms(settings),
  ],
  devToolbar: { enabled: false },
  // Terser packs the widget bundles about 5% smaller than esbuild's minifier,
  // which helps the widget pages stay within their budgets (tools/budgets.ts).
  vite: {
    // The dev server answers no other origin: under \`npm run edit\` it holds the edit server's key (src/cms/local-backend.ts).
    server: { cors: false },
    build: {
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      rolldownOptions: {
        // Astro 7 marks MDX modules with a "use astro:head-inject" directive
        // that the bundler warns about on every page (withastro/astro#18087).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
        treeshake: { moduleSideEffects },
        output: { codeSplitting: { groups: CHUNK_GROUPS } },
      },
    },
  },
});
