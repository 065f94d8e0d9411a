/**
 * Tariffs for tests. `tariff` is the published version, frozen in
 * test/fixtures (tests that name prices use it, so an editor's change to
 * tariffs/ breaks none of them). `liveHistory` is what tariffs/ says, with
 * every dated change; `siteTariff` is its published version, the one the
 * test builds show (they build the checkout as published: see publishedCopy).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadHistoryOrThrow, loadTariffOrThrow } from '../../src/tariff-files/node';
import { parseQuoteRequest, type QuoteRequest } from '../../src/engine/request';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PUBLISHED_ROOT = join(ROOT, 'test/fixtures/published-2016-04-10');
/** The free numbers of the stocked test build (test/helpers/global-setup.ts). */
export const INVENTORY_FIXTURE = join(ROOT, 'test/fixtures/inventory/numbers.csv');
/** The stocked build's address for 办理 e-mails. */
export const APPLY_EMAIL = 'sales@example.cn';
/** The published tariff (version 2016-04-10), from the frozen copy. */
export const tariff = loadTariffOrThrow(PUBLISHED_ROOT, '2016-04-10');

/** Every version in tariffs/, and the first: the tariff as published, which the test builds show. */
export const liveHistory = loadHistoryOrThrow(ROOT);
const published = liveHistory.versions[0];
if (published === undefined) throw new Error('tariffs/ has no published version');
export const siteTariff = published;

/** A request to the published tariff, parsed as the engine parses JSON; a test's own input, so one that does not fit throws. */
export function publishedRequest(input: Record<string, unknown>): QuoteRequest {
  const parsed = parseQuoteRequest(tariff, input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.request;
}
