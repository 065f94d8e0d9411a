/**
 * Browser code reaches the engine through its entries only: src/engine/rules.ts
 * (judging a number), src/engine/forms.ts (what a form shows before a price),
 * src/engine/index.ts (pricing), and the comparator's own two. An island that imports an engine internal
 * fails here, naming the file and the import.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/tariff';
import { importsOf, packagesOf, runtimeClosure } from '../helpers/imports';
import { RULES_MODULES } from '../../src/bundle/chunks';

// The comparator's break-even minutes and its chart's curves: imported directly, so each stays in its own file.
const ENTRIES = [
  'src/engine/rules.ts',
  'src/engine/forms.ts',
  'src/engine/index.ts',
  'src/engine/compare.ts',
  'src/engine/cost-curves.ts',
];
const BROWSER_CODE = ['src/islands', 'src/application', 'src/embed'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/u.test(name))
    .map((name) => relative(ROOT, join(ROOT, dir, name)));
}

describe('engine entries', () => {
  const files = BROWSER_CODE.flatMap(sources);

  it('islands and other browser code import the engine only through its entries, directly or through any module they use', () => {
    // Every project module browser code reaches, outside the engine: none may import an engine internal.
    const seen = new Set<string>();
    const internal: string[] = [];
    for (let queue = [...files], file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (seen.has(file) || file.startsWith('src/engine/')) continue;
      seen.add(file);
      for (const item of importsOf(file)) {
        if (item.file === undefined) continue;
        if (item.file.startsWith('src/engine/') && !ENTRIES.includes(item.file))
          internal.push(`${file} imports ${item.specifier}${files.includes(file) ? '' : ' (used by browser code)'}`);
        queue.push(item.file);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(seen.size).toBeGreaterThan(files.length);
    expect(internal).toEqual([]);
  });

  it('the estimator, 在线办理 and the comparator hydrate without decimal.js: the engine is fetched when wanted', () => {
    for (const island of [
      'src/islands/CostEstimator.tsx',
      'src/islands/Application.tsx',
      'src/islands/PlanComparator.tsx',
    ]) {
      const closure = runtimeClosure(island);
      expect([...packagesOf(closure)].sort(), island).toEqual(['preact/hooks']);
      expect(closure.has('src/engine/index.ts'), island).toBe(false);
    }
  });

  it('the checker reaches only the rules: no pricing module, so no decimal.js', () => {
    const engine = [...runtimeClosure('src/islands/NumberChecker.tsx')].filter((file) =>
      file.startsWith('src/engine/'),
    );
    expect(engine.sort()).toEqual(RULES_MODULES.map((name) => `src/engine/${name}.ts`).sort());
  });
});
