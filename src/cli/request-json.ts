/**
 * A quote request as JSON, read strictly: a leading UTF-8 byte order mark is
 * dropped (editors on Windows write one), and a key given twice in one object
 * is an error naming it, where JSON.parse would silently keep the last one.
 */
import { parse, type ValueNode } from '@humanwhocodes/momoa';

type RequestJson = { ok: true; value: unknown } | { ok: false; message: string };

/** A request is a few levels deep; deeper nesting is refused before any parser recurses into it. */
const MAX_JSON_DEPTH = 32;

/** The deepest nesting of [ and { outside strings, counted in one pass. */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

function duplicateKey(node: ValueNode, path: string): string | undefined {
  if (node.type === 'Array') {
    for (const [i, element] of node.elements.entries()) {
      const found = duplicateKey(element.value, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  }
  if (node.type !== 'Object') return undefined;
  const seen = new Set<string>();
  for (const member of node.members) {
    const name = member.name.type === 'String' ? member.name.value : member.name.name;
    const at = path === '' ? name : `${path}.${name}`;
    if (seen.has(name)) return at;
    seen.add(name);
    const found = duplicateKey(member.value, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function readRequestJson(text: string): RequestJson {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (nesting(body) > MAX_JSON_DEPTH)
    return { ok: false, message: `nested more than ${MAX_JSON_DEPTH} levels deep; a request is a flat object` };
  let value: unknown;
  try {
    // JSON.parse makes "__proto__" an own key (never the prototype), which the request check then rejects.
    value = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      message: `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    };
  }
  const duplicate = duplicateKey(parse(body, { mode: 'json' }).body, '');
  if (duplicate !== undefined) return { ok: false, message: `the key "${duplicate}" is given more than once` };
  return { ok: true, value };
}
