import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLISHED_ROOT, ROOT } from './tariff';
import { buildableCopy } from '../../tools/project-copy';

/**
 * A throw-away copy of tariffs/ and content/ to corrupt in a test: the frozen
 * published copy (so prices and line numbers in expected messages never move);
 * with `live`, this checkout's; with `buildable`, this checkout's with the
 * sources and config needed to run `astro build` on it.
 */
export function copyProject({ buildable = false, live = false }: { buildable?: boolean; live?: boolean } = {}): {
  root: string;
  edit: (file: string, change: (text: string) => string) => void;
} {
  let root: string;
  if (buildable) root = buildableCopy(ROOT, 'tariff-check-');
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
