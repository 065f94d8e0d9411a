/** The _headers format the build writes, read back for the preview. */
import { describe, expect, it } from 'vitest';
import { baseOf, headersFor, parseHeadersFile } from '../../tools/headers-file';

const FILE = `# comment
/tariff/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/tariff/*
  Cache-Control: public, max-age=0, must-revalidate
  X-Frame-Options: DENY
`;

describe('_headers', () => {
  const rules = parseHeadersFile(FILE);
  it('reads each pattern with its headers, and the base path', () => {
    expect(rules).toHaveLength(2);
    expect(baseOf(rules)).toBe('/tariff/');
  });
  it('every matching rule applies; for one header, the first (more specific) rule wins', () => {
    expect(headersFor(rules, '/tariff/_astro/a.js')).toEqual({
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Frame-Options': 'DENY',
    });
    expect(headersFor(rules, '/tariff/checker/')).toEqual({
      'Cache-Control': 'public, max-age=0, must-revalidate',
      'X-Frame-Options': 'DENY',
    });
    expect(headersFor(rules, '/other/')).toEqual({});
  });
  it('a later rule that drops a header with "! Name" replaces it with its own (the CMS page’s policy)', () => {
    const withAdmin = parseHeadersFile(
      `/*\n  Content-Security-Policy: strict\n  X-Frame-Options: DENY\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: admin\n/old/*\n  ! X-Frame-Options\n`,
    );
    expect(headersFor(withAdmin, '/admin/')).toEqual({ 'Content-Security-Policy': 'admin', 'X-Frame-Options': 'DENY' });
    expect(headersFor(withAdmin, '/checker/')).toEqual({
      'Content-Security-Policy': 'strict',
      'X-Frame-Options': 'DENY',
    });
    expect(headersFor(withAdmin, '/old/x')).toEqual({ 'Content-Security-Policy': 'strict' });
  });
});
