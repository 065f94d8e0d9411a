/**
 * /versions/index.json: the effective date of every tariff version, oldest
 * first. With /versions/<date>.json it lets a program (the 办理 receiver)
 * tell which version was in force on a day without the change files.
 */
import type { APIRoute } from 'astro';
import { history } from '../../tariff-files/site';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ versions: history.versions.map((v) => v.settings.effective) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
