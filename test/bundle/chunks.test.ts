import { describe, expect, it } from 'vitest';
import {
  CHUNK_GROUPS,
  FORM_MODULES,
  moduleSideEffects,
  OWN_FILE_MODULES,
  RULES_MODULES,
} from '../../src/bundle/chunks';
import { packagesOf, runtimeClosure } from '../helpers/imports';

const group = (name: string) => CHUNK_GROUPS.find((g) => g.name === name)?.test;
const engineFile = (name: string) => `/work/x/src/engine/${name}.ts`;

describe('chunks', () => {
  it('the rules entry reaches exactly the rules modules, and no package (so no decimal.js)', () => {
    const closure = runtimeClosure('src/engine/rules.ts');
    expect([...closure].sort()).toEqual(RULES_MODULES.map((name) => `src/engine/${name}.ts`).sort());
    expect([...packagesOf(closure)]).toEqual([]);
  });

  it('the forms entry reaches rules modules, every form module and files of its own, and no package (so no decimal.js)', () => {
    const closure = runtimeClosure('src/engine/forms.ts');
    const names: readonly string[] = RULES_MODULES;
    const beyondRules = [...closure]
      .map((file) => /^src\/engine\/([\w-]+)\.ts$/u.exec(file)?.[1] ?? file)
      .filter((name) => !names.includes(name));
    expect(beyondRules.sort()).toEqual(
      [...FORM_MODULES, 'apply-route', 'control-chars', 'email', 'forms', 'grade-table'].sort(),
    );
    expect([...packagesOf(closure)]).toEqual([]);
  });

  it('each engine module falls in one chunk: the widgets’ (the rules and form modules), the engine with decimal.js, or that of the widgets using it', () => {
    for (const name of [...RULES_MODULES, ...FORM_MODULES]) {
      expect(group('widgets')?.test(engineFile(name)), name).toBe(true);
      expect(group('engine')?.test(engineFile(name)), name).toBe(false);
    }
    for (const name of OWN_FILE_MODULES) {
      expect(group('engine')?.test(engineFile(name)), name).toBe(false);
      expect(group('widgets')?.test(engineFile(name)), name).toBe(false);
    }
    for (const name of ['quote', 'money', 'request', 'plan-terms', 'versions'])
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
