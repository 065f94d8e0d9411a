/**
 * Reads the tariffs/ folder (Node only) and validates it with the engine.
 * The build, the CLI and the tests all load the tariff through here.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parseTariff, TARIFF_FILES, formatIssue, type Issue, type RawTariff, type Tariff, type TariffFileKey } from '../engine/index';

export type LoadTariffResult = { ok: true; tariff: Tariff } | { ok: false; issues: Issue[] };

/** Loads `<dir>/tariff.yaml`, `grades.yaml` …; file names in issues are relative to `root`. */
export function loadTariff(root: string, dir = join(root, 'tariffs')): LoadTariffResult {
  const issues: Issue[] = [];
  const files = {} as Record<TariffFileKey, string>;
  const raw = {} as RawTariff;
  for (const key of Object.keys(TARIFF_FILES) as TariffFileKey[]) {
    const path = join(dir, `${key}.yaml`);
    const file = relative(root, path);
    files[key] = file;
    raw[key] = readYaml(path, file, issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  return parseTariff(raw, files);
}

/** The tariff, or an Error listing every problem as `file: path: message`. */
export function loadTariffOrThrow(root: string, dir?: string): Tariff {
  const result = loadTariff(root, dir);
  if (!result.ok) throw new Error(`invalid tariff data:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.tariff;
}

export function readYaml(path: string, file: string, issues: Issue[]): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    issues.push({ file, path: '', message: 'file is missing or unreadable' });
    return undefined;
  }
  try {
    return parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '';
    issues.push({ file, path: where, message: `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    return undefined;
  }
}
