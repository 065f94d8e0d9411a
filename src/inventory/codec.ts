/**
 * The compact form of a sorted list of 400 numbers, as the 选号 index stores
 * it: every number is 400 plus a 7-digit tail (0 … 9,999,999), and a sorted
 * list of tails is written as the gaps between them, each gap a LEB128
 * varint. At 100,000 numbers a gap is about 100, so most take one byte: the
 * whole list is about 1.2 bytes a number. Browser-safe (no Node APIs).
 */

/** The tail of a normalised number: "4001236688" → 1236688. */
export function tailOf(number: string): number {
  return Number(number.slice(3));
}

/** 1236688 → "4001236688" */
export function numberOf(tail: number): string {
  return `400${String(tail).padStart(7, '0')}`;
}

/** Tails in ascending order, each different, as gap varints. */
export function encodeTails(tails: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(tails.length * 4);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < tails.length; i++) {
    const tail = tails[i] ?? 0;
    let gap = tail - previous;
    if (gap < 0 || (i > 0 && gap === 0)) throw new Error(`tails must ascend without repeats (at index ${i})`);
    previous = tail;
    while (gap >= 0x80) {
      out[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    out[at++] = gap;
  }
  return out.slice(0, at);
}

/** The tails back from `encodeTails`; `count` is how many the list holds. */
export function decodeTails(bytes: Uint8Array, count: number): Uint32Array {
  const tails = new Uint32Array(count);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      if (at >= bytes.length) throw new Error(`the list ends after ${i} of ${count} numbers`);
      byte = bytes[at++] ?? 0;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    previous += gap;
    tails[i] = previous;
  }
  return tails;
}
