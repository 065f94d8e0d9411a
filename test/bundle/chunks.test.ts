import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS, moduleSideEffects, OWN_FILE_MODULES, RULES_MODULES } from '../../src/bundle/chunks';
import { packagesOf, runtimeClosure } from '../helpers/imports';

const group = (name: string) => CHUNK_GROUPS.find((g) => g.name === name)?.test;
const engineFile = (name: string) => `/work/x/src/engine/${name}.ts`;

describe('chunks', () => {
  it('the rules entry reaches exactly the rules modules, and no package (so no decimal.js)', () => {
    const closure = runtimeClosure('src/engine/rules.ts');
    expect([...closure].sort()).toEqual(RULES_MODULES.map((name) => `src/engine/${name}.ts`).sort());
    expect([...packagesOf(closure)]).toEqual([]);
  });

  it('each engine module falls in one chunk: the widgets’ (the rules), the engine with decimal.js, or that of the widgets using it', () => {
    for (const name of RULES_MODULES) {
      expect(group('widgets')?.test(engineFile(name)), name).toBe(true);
      expect(group('engine')?.test(engineFile(name)), name).toBe(false);
    }
    for (const name of OWN_FILE_MODULES) {
      expect(group('engine')?.test(engineFile(name)), name).toBe(false);
      expect(group('widgets')?.test(engineFile(name)), name).toBe(false);
    }
    for (const name of ['quote', 'money', 'labels', 'request', 'number-format'])
      expect(group('engine')?.test(engineFile(name)), name).toBe(true);
    expect(group('engine')?.test('/work/x/node_modules/decimal.js/decimal.mjs')).toBe(true);
    expect(group('widgets')?.test(engineFile('numbers'))).toBe(false);
    expect(group('widgets')?.test('/work/x/src/islands/input/url-state.ts')).toBe(true);
    expect(group('widgets')?.test('/work/x/src/islands/estimator/EstimatorForm.tsx')).toBe(false);
  });

  it('engine modules are declared free of side effects, and nothing else is', () => {
    expect(moduleSideEffects(engineFile('quote'))).toBe(false);
    expect(moduleSideEffects('/work/x/src/islands/contact-bar.ts')).toBe(true);
    expect(moduleSideEffects('/work/x/node_modules/decimal.js/decimal.mjs')).toBe(true);
  });
});
