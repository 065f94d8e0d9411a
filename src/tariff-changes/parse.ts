/**
 * The engine's build-side entry: buildHistory (the change files applied over
 * the published tariff, every version validated) and the price feed's
 * schema. The zod schemas themselves are imported from ./schemas/. Used by
 * the build, the CLI and the tests; never by a widget (a test fails if zod
 * reaches a widget bundle).
 */
export { buildHistory, type ChangeFileInput } from './apply-changes';
export { FeedSchema, feedJsonSchema, type Feed } from '../engine/schemas/feed';
