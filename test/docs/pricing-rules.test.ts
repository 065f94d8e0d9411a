/**
 * The pricing rules are in the repository (docs/pricing-rules.md): every §
 * the code and tests cite is a section there, nothing points outside the
 * repository, and the page's worked examples are what the engine computes
 * for the frozen published tariff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quote } from '../../src/engine/index';
import { ROOT, tariff } from '../helpers/tariff';

const rules = readFileSync(join(ROOT, 'docs/pricing-rules.md'), 'utf8');
const sections = new Set([...rules.matchAll(/^## (§[0-9a-z]+) /gmu)].map((m) => m[1]));

function sources(): string[] {
  return ['src', 'test', 'scripts', 'tools', 'docs'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|astro|md|mjs)$/u.test(f) && !f.includes('node_modules') && !f.startsWith('output'))
      .map((f) => join(dir, f)),
  );
}

describe('docs/pricing-rules.md', () => {
  it('has every section the code and tests cite (§1 … §7)', () => {
    const cited = new Set<string>();
    for (const file of sources()) {
      for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/§(\d[0-9a-z]*)(?:–(\d+))?/gu)) {
        const [first, last] = [Number.parseInt(m[1] ?? '', 10), Number.parseInt(m[2] ?? '', 10)];
        cited.add(`§${m[1] ?? ''}`);
        if (!Number.isNaN(last)) for (let n = first; n <= last; n++) cited.add(`§${n}`);
      }
    }
    expect([...cited].filter((s) => !sections.has(s))).toEqual([]);
  });

  it('is the only account of the rules: nothing points outside the repository', () => {
    const outside = sources().filter((f) => /\.\.\/shared|tariff-rules\.md/u.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(outside.filter((f) => f !== join('test', 'docs', 'pricing-rules.test.ts'))).toEqual([]);
  });

  it('its worked examples are what the engine computes for the published tariff', () => {
    const table = rules.slice(rules.indexOf('| plan '));
    const rows = [...table.matchAll(/^\| (\S+)\s+\| (\d+)\s+\| (\d)\s+\| ([^|]+?)\s+\| (yes|no)\s+\| (\d+\.\d\d)/gmu)];
    expect(rows).toHaveLength(8);
    for (const [, plan = '', m, p, addons = '', invoice, total] of rows) {
      const files = /ringback-multi, (\d+) files/u.exec(addons)?.[1];
      const result = quote(tariff, {
        plan,
        minutesPerMonth: Number(m),
        prepayYears: Number(p),
        invoice: invoice === 'yes',
        addons: files === undefined ? {} : { 'ringback-multi': { files: Number(files) } },
      });
      expect(result.ok && 'quote' in result ? result.quote.total : result, `${plan} ${m} ${p} ${addons}`).toBe(total);
    }
  });
});
