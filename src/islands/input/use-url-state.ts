/**
 * A widget's state kept in the URL: read after hydration (nothing is shown
 * before, so no control is ever inert), written back as it changes. Typing
 * replaces the history entry; a settled change (a choice, or leaving a text
 * field) adds one, so Back returns to the result before. Back and Forward
 * restore the state.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** A state read from a query string, with the names of the fields that fell back to defaults. */
export interface Read<T> {
  state: T;
  reset: string[];
}

/** A query string from entries, leaving out empty values. */
export function queryOf(entries: [string, string | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

interface UrlState<T> {
  ready: boolean;
  state: T;
  reset: string[];
  /** Counts reads of the URL (first read, Back, Forward), for text fields to take their values again. */
  loads: number;
  update(change: Partial<T>, how?: 'choose' | 'type'): void;
  settle(): void;
}

/**
 * Puts a query string in the address bar: a new history entry ('push', a
 * settled change) or in place of the current one ('replace', typing).
 */
function writeHistory(search: string, how: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${search}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * Writes a state to the address bar whenever it changes, once `ready`: how
 * each change enters the history is said with `mark` before it is made.
 * Typing ('type') adds an entry at the first keystroke and then replaces it,
 * until `settle` (a field was left); a choice ('choose') adds one. Every
 * widget's URL state (useUrlState, the estimator's) goes through here.
 */
export function useHistoryWriter<T>(
  ready: boolean,
  state: T,
  search: (state: T) => string,
  /**
   * Whether a settled change is a step Back returns to (选号's filters, the
   * checker's list); false: every change replaces the entry, so Back leaves
   * the page (the estimator's form, where an edit is no place to return to).
   */
  steps = true,
): { mark(how: 'choose' | 'type'): void; settle(): void } {
  const how = useRef<'push' | 'replace'>('replace');
  const typing = useRef(false);
  useEffect(() => {
    if (!ready) return;
    writeHistory(search(state), how.current);
    how.current = 'replace';
  }, [ready, state, search]);
  const mark = useCallback(
    (mode: 'choose' | 'type') => {
      if (steps && (mode === 'choose' || !typing.current)) how.current = 'push';
      typing.current = mode === 'type';
    },
    [steps],
  );
  const settle = useCallback(() => {
    typing.current = false;
  }, []);
  return { mark, settle };
}

export function useUrlState<T extends object>(
  initial: T,
  read: (search: string) => Read<T>,
  write: (state: T) => string,
): UrlState<T> {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<T>(initial);
  const [reset, setReset] = useState<string[]>([]);
  const [loads, setLoads] = useState(0);
  const history = useHistoryWriter(ready, state, write);

  const load = useCallback(() => {
    const result = read(window.location.search);
    setState(result.state);
    setReset(result.reset);
    setReady(true);
    setLoads((n) => n + 1);
  }, [read]);

  useEffect(() => {
    load();
    window.addEventListener('popstate', load);
    return () => window.removeEventListener('popstate', load);
  }, [load]);

  const { mark, settle } = history;
  const update = useCallback(
    (change: Partial<T>, mode: 'choose' | 'type' = 'choose') => {
      mark(mode);
      setState((s) => ({ ...s, ...change }));
    },
    [mark],
  );

  return { ready, state, reset, loads, update, settle };
}
