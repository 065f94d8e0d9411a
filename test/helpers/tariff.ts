/**
 * Two tariffs for tests. `tariff` is the published version, frozen in
 * test/fixtures (tests that name prices use it, so an editor's change to
 * tariffs/ breaks none of them). `liveHistory` and `liveTariff` are what
 * tariffs/ says today: tests of the built site use them, checking invariants
 * rather than today's numbers.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { tariffAt, todayInShanghai } from '../../src/engine/index';
import { loadHistoryOrThrow, loadTariffOrThrow } from '../../src/tariff-files/node';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PUBLISHED_ROOT = join(ROOT, 'test/fixtures/published-2016-04-10');
/** The free numbers of the stocked test build (test/helpers/global-setup.ts). */
export const INVENTORY_FIXTURE = join(ROOT, 'test/fixtures/inventory/numbers.csv');
/** The stocked build's address for 办理 e-mails. */
export const APPLY_EMAIL = 'sales@example.cn';
/** The published tariff (version 2016-04-10), from the frozen copy. */
export const tariff = loadTariffOrThrow(PUBLISHED_ROOT, '2016-04-10');

/** Every version in tariffs/ and the one in force today (Asia/Shanghai), as the site is built. */
export const liveHistory = loadHistoryOrThrow(ROOT);
const live = tariffAt(liveHistory.versions, todayInShanghai());
if (live === undefined) throw new Error('tariffs/ has no version in force today');
export const liveTariff = live;
