/**
 * npm run bench — performance figures, printed as tables:
 *   engine throughput, page weights (JS before interaction), widget
 *   input-to-result time, Lighthouse scores, and build time per page at 1×,
 *   10× and 20× the tariff's size (the most a data file may hold under check's caps).
 * Options: --skip-lighthouse, --skip-scale (for a quick run).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTariffOrThrow } from '../src/tariff-files/node';
import { CHROMIUM, launchChromium } from '../tools/browser';
import { htmlFiles } from '../tools/dist';
import { HTML_BUDGET, jsBudget } from '../tools/budgets';
import { serveStatic } from '../tools/static-server';
import { benchBuilds, benchVersionBuilds } from './bench/build';
import { benchEngine } from './bench/engine';
import { changeImpacts, impactText } from '../src/cli/impact';
import { syntheticHistory } from './bench/versions';
import { demoInventory, parseInventory } from '../src/inventory/read';
import { runLighthouse } from './bench/lighthouse';
import { pageWeight } from '../tools/page-weight';
import { measureFormArrival, measureWidgets, PICKER_CASE } from './bench/widgets';
import { benchInventoryBuilds, measurePicker } from './bench/picker';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Every table printed, kept for docs/reference/benchmarks.md (written at the end). */
const report: string[] = [];
function table(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const lines = [`## ${title}`, ''];
  cells.forEach((r, i) => {
    lines.push(`| ${r.map((c, j) => c.padEnd(widths[j] ?? 0)).join(' | ')} |`);
    if (i === 0) lines.push(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  });
  console.log(`\n${lines.join('\n')}`);
  report.push(lines.join('\n'));
}

const tariff = loadTariffOrThrow(root);
const engine = benchEngine(tariff, syntheticHistory(root, 20).versions);
table(
  'Engine',
  ['figure', 'value'],
  [
    ['full quotes per second (8 plans, 6 add-ons each)', engine.quotesPerSecond],
    [`the same, quoted at a date among ${engine.versions} versions (quoteAt)`, engine.datedQuotesPerSecond],
    ['single-plan quotes per second', engine.planQuotesPerSecond],
    ['classify 100,000 numbers (ms)', engine.classify100kMs],
    ['classifications per second', engine.classificationsPerSecond],
  ],
);

// The inventory check at a real reseller's scale and beyond.
const inventoryRows = (n: number) => ['number', ...demoInventory(n).map((item) => item.number)].join('\n');
table(
  'Inventory check (inventory/numbers.csv)',
  ['rows', 'seconds'],
  [10_000, 100_000, 1_000_000].map((n) => {
    const text = inventoryRows(n);
    const start = performance.now();
    parseInventory(text);
    return [n.toLocaleString('en-US'), ((performance.now() - start) / 1000).toFixed(2)];
  }),
);

// A long history: check's work (every version applied and validated) and the impact report, at 3,000 versions.
{
  const timed = <T>(work: () => T): [T, number] => {
    const start = performance.now();
    const result = work();
    return [result, (performance.now() - start) / 1000];
  };
  const [history, historySeconds] = timed(() => syntheticHistory(root, 3000));
  const [, impactSeconds] = timed(() =>
    impactText(changeImpacts(history.versions, [...history.changes].reverse()), history.versions),
  );
  table(
    'A history of 3,000 versions (6 years of monthly changes × 40)',
    ['work', 'seconds', 'goal'],
    [
      ['apply and validate every version (check, build)', historySeconds.toFixed(2), '≤ 5'],
      ['changes --impact', impactSeconds.toFixed(2), '≤ 10'],
    ],
  );
}

// 20× is the largest tariff a data file may hold under check's caps (10,000 keys, 1 MB: src/tariff-files/yaml-limits.ts).
const builds = benchBuilds(root, args.has('--skip-scale') ? [1] : [1, 10, 20]);
const one = builds[0];
table(
  'Build time (astro build + Pagefind)',
  ['tariff size', 'pages', 'seconds', 'ms per page', 'per-page ratio to 1×'],
  builds.map((b) => [
    `${b.factor}×`,
    b.pages,
    b.seconds.toFixed(1),
    b.msPerPage.toFixed(1),
    one ? (b.msPerPage / one.msPerPage).toFixed(2) : '',
  ]),
);

const versionBuilds = benchVersionBuilds(root, 20);
const single = versionBuilds[0]?.seconds ?? 0;
table(
  'Build time by tariff versions (best of two)',
  ['versions', 'seconds', 'ratio to 1 version'],
  versionBuilds.map((b) => [b.versions, b.seconds.toFixed(2), (b.seconds / single).toFixed(2)]),
);

// 选号 at a real inventory's scale: build growth, then the 100k build in the browser.
const stockBuilds = benchInventoryBuilds(root, args.has('--skip-scale') ? [100_000] : [10_000, 100_000, 1_000_000]);
const noStock = stockBuilds[0]?.seconds ?? 0;
table(
  '选号: build time by inventory size (CSV check, grading, index files)',
  ['numbers', 'build seconds', 'added seconds', 'chunk files', 'index KB', 'index KB gzip'],
  stockBuilds.map((b) => [
    b.numbers.toLocaleString('en-US'),
    b.seconds.toFixed(1),
    (b.seconds - noStock).toFixed(1),
    b.files,
    kb(b.bytes),
    kb(b.gzipBytes),
  ]),
);
const pickerArrivals: Awaited<ReturnType<typeof measureFormArrival>> = [];
const stock100k = stockBuilds.find((b) => b.numbers === 100_000);
if (stock100k !== undefined) {
  const numbersPage = await pageWeight(stock100k.outDir, 'numbers/index.html');
  table(
    '选号 page at 100,000 numbers: before any interaction',
    ['HTML KB gzip', 'JS KB gzip', 'JS budget', 'number data on first view'],
    [
      [
        kb(numbersPage.htmlGzipBytes),
        kb(numbersPage.jsGzipBytes),
        `${numbersPage.jsGzipBytes <= jsBudget('numbers/') ? 'ok' : 'OVER'} (≤ ${kb(jsBudget('numbers/'))} KB gzip)`,
        'see "no filter" below',
      ],
    ],
  );
  const stockServer = await serveStatic(stock100k.outDir);
  const stockBrowser = await launchChromium();
  const picker = await measurePicker(stockBrowser, stockServer.url);
  table(
    '选号 queries at 100,000 numbers (cold: fresh browser context each)',
    [
      'query',
      'CPU',
      'found',
      'number data KB',
      'KB gzip',
      'budget',
      'shared link: load to result ms',
      'filter change to result ms',
    ],
    picker.queries.map((q) => [
      q.query,
      `${q.throttle}×`,
      q.found,
      kb(q.dataBytes),
      kb(q.dataGzipBytes),
      q.dataGzipBytes <= (q.query.includes('whole') || q.query.includes('no 4') ? 250 : 50) * 1024 ? 'ok' : 'OVER',
      q.linkMs.toFixed(0),
      q.firstMs === 0 ? '—' : q.firstMs.toFixed(0),
    ]),
  );
  table(
    '选号 keystrokes, every list loaded (each re-filters 100,000 numbers)',
    ['CPU', 'median ms', 'p95 ms', 'budget'],
    picker.typing.map((t) => [
      `${t.throttle}×`,
      t.medianMs.toFixed(1),
      t.p95Ms.toFixed(1),
      t.p95Ms <= 50 ? 'ok (p95 ≤ 50 ms)' : 'OVER',
    ]),
  );
  pickerArrivals.push(...(await measureFormArrival(stockBrowser, stockServer.url, [PICKER_CASE])));
  await stockBrowser.close();
  await stockServer.close();
}

// Page weights and widget timings against a fresh production build of the real site.
execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const server = await serveStatic(join(root, 'dist'));
const browser = await launchChromium();
const weights = [];
for (const file of htmlFiles(join(root, 'dist'), { frames: true }))
  weights.push(await pageWeight(join(root, 'dist'), file));
table(
  'Page weight before any interaction (after hydration)',
  ['page', 'HTML KB', 'HTML KB gzip', 'JS KB', 'JS KB gzip', 'script files', 'budgets (gzip)', 'JS headroom KB'],
  weights.map((w) => {
    const budget = jsBudget(w.path);
    const ok = w.htmlGzipBytes <= HTML_BUDGET && (budget > 0 ? w.jsGzipBytes <= budget : w.jsBytes === 0);
    return [
      `/${w.path}`,
      kb(w.htmlBytes),
      kb(w.htmlGzipBytes),
      kb(w.jsBytes),
      kb(w.jsGzipBytes),
      w.scripts.length,
      `${ok ? 'ok' : 'OVER'} (HTML ≤ ${kb(HTML_BUDGET)} KB, ${budget > 0 ? `JS ≤ ${kb(budget)} KB` : '0 JS'})`,
      budget > 0 ? kb(budget - w.jsGzipBytes) : '—',
    ];
  }),
);
// What a widget page fetches later, when the visitor gets there (the estimator's engine as they turn to the form,
// the comparator's chart as it nears the screen …). Preact's client can import signals, for islands given signals: none is.
table(
  'Loaded on demand, after hydration (what each file adds to the page, with its imports)',
  ['page', 'file', 'adds KB gzip'],
  weights.flatMap((w) =>
    w.onDemand
      .filter((d) => !/\/signals\.module\./u.test(d.file))
      .map((d) => [`/${w.path}`, d.file.replace(/\.[\w-]{8}\.js$/u, '.js'), kb(d.addsGzipBytes)]),
  ),
);
// The partners' loader (public/embed.js): its own budget, 3 KB gzip.
const loader = readFileSync(join(root, 'dist/embed.js'));
const loaderGzip = gzipSync(loader, { level: 9 }).length;
table(
  'Partner embed loader',
  ['file', 'KB', 'KB gzip', 'budget'],
  [['/embed.js', kb(loader.length), kb(loaderGzip), `${loaderGzip <= 3 * 1024 ? 'ok' : 'OVER'} (≤ 3 KB gzip)`]],
);
const timings = await measureWidgets(browser, server.url);
table(
  'Widget input to next paint (in Chromium)',
  ['widget', 'CPU', 'median ms', 'p95 ms', 'INP-like ms (typed keys)'],
  timings.map((t) => [
    t.widget,
    `${t.throttle}×`,
    t.medianMs.toFixed(1),
    `${t.p95Ms.toFixed(1)}${t.throttle === 4 ? (t.p95Ms <= 100 ? ' ok (≤ 100)' : ' OVER') : ''}`,
    t.inpMs.toFixed(0),
  ]),
);
const arrivals = [...(await measureFormArrival(browser, server.url)), ...pickerArrivals];
table(
  'Widget forms on arrival at 390 px, from navigation start (median of 3 loads; 选号 at 100,000 numbers)',
  ['widget', 'CPU', 'form painted ms (FCP)', 'form usable ms (hydrated)'],
  arrivals.map((a) => [
    a.widget,
    `${a.throttle}×`,
    a.paintMs === 0
      ? '— (no paint reported)'
      : `${a.paintMs.toFixed(0)}${a.throttle === 4 ? (a.paintMs <= 1000 ? ' ok (≤ 1,000)' : ' OVER') : ''}`,
    a.readyMs.toFixed(0),
  ]),
);
await browser.close();

if (!args.has('--skip-lighthouse')) {
  const scores = [];
  for (const path of ['', 'addons/ringback/', 'estimator/'])
    scores.push(await runLighthouse(server.url, path, CHROMIUM));
  table(
    'Lighthouse (mobile)',
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'lost on'],
    scores.map((s) => [`/${s.path}`, s.performance, s.accessibility, s.bestPractices, s.seo, s.lost.join(', ') || '—']),
  );
}
await server.close();

// The figures into the docs, as printed: nobody copies them by hand.
writeFileSync(
  join(root, 'docs/reference/benchmarks.md'),
  [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (\`scripts/bench.ts\`) on ${new Date().toISOString().slice(0, 10)}` +
      `${args.size > 0 ? ` with ${[...args].join(' ')}` : ''}, on a machine with ${cpus().length} cores: the last run's figures. Nothing here is typed by hand.`,
    '',
    ...report.map((r) => `${r}\n`),
  ].join('\n'),
);
