/**
 * The tariff versions as the site publishes them (/versions/index.json and
 * /versions/<date>.json), read from the site's address or from its built
 * folder. The receiver prices with exactly what the page priced with; each
 * answer is kept for a few minutes, so a rebuild is seen without a restart.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readVersion, type SlimTariff } from '../engine/index';
import { isIsoDate } from '../engine/rules';

export interface VersionSource {
  /** Every version's effective date, oldest first. */
  dates(): Promise<string[]>;
  version(date: string): Promise<SlimTariff | undefined>;
}

/** Reads one published file ("versions/index.json"): its JSON, or undefined when it is not there. */
type SiteReader = (path: string) => Promise<unknown>;

const CACHE_MS = 5 * 60 * 1000;

/** From the site's address (with its base path, ending in "/"). */
export const fetchFromSite =
  (siteUrl: string, fetcher: typeof fetch = fetch): SiteReader =>
  async (path) => {
    const response = await fetcher(new URL(path, siteUrl), { signal: AbortSignal.timeout(10_000) });
    return response.ok ? ((await response.json()) as unknown) : undefined;
  };

/** From the built site's folder (dist/). */
export const readFromFolder =
  (folder: string): SiteReader =>
  async (path) => {
    try {
      return JSON.parse(await readFile(join(folder, path), 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  };

export function siteVersions(read: SiteReader, now = Date.now): VersionSource {
  const cache = new Map<string, { at: number; value: unknown }>();
  const cached = async (path: string): Promise<unknown> => {
    const hit = cache.get(path);
    if (hit !== undefined && now() - hit.at < CACHE_MS) return hit.value;
    const value = await read(path);
    if (value !== undefined) cache.set(path, { at: now(), value });
    return value;
  };
  return {
    async dates() {
      const index = await cached('versions/index.json');
      const versions = typeof index === 'object' && index !== null ? (index as { versions?: unknown }).versions : [];
      return Array.isArray(versions) ? versions.filter((d): d is string => typeof d === 'string' && isIsoDate(d)) : [];
    },
    async version(date) {
      if (!isIsoDate(date)) return undefined;
      return readVersion(await cached(`versions/${date}.json`), date);
    },
  };
}
