/**
 * The tariff version a link names when it is neither in force nor scheduled
 * (/versions/<date>.json), refused unless it is what the build wrote for that
 * date. A file of its own, loaded on demand: most links name the version in
 * force, and their visitors never fetch this code.
 */
import { readVersion, type SlimTariff } from '../../engine/index';

export async function loadVersion(base: string, date: string): Promise<SlimTariff> {
  const response = await fetch(`${base}versions/${date}.json`);
  if (!response.ok) throw new Error(`versions/${date}.json: ${response.status}`);
  const version = readVersion(await response.json(), date);
  if (version === undefined) throw new Error(`versions/${date}.json is not a tariff version`);
  return version;
}
