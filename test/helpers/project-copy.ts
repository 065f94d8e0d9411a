import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLISHED_ROOT, ROOT } from './tariff';

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
  const root = mkdtempSync(join(tmpdir(), 'tariff-check-'));
  const from = live || buildable ? ROOT : PUBLISHED_ROOT;
  const copied = buildable
    ? ['tariffs', 'content', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']
    : ['tariffs', 'content'];
  for (const name of copied) cpSync(join(from, name), join(root, name), { recursive: true });
  if (buildable) symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
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
