/**
 * An application's reference code ("SQ-7K3M-Q9TX"), derived from its content:
 * the same application always gets the same code.
 */
/**
 * cyrb53: a fast 53-bit string hash, enough to tell applications apart (it is
 * a reference for people, not a security measure).
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Crockford's base 32: no I, L, O or U, so a code read over the phone is not misheard. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Whether a text is written as a reference code is: "SQ-", then two groups of four of BASE32. */
export function isReferenceCode(text: string): boolean {
  return /^SQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/u.test(text);
}

/** "SQ-" and 8 Crockford characters from the content's hash. */
export function referenceCode(content: unknown): string {
  let value = hash53(JSON.stringify(content));
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = BASE32.charAt(value % 32) + code;
    value = Math.floor(value / 32);
  }
  return `SQ-${code.slice(0, 4)}-${code.slice(4)}`;
}
