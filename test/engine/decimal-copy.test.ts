/** Which decimal.js the engine's tests run on: the package in "unit", the browser's trimmed copy in "trimmed-decimal". */
import Decimal from 'decimal.js';
import { expect, it } from 'vitest';
import { TRIMMED_METHODS } from '../../src/bundle/decimal-trim';

it('the trimmed-decimal project runs the engine on the trimmed copy', (context) => {
  const trimmed = context.task.file.projectName === 'trimmed-decimal';
  const prototype = Decimal.prototype as unknown as Record<string, unknown>;
  for (const name of TRIMMED_METHODS) expect(typeof prototype[name], name).toBe(trimmed ? 'undefined' : 'function');
  expect(new Decimal('1200.005').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe('1200.01');
});
