/**
 * Phone numbers inside text (a published note, an engine message), split out
 * so each can be shown as a link that dials: every number on the site goes
 * through the PhoneLink components, never as plain text.
 */

/** A normalised 400 number as visitors read it: "4001236688" → "400-123-6688". */
export function formatNumber(number: string): string {
  return `${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`;
}

/** "400-7788-691" → "tel:4007788691" */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/gu, '')}`;
}

/** Published phone numbers in prose: 400/800 numbers with dashes, landlines, mobiles. */
const PHONE = /(?:400|800)(?:-?\d){7}|1[3-9]\d{9}|0\d{2,3}-\d{7,8}/gu;

type TextPart = { text: string } | { phone: string };

export function splitPhones(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ phone: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
