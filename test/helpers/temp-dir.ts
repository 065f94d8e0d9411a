/**
 * Every temporary folder a test run makes (project copies, builds, browser
 * profiles) goes under one folder of its own, removed when the run ends,
 * whether the tests passed or not. Workers inherit TMPDIR, which os.tmpdir()
 * reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-tests-'));
  process.env['TMPDIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
