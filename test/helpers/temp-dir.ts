/**
 * Every temporary folder a test run makes (project copies, builds, browser
 * profiles) goes under one folder of its own, removed when the run ends,
 * whether the tests passed or not. Workers inherit TMPDIR, which os.tmpdir()
 * reads. Each Vitest project names this setup; the first makes the folder and
 * the others use it (nesting one in another would make paths too long for
 * Chromium's socket).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MADE = 'TARIFF_TESTS_TMPDIR';

export default function setup(): () => void {
  if (process.env[MADE] !== undefined) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'tariff-tests-'));
  process.env['TMPDIR'] = dir;
  process.env[MADE] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
