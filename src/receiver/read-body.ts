/**
 * A request body read up to a cap: a declared length over it is refused
 * before a byte is read, and a body that grows past it while streaming is
 * cancelled there, so a 10 MB upload costs the receiver at most the cap.
 */
type BodyRead = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-utf8' };

export async function readCapped(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too-large' };
  const reader = request.body?.getReader();
  if (reader === undefined) return { ok: true, text: '' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}
