/**
 * Browser code reaches the engine through its two entries only: src/engine/rules.ts
 * (judging a number) and src/engine/index.ts (pricing). An island that imports
 * an engine internal fails here, naming the file and the import.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/tariff';
import { importsOf, runtimeClosure } from '../helpers/imports';
import { RULES_MODULES } from '../../src/bundle/chunks';

const ENTRIES = ['src/engine/rules.ts', 'src/engine/index.ts'];
const BROWSER_CODE = ['src/islands', 'src/application', 'src/embed'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/u.test(name))
    .map((name) => relative(ROOT, join(ROOT, dir, name)));
}

describe('engine entries', () => {
  const files = BROWSER_CODE.flatMap(sources);

  it('islands and other browser code import the engine only through its entries', () => {
    const internal = files.flatMap((file) =>
      importsOf(file)
        .filter((item) => item.file?.startsWith('src/engine/') === true && !ENTRIES.includes(item.file))
        .map((item) => `${file} imports ${item.specifier}`),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(internal).toEqual([]);
  });

  it('the checker reaches only the rules: no pricing module, so no decimal.js', () => {
    const engine = [...runtimeClosure('src/islands/NumberChecker.tsx')].filter((file) =>
      file.startsWith('src/engine/'),
    );
    expect(engine.sort()).toEqual(RULES_MODULES.map((name) => `src/engine/${name}.ts`).sort());
  });
});
