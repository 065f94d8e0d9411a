/**
 * Reads a _headers file (the Netlify / Cloudflare Pages format the build
 * writes into dist/): path patterns, each followed by indented "Name: value"
 * lines. `headersFor(path)` gives every header whose pattern matches; where
 * two rules set one header, the first (the more specific, as the build
 * writes them: hashed assets before pages) is kept, unless a rule drops it
 * first with "! Name" (Cloudflare Pages' syntax), as /admin/'s rule does
 * for the site's policy: then that rule's own value holds.
 */
interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Headers of earlier rules this one drops ("! Content-Security-Policy"). */
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detach: [] });
      continue;
    }
    const dropped = /^\s+!\s*(\S+)\s*$/u.exec(line);
    if (dropped !== null) {
      rules.at(-1)?.detach.push(dropped[1] ?? '');
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule !== undefined && colon !== -1) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** "/_astro/*" matches "/_astro/x.js"; a pattern without * matches that path only. */
const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter((r) => matches(r.pattern, path));
  const headers = new Map<string, string>();
  for (const rule of [...matching].reverse())
    for (const [name, value] of Object.entries(rule.headers)) headers.set(name, value);
  for (const rule of matching) {
    for (const name of rule.detach) {
      const own = rule.headers[name];
      if (own === undefined) headers.delete(name);
      else headers.set(name, own);
    }
  }
  return Object.fromEntries(headers);
}

/** The base path the rules were written for: the one before "_astro/*". */
export function baseOf(rules: readonly HeaderRule[]): string {
  return rules.find((r) => r.pattern.endsWith('_astro/*'))?.pattern.slice(0, -'_astro/*'.length) ?? '/';
}
