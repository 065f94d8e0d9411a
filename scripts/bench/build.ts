/**
 * Build time of the real site, and of synthetic tariffs 10× and 100× larger
 * (plans, add-ons and their pages copied under new ids in a temporary
 * project; nothing is written to this checkout). The time per page should
 * stay flat as the site grows.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { changeFiles } from './versions';
import { buildableCopy, timedBuild } from '../../tools/project-copy';

interface BuildFigure {
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

type Entry = { id: string; needs?: { id: string }[]; includes?: string[] };

/** A copy of the project whose plans and add-ons (with their pages) are repeated `factor` times. */
function syntheticProject(root: string, factor: number): string {
  const dir = buildableCopy(root, `tariff-x${factor}-`);

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
      const seconds = timedBuild(project, out);
      const pages = countPages(out);
      figures.push({ factor, pages, seconds, msPerPage: (seconds * 1000) / pages });
    } finally {
      rmSync(out, { recursive: true, force: true });
      if (project !== root) rmSync(project, { recursive: true, force: true });
    }
  }
  return figures;
}

interface VersionBuildFigure {
  versions: number;
  seconds: number;
}

/** Build time with the published tariff alone, and with `versions` − 1 dated changes beside it. */
export function benchVersionBuilds(root: string, versions: number): VersionBuildFigure[] {
  const dir = buildableCopy(root, 'tariff-versions-');
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
      const seconds = Math.min(timedBuild(dir, out), timedBuild(dir, out));
      rmSync(out, { recursive: true, force: true });
      figures.push({ versions: count, seconds });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
