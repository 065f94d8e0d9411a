/**
 * /versions/<date>.json: each tariff version as the widgets compute with it
 * (slim: no quotes or notes). The estimator fetches one when a shared link
 * names a version other than the one in force, so an old link still
 * reproduces its quote.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { slimTariff, type Tariff } from '../../engine/index';
import { history } from '../../tariff-files/site';

export const getStaticPaths = (() =>
  history.versions.map((version) => ({
    params: { date: version.settings.effective },
    props: { version },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: Tariff }> = ({ props }) =>
  new Response(JSON.stringify(slimTariff(props.version)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
