/**
 * /admin/config.json's text: written by the build, and generated again on each
 * load by the dev and edit servers, so /admin/ always shows the files as they
 * are now (a broken change file listed with its problem, never a lock-out).
 */
import type { CmsBackend } from '../build-environment/cms-settings';
import { cmsTariff } from './cms-tariff';
import { cmsConfig } from './config';

/** The text for `date`, or undefined when even the published files have errors; `localUrl`: the local backend's address with its key. */
export function cmsConfigText(
  root: string,
  date: string,
  cms: CmsBackend | undefined,
  localUrl?: string,
): string | undefined {
  const { tariff, problems } = cmsTariff(root, date);
  return tariff && `${JSON.stringify(cmsConfig(tariff, cms, localUrl, problems), null, 2)}\n`;
}
