/**
 * The environment for an `astro build` started from a test. Vitest puts its
 * own import.meta.env (BASE_URL, MODE …) into process.env; a child build must
 * not inherit it, or it would build for the wrong base path.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  const inherited = Object.entries(process.env).filter(([key]) => !vitestOwn.has(key));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
