import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS, COMPARATOR_MODULES, RULES_MODULES } from '../../src/bundle/chunks';
import { packagesOf, runtimeClosure } from '../helpers/imports';

const group = (name: string) => CHUNK_GROUPS.find((g) => g.name === name)?.test;
const engineFile = (name: string) => `/work/x/src/engine/${name}.ts`;

describe('chunks', () => {
  it('the rules entry reaches exactly the rules modules, and no package (so no decimal.js)', () => {
    const closure = runtimeClosure('src/engine/rules.ts');
    expect([...closure].sort()).toEqual(RULES_MODULES.map((name) => `src/engine/${name}.ts`).sort());
    expect([...packagesOf(closure)]).toEqual([]);
  });

  it('each engine module falls in one chunk: the rules, the comparator’s own, or the engine with decimal.js', () => {
    for (const name of RULES_MODULES) {
      expect(group('rules')?.test(engineFile(name)), name).toBe(true);
      expect(group('engine')?.test(engineFile(name)), name).toBe(false);
    }
    for (const name of COMPARATOR_MODULES) expect(group('engine')?.test(engineFile(name)), name).toBe(false);
    for (const name of ['quote', 'money', 'labels', 'index', 'number-format'])
      expect(group('engine')?.test(engineFile(name)), name).toBe(true);
    expect(group('engine')?.test('/work/x/node_modules/decimal.js/decimal.mjs')).toBe(true);
    expect(group('rules')?.test(engineFile('numbers'))).toBe(false);
  });
});
