/** Where /admin/ publishes: read and checked with the other build settings, one Chinese line per problem. */
import { describe, expect, it } from 'vitest';
import { readBuildSettings } from '../../src/build-environment/build-settings';

const problems = (env: Record<string, string>) => {
  const result = readBuildSettings(env);
  return result.ok ? [] : result.problems;
};

describe('CMS settings', () => {
  it('none set: no git host, the local backend only', () => {
    const result = readBuildSettings({});
    expect(result.ok && result.settings.cms).toBeUndefined();
  });

  it('a Forgejo host with its OAuth application', () => {
    const result = readBuildSettings({
      CMS_BACKEND: 'forgejo',
      CMS_REPO: 'marketing/tariff-site',
      CMS_BASE_URL: 'https://git.example.cn/',
      CMS_APP_ID: 'a1b2-c3',
    });
    expect(result.ok && result.settings.cms).toEqual({
      name: 'forgejo',
      repo: 'marketing/tariff-site',
      branch: 'main',
      baseUrl: 'https://git.example.cn',
      appId: 'a1b2-c3',
    });
  });

  it('each bad or missing value is named', () => {
    expect(problems({ CMS_BACKEND: 'gitee' })).toEqual([
      'CMS_BACKEND="gitee"：只能是 gitea、forgejo、gitlab、github 之一，不用网页编辑发布时不设',
    ]);
    expect(problems({ CMS_BACKEND: 'gitea', CMS_REPO: 'x' })).toEqual([
      'CMS_REPO="x"：请写仓库的“所有者/名称”，例如 marketing/tariff-site',
      'CMS_BACKEND=gitea 还需要 CMS_BASE_URL（Gitea/Forgejo 的地址）和 CMS_APP_ID（OAuth 应用的 Client ID）',
    ]);
    expect(problems({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_BASE_URL: 'http://g.cn' })).toEqual([
      'CMS_BASE_URL="http://g.cn"：请写 https:// 开头的地址，只写协议和域名，例如 https://git.example.cn',
    ]);
    expect(problems({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_APP_ID: '"><script>' })).toEqual([
      'CMS_APP_ID="\\"><script>"：不是 OAuth 应用的 Client ID',
      'CMS_BACKEND=github 还需要 CMS_BASE_URL（为 GitHub 登录换取令牌的 OAuth 服务地址）',
    ]);
  });
});
