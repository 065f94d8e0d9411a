import { describe, expect, it } from 'vitest';
import { cspPolicy, inlineCode, sha256, trustedInlineCode } from '../../src/security/csp';

describe('the Content-Security-Policy', () => {
  it('hashes inline scripts and styles, not external scripts or JSON-LD data', () => {
    const html =
      '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>b{}</style>';
    expect(inlineCode(html)).toEqual({ scripts: ['a()'], styles: ['b{}'] });
    // The same digest as: printf 'a()' | openssl dgst -sha256 -binary | base64
    expect(sha256('a()')).toBe("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
  });

  it('trusts inline code only on a widget page: a script or style in a content page never gets a hash', () => {
    const content = '<main><p>常见问题</p><script>alert(document.domain)</script><style>p{}</style></main>';
    expect(trustedInlineCode(content)).toEqual({ scripts: [], styles: [] });
    const widget = '<astro-island uid="1"></astro-island><script>self.Astro=1</script>';
    expect(trustedInlineCode(widget)).toEqual({ scripts: ['self.Astro=1'], styles: [] });
  });

  it('allows only the site itself and the listed hashes', () => {
    const policy = cspPolicy(["'sha256-a'"], ["'sha256-b'"]);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-b'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(policy).not.toContain('unsafe-inline');
  });

  it('lets pages send to the 办理 form service, when one is set', () => {
    expect(cspPolicy([], [], ['https://forms.example.cn'])).toContain("connect-src 'self' https://forms.example.cn;");
  });
});
