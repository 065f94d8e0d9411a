import { fileURLToPath } from 'node:url';
import { loadTariffOrThrow } from '../../src/tariff-files/node';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The real tariff in tariffs/, loaded once per test file. */
export const tariff = loadTariffOrThrow(ROOT);
