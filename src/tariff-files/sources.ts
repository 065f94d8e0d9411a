/**
 * Every datum in tariffs/ quotes the published page it came from
 * (tariffs/source.txt). This check keeps those quotes true, so every price can
 * be traced back; white space is compared loosely because the page uses
 * several kinds of spaces.
 */
import { formatPath, type Issue } from '../engine/index';
import { locate, type ReadText, type YamlFile } from './read';

export const SOURCE_FILE = 'tariffs/source.txt';
const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function checkSources(read: ReadText, files: YamlFile[]): Issue[] {
  const text = read(SOURCE_FILE);
  if (text === undefined) return [{ file: SOURCE_FILE, path: '', message: 'the published source page is missing' }];
  const source = fold(text);
  const issues: Issue[] = [];
  for (const yaml of files) {
    visit(yaml.doc.toJS(), [], (path, quote) => {
      if (!source.includes(fold(quote))) {
        const issue = {
          file: yaml.file,
          path: formatPath(path),
          message: `this text is not on the published page (${SOURCE_FILE}): "${quote.slice(0, 60)}"`,
        };
        issues.push(locate(issue, yaml));
      }
    });
  }
  return issues;
}

/** Calls `found` for the text of every `source`-like object ({ section, text }). */
function visit(
  value: unknown,
  path: (string | number)[],
  found: (path: (string | number)[], text: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, i], found));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record['section'] === 'string' && typeof record['text'] === 'string') {
    found([...path, 'text'], record['text']);
    return;
  }
  for (const [key, item] of Object.entries(record)) visit(item, [...path, key], found);
}
