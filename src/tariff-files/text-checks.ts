/**
 * Warnings that point into the YAML text itself, beside the schema and
 * cross-reference checks: a tail pattern that catches too many numbers (a
 * slip such as "AB" for "ABAB"), and a " #" in a plain text that YAML reads
 * as the start of a comment.
 */
import { patternShare, type TariffHistory } from '../engine/index';
import { type Issue } from '../editor-messages/errors';
import { say } from '../editor-messages/messages';
import type { YamlFile } from './read';

/** A tail pattern that catches this share of all numbers or more is almost surely a slip ("AB" for "ABAB"). */
const BROAD_PATTERN_SHARE = 0.05;

export function broadPatterns(history: TariffHistory, files: YamlFile[]): Issue[] {
  const seen = new Set<string>();
  return history.versions.flatMap((version) =>
    version.grades.flatMap((grade) =>
      grade.patterns.flatMap((pattern) => {
        const share = patternShare(pattern);
        if (share < BROAD_PATTERN_SHARE || seen.has(pattern)) return [];
        seen.add(pattern);
        const percent = Math.round(share * 1000) / 10;
        return [
          {
            ...patternLine(files, pattern),
            path: `grades.${grade.id}.patterns`,
            warning: true,
            ...say('pattern/broad', { pattern, percent, grade: grade.name }),
          },
        ];
      }),
    ),
  );
}

/** Where a tail pattern is written: the grades file first, then the change files. */
function patternLine(files: YamlFile[], pattern: string): { file: string; line?: number; col?: number } {
  const written = new RegExp(`(^|[\\s,[-])(['"]?)${pattern}\\2(?=$|[\\s,\\]])`, 'u');
  const ordered = [...files].sort(
    (a, b) => Number(b.file === 'tariffs/grades.yaml') - Number(a.file === 'tariffs/grades.yaml'),
  );
  for (const yaml of ordered) {
    const lines = yaml.text.split(/\r?\n/u);
    const index = lines.findIndex(
      (l) => !l.trimStart().startsWith('#') && /patterns|^\s*-/u.test(l) && written.test(l),
    );
    if (index !== -1) return { file: yaml.file, line: index + 1, col: (lines[index]?.search(written) ?? 0) + 2 };
  }
  return { file: 'tariffs/grades.yaml' };
}

/** Text fields whose plain value holds " #": YAML drops the rest of the line as a comment. */
const TEXT_WITH_HASH = /^(\s*(?:-\s+)?)(note|name|summary|label|text|description):\s+([^'"\s][^#]*?)\s+#/u;

export function hashInText(yaml: YamlFile): Issue[] {
  if (!yaml.file.startsWith('tariffs/changes/')) return [];
  return yaml.text.split(/\r?\n/u).flatMap((line, i) => {
    const match = TEXT_WITH_HASH.exec(line);
    if (match === null) return [];
    const col = line.indexOf(' #', (match[1] ?? '').length) + 2;
    return [
      {
        file: yaml.file,
        path: match[2] ?? '',
        line: i + 1,
        col,
        warning: true,
        ...say('yaml/hash-in-text', { key: match[2] ?? '', kept: match[3] ?? '' }),
      },
    ];
  });
}
