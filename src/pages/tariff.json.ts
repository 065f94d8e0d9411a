/**
 * /tariff.json: the price feed for partners and search engines. The version
 * in force on the build date and any scheduled versions, with the change log;
 * validated against its own schema before it is written.
 */
import type { APIRoute } from 'astro';
import { scheduledAfter } from '../engine/index';
import { FeedSchema, type Feed } from '../tariff-changes/parse';
import { buildDate, history, tariff } from '../tariff-files/site';
import { url } from '../presentation/url';

export const GET: APIRoute = ({ site }) => {
  const feed: Feed = {
    $schema: new URL(url('tariff.schema.json'), site ?? 'http://localhost').href,
    name: tariff.settings.name,
    carrier: tariff.settings.carrier,
    currency: 'CNY',
    generated: buildDate,
    current: tariff.settings.effective,
    versions: [tariff, ...scheduledAfter(history.versions, buildDate)],
    changes: [...history.changes].reverse(),
  };
  const checked = FeedSchema.safeParse(feed);
  if (!checked.success) throw new Error(`tariff.json does not match its schema: ${checked.error.message}`);
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
