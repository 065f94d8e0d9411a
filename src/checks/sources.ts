/**
 * Every datum in tariffs/ quotes the published page it came from
 * (tariffs/source.txt). This check keeps those quotes true, so every price can
 * be traced back; white space is compared loosely because the page uses
 * several kinds of spaces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatPath, type Issue } from '../engine/index';

export const SOURCE_FILE = 'tariffs/source.txt';
const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function checkSources(root: string, files: string[]): Issue[] {
  let source: string;
  try {
    source = fold(readFileSync(join(root, SOURCE_FILE), 'utf8'));
  } catch {
    return [{ file: SOURCE_FILE, path: '', message: 'the published source page is missing' }];
  }
  const issues: Issue[] = [];
  for (const file of files) {
    const data: unknown = parseYaml(readFileSync(join(root, file), 'utf8'));
    visit(data, [], (path, text) => {
      if (!source.includes(fold(text))) {
        issues.push({ file, path: formatPath(path), message: `this text is not on the published page (${SOURCE_FILE}): "${text.slice(0, 60)}"` });
      }
    });
  }
  return issues;
}

/** Calls `found` for the text of every `source`-like object ({ section, text }). */
function visit(value: unknown, path: (string | number)[], found: (path: (string | number)[], text: string) => void): void {
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
