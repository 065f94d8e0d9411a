import { describe, expect, it } from 'vitest';
import { isEmailAddress } from '../../src/engine/email';

describe('one e-mail address', () => {
  it('takes something@domain.tld in any script', () => {
    for (const ok of ['sales@example.cn', 'o’brien+400@mail.example.com.cn', '张三@例子.中国', 'a@b.c'])
      expect(isEmailAddress(ok), ok).toBe(true);
  });

  it('refuses a second recipient, a mailto: query or fragment, spaces, and no domain', () => {
    for (const bad of [
      '',
      'sales at example',
      'sales@example',
      'a@b@c.cn',
      'a@x.cn,b@x.cn',
      'a@x.cn;b@x.cn',
      '<a@x.cn>',
      'a@x.cn?cc=b@x.cn',
      'a@x.cn#top',
      'a%40@x.cn',
      'a b@x.cn',
    ])
      expect(isEmailAddress(bad), bad).toBe(false);
  });

  it('at most 254 characters', () => {
    const domain = '@example.cn';
    expect(isEmailAddress(`${'a'.repeat(254 - domain.length)}${domain}`)).toBe(true);
    expect(isEmailAddress(`${'a'.repeat(255 - domain.length)}${domain}`)).toBe(false);
  });
});
