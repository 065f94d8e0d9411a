/** /tariff.schema.json: the JSON Schema of /tariff.json, generated from the same zod schemas. */
import type { APIRoute } from 'astro';
import { feedJsonSchema } from '../tariff-changes/parse';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ title: '400电话资费 price feed', ...feedJsonSchema() }, null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
