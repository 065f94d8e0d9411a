import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLISHED_ROOT, ROOT } from './tariff';
import { buildableCopy, publishedCopy } from '../../tools/project-copy';

/**
 * A throw-away copy of tariffs/ and content/ to corrupt in a test: the frozen
 * published copy (so prices and line numbers in expected messages never move);
 * with `live`, this checkout's; with `buildable`, this checkout's as published
 * (no dated changes, no inventory: see publishedCopy) with the sources and
 * config needed to run `astro build` on it; with `buildable: 'live'`, all of
 * this checkout as it is.
 */
export function copyProject({
  buildable = false,
  live = false,
}: { buildable?: boolean | 'live'; live?: boolean } = {}): {
  root: string;
  edit: (file: string, change: (text: string) => string) => void;
} {
  let root: string;
  if (buildable === 'live') root = buildableCopy(ROOT, 'tariff-check-');
  else if (buildable) root = publishedCopy(ROOT, 'tariff-check-');
  else {
    root = mkdtempSync(join(tmpdir(), 'tariff-check-'));
    for (const name of ['tariffs', 'content'])
      cpSync(join(live ? ROOT : PUBLISHED_ROOT, name), join(root, name), { recursive: true });
  }
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
  };
}
