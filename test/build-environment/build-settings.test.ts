/** Build settings from the environment: every hostile or mistaken value is refused with one line, before building. */
import { describe, expect, it } from 'vitest';
import { readBuildSettings } from '../../src/build-environment/build-settings';

describe('build settings', () => {
  it('none set: the site at /, for today, no demo numbers', () => {
    expect(readBuildSettings({})).toEqual({ ok: true, settings: { base: '/', demoNumbers: 0, outDir: './dist' } });
  });

  it('good values are kept (a base path gets its trailing slash)', () => {
    expect(
      readBuildSettings(
        {
          BASE_PATH: '/tariff',
          SITE_URL: 'https://400.example.cn/',
          TARIFF_DATE: '2027-01-02',
          TARIFF_DEMO_NUMBERS: '1000',
          OUT_DIR: 'out',
        },
        '/srv/checkout',
      ),
    ).toEqual({
      ok: true,
      settings: {
        base: '/tariff/',
        site: 'https://400.example.cn',
        date: '2027-01-02',
        demoNumbers: 1000,
        outDir: '/srv/checkout/out',
      },
    });
  });

  it.each([
    ['BASE_PATH', '/"><script>alert(1)</script>/'],
    ['BASE_PATH', '//evil.example/'],
    ['BASE_PATH', '/a b/'],
    ['BASE_PATH', '/../'],
    ['BASE_PATH', 'tariff/'],
    ['SITE_URL', 'javascript:alert(1)'],
    ['SITE_URL', 'ftp://x.example'],
    ['SITE_URL', 'https://x.example/tariff/'],
    ['SITE_URL', 'https://user:pw@x.example'],
    ['SITE_URL', 'https://x.example/?a=1'],
    ['SITE_URL', 'not a url'],
    ['SITE_URL', 'https://a"b&c.example'],
    ['SITE_URL', 'https://a;b.example'],
    ['SITE_URL', "https://a'b.example"],
    ['CMS_BASE_URL', 'https://a;b.com'],
    ['CMS_BASE_URL', "https://a.com'unsafe-inline'"],
    ['OUT_DIR', '.'],
    ['OUT_DIR', './'],
    ['OUT_DIR', 'src'],
    ['OUT_DIR', 'tariffs/x'],
    ['OUT_DIR', 'node_modules/.cache'],
    ['TARIFF_DATE', 'abc'],
    ['TARIFF_DATE', '2027-02-30'],
    ['TARIFF_DATE', '0099-01-01'],
    ['TARIFF_DEMO_NUMBERS', '-1'],
    ['TARIFF_DEMO_NUMBERS', 'abc'],
    ['TARIFF_DEMO_NUMBERS', '1.5'],
    ['TARIFF_DEMO_NUMBERS', '10000000'],
  ])('%s=%s is refused with one line that names it', (name, value) => {
    // CMS_BASE_URL is read with the backend that needs it.
    const cms = name === 'CMS_BASE_URL' ? { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_APP_ID: 'x' } : {};
    const result = readBuildSettings({ ...cms, [name]: value });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}=`, 'u'));
    // The value is shown quoted and cut, never as markup.
    expect(problems[0]?.length).toBeLessThan(200);
  });

  it('OUT_DIR inside or outside the checkout is resolved from it', () => {
    const outDir = (value: string) => {
      const result = readBuildSettings({ OUT_DIR: value }, '/srv/checkout');
      return result.ok ? result.settings.outDir : result.problems;
    };
    expect(outDir('dist-preview')).toBe('/srv/checkout/dist-preview');
    expect(outDir('../www')).toBe('/srv/www');
    expect(outDir('/var/www/tariff')).toBe('/var/www/tariff');
  });

  it('several bad settings: one line each', () => {
    const result = readBuildSettings({ BASE_PATH: '/../', SITE_URL: 'ftp://x', TARIFF_DATE: 'x' });
    expect(result.ok ? [] : result.problems.map((p) => p.split('=')[0])).toEqual([
      'BASE_PATH',
      'SITE_URL',
      'TARIFF_DATE',
    ]);
  });
});
