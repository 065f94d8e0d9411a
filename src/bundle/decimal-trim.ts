/**
 * A Vite plugin that ships decimal.js to the browser without the methods the
 * engine never calls: the transcendental functions (trigonometry, logarithms,
 * powers, roots), other bases and fractions. They are half of the library's
 * bytes, and a bundler cannot drop them: they hang on one prototype object.
 * What stays is decimal.js's own code for +, −, ×, ÷, comparison, rounding and
 * printing, byte for byte. The engine's tests run against the trimmed copy too
 * (the "trimmed-decimal" test project), so a call to a removed method fails
 * there, not in a visitor's browser.
 *
 * Removal is by the source's own layout (`P.name = P.alias = function …};` and
 * `Decimal.name = name;`); if a decimal.js release changes it, every name not
 * found exactly once stops the build with the name, rather than trimming less.
 */
import type { Plugin } from 'vite';

/** Prototype methods removed, by their long names (their short aliases go with them). */
export const TRIMMED_METHODS = [
  'cosine',
  'cubeRoot',
  'dividedToIntegerBy',
  'hyperbolicCosine',
  'hyperbolicSine',
  'hyperbolicTangent',
  'inverseCosine',
  'inverseHyperbolicCosine',
  'inverseHyperbolicSine',
  'inverseHyperbolicTangent',
  'inverseSine',
  'inverseTangent',
  'logarithm',
  'naturalExponential',
  'naturalLogarithm',
  'sine',
  'squareRoot',
  'tangent',
  'toBinary',
  'toFraction',
  'toHexadecimal',
  'toNearest',
  'toOctal',
  'toPower',
] as const;

/** Static methods of the constructor removed. */
export const TRIMMED_STATICS = [
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'atan2',
  'cbrt',
  'cos',
  'cosh',
  'exp',
  'hypot',
  'ln',
  'log',
  'log10',
  'log2',
  'pow',
  'random',
  'sin',
  'sinh',
  'sqrt',
  'tan',
  'tanh',
] as const;

/** The digits of ln 10 and π: only the removed methods read them. */
const CONSTANTS = ['LN10', 'PI'] as const;

const DECIMAL_MODULE = /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/u;

function replaceOnce(source: string, pattern: RegExp, replacement: string, name: string): string {
  const found = source.match(new RegExp(pattern.source, 'gmu'))?.length ?? 0;
  if (found !== 1) throw new Error(`decimal.js trim: expected one "${name}" in decimal.mjs, found ${found}`);
  return source.replace(pattern, replacement);
}

/** decimal.mjs's source without the trimmed methods. */
export function trimDecimalSource(source: string): string {
  let code = source;
  for (const name of TRIMMED_METHODS) {
    // From `P.name = … function (…) {` to the first `};` at the start of a line: the method's end.
    const method = new RegExp(`^P\\.${name} = [^\\n]*function[^]*?^\\};\\r?\\n`, 'mu');
    code = replaceOnce(code, method, '', `P.${name}`);
  }
  for (const name of TRIMMED_STATICS) {
    const line = new RegExp(`^ {2}Decimal\\.${name} = ${name};[^\\n]*\\n`, 'mu');
    code = replaceOnce(code, line, '', `Decimal.${name}`);
  }
  for (const name of CONSTANTS) {
    // Still a valid number: the module turns both into Decimals when it loads.
    code = replaceOnce(code, new RegExp(`^ {2}${name} = '[\\d.]+',`, 'mu'), `  ${name} = '0',`, name);
  }
  return code;
}

export function decimalTrim(): Plugin {
  return {
    name: 'decimal-trim',
    enforce: 'pre',
    transform(code, id) {
      if (!DECIMAL_MODULE.test(id.split('?')[0] ?? id)) return null;
      return { code: trimDecimalSource(code), map: null };
    },
  };
}
