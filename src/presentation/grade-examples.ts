/**
 * Example numbers for each tail pattern, made by filling the pattern with
 * digits and kept only when the engine grades them by that very pattern.
 */
import { gradeOfNumber, type Grade, type Tariff } from '../engine/index';

const DIGIT_CHOICES = ['6', '8', '9', '5', '3', '7', '2', '1', '0', '4'];
const FILLER = '1234567';

function exampleFor(tariff: Tariff, pattern: string): string | undefined {
  for (let shift = 0; shift < DIGIT_CHOICES.length; shift++) {
    const letters = new Map<string, string>();
    let next = shift;
    const tail = [...pattern]
      .map((c) => {
        if (/\d/u.test(c)) return c;
        let digit = letters.get(c);
        if (digit === undefined) {
          digit = DIGIT_CHOICES[next++ % DIGIT_CHOICES.length] ?? '0';
          letters.set(c, digit);
        }
        return digit;
      })
      .join('');
    const number = `400${FILLER.slice(0, 7 - tail.length)}${tail}`;
    if (gradeOfNumber(tariff, number).rule === pattern) return number;
  }
  return undefined;
}

/** Up to `n` numbers that match no pattern (the default grade). */
function defaultExamples(tariff: Tariff, n = 3): string[] {
  const found: string[] = [];
  for (let tail = 4568; found.length < n && tail < 9999; tail += 11) {
    const number = `400123${String(tail).padStart(4, '0')}`;
    if (gradeOfNumber(tariff, number).rule === 'default') found.push(number);
  }
  return found;
}

export function gradeExamples(tariff: Tariff, grade: Grade): { rule: string; number: string }[] {
  if (grade.default) return defaultExamples(tariff).map((number) => ({ rule: 'default', number }));
  return grade.patterns.flatMap((rule) => {
    const number = exampleFor(tariff, rule);
    return number === undefined ? [] : [{ rule, number }];
  });
}
