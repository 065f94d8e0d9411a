/**
 * The engine's build-side entry: the zod schemas of the tariff files and the
 * quote request, and parseTariff, which turns the files' contents into a
 * Tariff. Used by the build, the CLI and the tests; never by a widget (a test
 * fails if zod reaches a widget bundle).
 */
export { type ParseTariffResult } from './parse-tariff';
export { buildHistory, type ChangeFileInput, type HistoryResult } from './apply-changes';
export { FeedSchema, feedJsonSchema, type Feed } from './schemas/feed';
