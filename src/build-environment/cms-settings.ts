/**
 * Where the CMS (/admin/) publishes, read from the build's environment:
 * CMS_BACKEND (gitea, forgejo, gitlab or github), CMS_REPO (owner/name),
 * CMS_BASE_URL (the git host's address; for github, the OAuth service's),
 * CMS_APP_ID (the OAuth application's client id) and CMS_BRANCH (main).
 * Without CMS_BACKEND the CMS edits only through the local backend
 * (`npm run edit`). Hosts and their limits: docs/guides/editing-in-the-browser.md.
 */
const CMS_BACKENDS = ['gitea', 'forgejo', 'gitlab', 'github'] as const;
export type CmsBackendName = (typeof CMS_BACKENDS)[number];

export interface CmsBackend {
  name: CmsBackendName;
  repo: string;
  branch: string;
  baseUrl?: string;
  appId?: string;
}

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * A host name of letters, digits, "-" and "." (an international name arrives
 * as punycode), with at most a port: what may go into a sitemap, a link or a
 * Content-Security-Policy source without quoting. The URL parser lets
 * characters such as " & ; through in a host.
 */
export function hasPlainHost(url: URL): boolean {
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/u.test(url.hostname) && /^\d*$/u.test(url.port);
}

function httpsOrigin(name: string, value: string, problems: string[]): string | undefined {
  try {
    const url = new URL(value);
    if (
      url.protocol === 'https:' &&
      hasPlainHost(url) &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === '' &&
      url.username === '' &&
      url.password === ''
    )
      return url.origin;
  } catch {
    // reported below
  }
  problems.push(`${name}=${shown(value)}：请写 https:// 开头的地址，只写协议和域名，例如 https://git.example.cn`);
  return undefined;
}

export function readCmsBackend(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): CmsBackend | undefined {
  const name = env['CMS_BACKEND'] ?? '';
  if (name === '') return undefined;
  if (!(CMS_BACKENDS as readonly string[]).includes(name)) {
    problems.push(`CMS_BACKEND=${shown(name)}：只能是 ${CMS_BACKENDS.join('、')} 之一，不用网页编辑发布时不设`);
    return undefined;
  }
  const repo = env['CMS_REPO'] ?? '';
  if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/u.test(repo)) {
    problems.push(`CMS_REPO=${shown(repo)}：请写仓库的“所有者/名称”，例如 marketing/tariff-site`);
  }
  const branch = env['CMS_BRANCH'] || 'main';
  if (!/^[A-Za-z0-9_./-]+$/u.test(branch)) problems.push(`CMS_BRANCH=${shown(branch)}：不是分支名`);
  const baseUrl = env['CMS_BASE_URL'] ? httpsOrigin('CMS_BASE_URL', env['CMS_BASE_URL'], problems) : undefined;
  const appId = env['CMS_APP_ID'] ?? '';
  if (appId !== '' && !/^[A-Za-z0-9_.-]+$/u.test(appId))
    problems.push(`CMS_APP_ID=${shown(appId)}：不是 OAuth 应用的 Client ID`);
  // A CMS_BASE_URL given but refused above is not reported again as missing.
  const noBaseUrl = !env['CMS_BASE_URL'];
  if ((name === 'gitea' || name === 'forgejo') && (noBaseUrl || appId === '')) {
    problems.push(
      `CMS_BACKEND=${name} 还需要 CMS_BASE_URL（Gitea/Forgejo 的地址）和 CMS_APP_ID（OAuth 应用的 Client ID）`,
    );
  }
  if (name === 'gitlab' && appId === '')
    problems.push('CMS_BACKEND=gitlab 还需要 CMS_APP_ID（GitLab 应用的 Application ID）');
  if (name === 'github' && noBaseUrl)
    problems.push('CMS_BACKEND=github 还需要 CMS_BASE_URL（为 GitHub 登录换取令牌的 OAuth 服务地址）');
  return { name, repo, branch, ...(baseUrl ? { baseUrl } : {}), ...(appId ? { appId } : {}) } as CmsBackend;
}
