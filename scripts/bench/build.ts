/**
 * Build time of the real site, and of synthetic tariffs 10× and 100× larger
 * (plans, add-ons and their pages copied under new ids in a temporary
 * project; nothing is written to this checkout). The time per page should
 * stay flat as the site grows.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { changeFiles } from './versions';

export interface BuildFigure {
  factor: number;
  pages: number;
  seconds: number;
  msPerPage: number;
}

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith('.html')) n++;
  return n;
}

function timeBuild(root: string, outDir: string): number {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir };
  const start = performance.now();
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  return (performance.now() - start) / 1000;
}

type Entry = { id: string; needs?: { id: string }[]; includes?: string[] };

/** A copy of the project whose plans and add-ons (with their pages) are repeated `factor` times. */
function syntheticProject(root: string, factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), `tariff-x${factor}-`));
  for (const name of ['src', 'public', 'content', 'tariffs'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');

  const suffix = (id: string, k: number) => (k === 1 ? id : `${id}-x${k}`);
  const grow = (file: string, key: 'plans' | 'addons', folder: string) => {
    const data = parse(readFileSync(join(dir, 'tariffs', file), 'utf8')) as Record<string, Entry[]>;
    const original = data[key] ?? [];
    const grown: Entry[] = [];
    for (let k = 1; k <= factor; k++) {
      for (const entry of original) {
        const copy = structuredClone(entry);
        copy.id = suffix(entry.id, k);
        if (copy.needs) copy.needs = copy.needs.map((n) => ({ ...n, id: suffix(n.id, k) }));
        if (copy.includes) copy.includes = copy.includes.map((id) => suffix(id, k));
        grown.push(copy);
        if (k > 1) {
          const page = readFileSync(join(root, 'content', folder, `${entry.id}.mdx`), 'utf8');
          const field = key === 'plans' ? 'plan' : 'addon';
          writeFileSync(
            join(dir, 'content', folder, `${copy.id}.mdx`),
            page.replace(`${field}: ${entry.id}\n`, `${field}: ${copy.id}\n`),
          );
        }
      }
    }
    data[key] = grown;
    writeFileSync(join(dir, 'tariffs', file), stringify(data));
  };
  grow('plans.yaml', 'plans', 'plans');
  grow('addons.yaml', 'addons', 'addons');
  return dir;
}

export function benchBuilds(root: string, factors: number[]): BuildFigure[] {
  const figures: BuildFigure[] = [];
  for (const factor of factors) {
    const project = factor === 1 ? root : syntheticProject(root, factor);
    const out = mkdtempSync(join(tmpdir(), 'tariff-bench-out-'));
    mkdirSync(out, { recursive: true });
    try {
      const seconds = timeBuild(project, out);
      const pages = countPages(out);
      figures.push({ factor, pages, seconds, msPerPage: (seconds * 1000) / pages });
    } finally {
      rmSync(out, { recursive: true, force: true });
      if (project !== root) rmSync(project, { recursive: true, force: true });
    }
  }
  return figures;
}

export interface VersionBuildFigure {
  versions: number;
  seconds: number;
}

/** Build time with the published tariff alone, and with `versions` − 1 dated changes beside it. */
export function benchVersionBuilds(root: string, versions: number): VersionBuildFigure[] {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-versions-'));
  for (const name of ['src', 'public', 'content', 'tariffs'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const figures: VersionBuildFigure[] = [];
  try {
    for (const count of [1, versions]) {
      if (count > 1) {
        mkdirSync(join(dir, 'tariffs/changes'), { recursive: true });
        for (const [name, text] of Object.entries(changeFiles(count)))
          writeFileSync(join(dir, 'tariffs/changes', name), text);
      }
      const out = mkdtempSync(join(tmpdir(), 'tariff-bench-out-'));
      // Best of two: a build's time varies with what else the machine does.
      const seconds = Math.min(timeBuild(dir, out), timeBuild(dir, out));
      rmSync(out, { recursive: true, force: true });
      figures.push({ versions: count, seconds });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
