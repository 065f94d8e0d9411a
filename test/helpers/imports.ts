/**
 * The import graph of the project's TypeScript sources, read from their text:
 * enough to hold rules such as "islands reach the engine through its entries".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './tariff';

export interface Import {
  /** As written: "../engine/index", "preact/hooks". */
  specifier: string;
  /** The project file it names (relative to the root, "src/engine/index.ts"); undefined for a package. */
  file: string | undefined;
  /** `import type …`, `export type …`, or only `type` names: gone from the JavaScript. */
  typeOnly: boolean;
}

const STATEMENT = /^(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/gmu;

function resolveFile(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(join(ROOT, from)), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (path) => existsSync(path) && !path.endsWith('/'),
  );
  return found === undefined ? undefined : relative(ROOT, found);
}

/** The imports and re-exports of one source file (a path relative to the root). */
export function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(STATEMENT)].map((m) => {
    const names = (m[2] ?? '')
      .replace(/^\{|\}$/gu, '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const typeOnly = m[1] !== undefined || (names.length > 0 && names.every((n) => n.startsWith('type ')));
    const specifier = m[3] ?? '';
    return { specifier, file: resolveFile(file, specifier), typeOnly };
  });
}

/** Every project file a file's JavaScript loads, itself included (type-only imports do not load anything). */
export function runtimeClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const item of importsOf(file)) if (!item.typeOnly && item.file !== undefined) runtimeClosure(item.file, seen);
  return seen;
}

/** Every package a set of files imports at run time ("decimal.js", "preact/hooks"). */
export function packagesOf(files: Iterable<string>): Set<string> {
  return new Set(
    [...files].flatMap((file) =>
      importsOf(file).flatMap((item) => (!item.typeOnly && item.file === undefined ? [item.specifier] : [])),
    ),
  );
}
