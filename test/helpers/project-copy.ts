import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './tariff';

/** A throw-away copy of tariffs/ and content/ to corrupt in a test. */
export function copyProject(): { root: string; edit: (file: string, change: (text: string) => string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'tariff-check-'));
  cpSync(join(ROOT, 'tariffs'), join(root, 'tariffs'), { recursive: true });
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
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
