/**
 * How the widget pages' JavaScript is split into files, declared once for the
 * bundler (astro.config.mjs). Each widget page loads its island's own file and
 * a few shared ones: Preact with Astro's hydration client; "widgets", what
 * every widget uses (the number rules, URL state, count fields, the contact
 * bar); and "engine", the pricing engine with decimal.js, which the checker
 * never loads. Fewer, larger files compress better than many small ones.
 *
 * Engine modules are free of side effects (astro.config.mjs tells the
 * bundler), so a module reached through the engine's index lands in the file
 * of the widgets that use it, not in every widget's engine file.
 */

/**
 * The engine modules that judge a number without decimal arithmetic: what
 * src/engine/rules.ts reaches, and all the checker needs of the engine
 * (test/bundle/chunks.test.ts holds the two together).
 */
export const RULES_MODULES = ['rules', 'number', 'classify', 'lookup', 'limits', 'dates'] as const;

/**
 * The engine modules a pricing form needs before it prices: what
 * src/engine/forms.ts reaches. No decimal.js: the estimator and 在线办理
 * hydrate with these and fetch the engine's file when the visitor turns to the
 * form (test/bundle/chunks.test.ts holds the list to the entry).
 */
export const FORM_MODULES = ['labels', 'decimal-text', 'addon-needs', 'eligibility'] as const;

/**
 * Engine modules not every pricing widget needs, left to the files of those
 * that do: break-even minutes (the comparator), cost curves (its chart, loaded
 * on demand), reading a fetched version; and the index, which holds no code of its own.
 */
export const OWN_FILE_MODULES = [
  'index',
  'forms',
  'compare',
  'cost-curves',
  'slim',
  'apply-route',
  'email',
  'control-chars',
  'grade-table',
] as const;

/** Island modules every widget uses, besides the rules (each widget's own URL state stays in its file). */
const SHARED_ISLAND_MODULES = [
  'islands/input/url-state',
  'islands/input/numbers',
  'islands/input/minutes',
  'islands/input/use-url-state',
  'islands/input/reset-notice',
  'islands/input/years',
  'islands/contact-bar',
  'islands/on-demand',
  'islands/CountField',
  'presentation/format',
  'presentation/phones',
];

const engineFile = (names: readonly string[]) => `\\/src\\/engine\\/(?:${names.join('|')})\\.ts$`;

/** The bundler's chunk groups (rolldown's codeSplitting.groups); a higher priority captures a module first. */
export const CHUNK_GROUPS = [
  // @preact/signals stays out: the island client imports it lazily, only for islands passed signals (none).
  { name: 'preact', priority: 3, test: /node_modules\/(preact|@astrojs\/preact)\/|vite\/preload-helper/u },
  {
    name: 'widgets',
    priority: 2,
    test: new RegExp(
      `${engineFile([...RULES_MODULES, ...FORM_MODULES])}|\\/src\\/(?:${SHARED_ISLAND_MODULES.join('|')})\\.tsx?$`,
      'u',
    ),
  },
  {
    name: 'engine',
    priority: 1,
    test: new RegExp(
      `node_modules\\/decimal\\.js\\/|\\/src\\/engine\\/(?!(?:${[...RULES_MODULES, ...FORM_MODULES, ...OWN_FILE_MODULES].join('|')})\\.ts$)`,
      'u',
    ),
  },
];

/** For tree-shaking: engine modules only define functions and constants, so importing one does nothing by itself. */
export const moduleSideEffects = (id: string): boolean => !/\/src\/engine\//u.test(id);
