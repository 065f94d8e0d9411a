/**
 * How the widget pages' JavaScript is split into files, declared once for the
 * bundler (astro.config.mjs). Widget pages load a few shared chunks besides
 * their island: Preact with Astro's hydration client, the number rules, and
 * the pricing engine with decimal.js. Fewer, larger files compress better than
 * many small ones; the split keeps decimal.js off the checker's page.
 */

/**
 * The engine modules that judge a number without decimal arithmetic: what
 * src/engine/rules.ts reaches, and all the checker needs of the engine
 * (test/bundle/chunks.test.ts holds the two together).
 */
export const RULES_MODULES = ['rules', 'number', 'classify', 'lookup', 'limits', 'dates'] as const;

/** Engine modules only the comparator needs (break-even, cost curves): they stay in its own file. */
export const COMPARATOR_MODULES = ['compare'] as const;

const engineFile = (names: readonly string[]) => `\\/src\\/engine\\/(?:${names.join('|')})\\.ts$`;

/** The bundler's chunk groups (rolldown's codeSplitting.groups). */
export const CHUNK_GROUPS = [
  // @preact/signals stays out: the island client imports it lazily, only for islands passed signals (none).
  { name: 'preact', test: /node_modules\/(preact|@astrojs\/preact)\/|vite\/preload-helper/ },
  { name: 'rules', test: new RegExp(engineFile(RULES_MODULES), 'u') },
  {
    name: 'engine',
    test: new RegExp(
      `node_modules\\/decimal\\.js\\/|\\/src\\/engine\\/(?!(?:${[...RULES_MODULES, ...COMPARATOR_MODULES].join('|')})\\.ts$)`,
      'u',
    ),
  },
];
