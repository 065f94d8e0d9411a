/**
 * The files of /admin/ made from the project as it is now — the page, its
 * configuration, the tariff files a save is checked against, the save check
 * itself — and the headers every /admin/ file is sent with. The build writes
 * them once; the dev and edit servers (and the tests' CMS server) make them on
 * each load, so /admin/ always shows the files as they are.
 */
import type { CmsBackend } from '../build-environment/cms-settings';
import { ADMIN_HTML, adminPolicy } from './admin-page';
import { CHECK_SCRIPT, checkScript } from './check-script';
import { cmsConfigText } from './config-file';
import { snapshotText } from './snapshot-file';
import { SNAPSHOT_FILE } from './tariff-snapshot';

interface AdminProject {
  root: string;
  /** The day the configuration's hints name as today. */
  date: string;
  cms: CmsBackend | undefined;
  /** The local backend's address with this run's key, when one serves the project. */
  localUrl?: string | undefined;
}

/** The generated files, the configuration first (without it there is no /admin/ to write). */
export const GENERATED_ADMIN_FILES = ['config.json', 'index.html', SNAPSHOT_FILE, CHECK_SCRIPT] as const;

/**
 * The text of a generated /admin/ file: undefined when `name` is not one, a
 * promise of undefined when it cannot be made (the published files themselves are broken).
 */
export function generatedAdminFile(name: string, project: AdminProject): Promise<string | undefined> | undefined {
  if (name === 'index.html') return Promise.resolve(ADMIN_HTML);
  if (name === CHECK_SCRIPT) return checkScript();
  if (name === SNAPSHOT_FILE) return Promise.resolve(snapshotText(project.root));
  if (name === 'config.json')
    return Promise.resolve(cmsConfigText(project.root, project.date, project.cms, project.localUrl));
  return undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The headers of an /admin/ file: its own policy, out of search, never cached (the configuration carries the edit server's key). */
export function adminHeaders(name: string, cms: CmsBackend | undefined): Record<string, string> {
  return {
    'Content-Type': TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
    'Content-Security-Policy': adminPolicy(cms),
    'X-Robots-Tag': 'noindex',
    'Cache-Control': 'no-store',
  };
}
