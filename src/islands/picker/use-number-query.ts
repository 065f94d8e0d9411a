/**
 * Runs a 选号 query as the visitor changes the filter: fetches the chunk
 * files the query says it needs (each once; decoded lists are kept for the
 * page's life), then runs it again, until the result is whole. A failed
 * fetch is reported, with a way to try again.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeTails } from '../../inventory/codec';
import { MatchCache, runQuery, type NumberFilter, type QueryResult } from '../../inventory/query';
import type { NumberIndex } from '../../inventory/index-format';

/** While chunks load (or after a failed load), the last whole result stays on show, so 显示更多 keeps its place. */
type QueryStatus =
  | { kind: 'loading'; previous?: QueryResult }
  | { kind: 'failed'; previous?: QueryResult }
  | { kind: 'done'; result: QueryResult };

export function useNumberQuery(
  index: NumberIndex,
  dataUrl: string,
  filter: NumberFilter | undefined,
  limit: number,
): { status: QueryStatus; retry(): void } {
  const loaded = useRef(new Map<string, Uint32Array>());
  const matches = useRef(new MatchCache());
  const pending = useRef(new Map<string, Promise<void>>());
  // Bumped when a chunk arrives or a retry is asked for, to run the query again.
  const [loads, setLoads] = useState(0);
  const [failed, setFailed] = useState(false);
  const counts = useMemo(
    () => new Map(index.buckets.flatMap((b) => b.chunks.map((c) => [c.file, c.count] as const))),
    [index],
  );

  const result = useMemo(
    () => (filter === undefined ? undefined : runQuery(index, filter, loaded.current, limit, matches.current)),
    // `loads` stands for the contents of `loaded`, which a ref does not track.
    [index, filter, limit, loads],
  );

  useEffect(() => {
    if (result === undefined || result.missing.length === 0) return;
    const fetches = result.missing.map((file) => {
      let request = pending.current.get(file);
      if (request === undefined) {
        request = fetch(`${dataUrl}${file}`)
          .then((response) => {
            if (!response.ok) throw new Error(`${response.status}`);
            return response.arrayBuffer();
          })
          .then((buffer) => {
            loaded.current.set(file, decodeTails(new Uint8Array(buffer), counts.get(file) ?? 0));
          })
          .finally(() => pending.current.delete(file));
        pending.current.set(file, request);
      }
      return request;
    });
    let current = true;
    Promise.all(fetches).then(
      () => current && setLoads((n) => n + 1),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [result, dataUrl, counts]);

  const last = useRef<QueryResult | undefined>(undefined);
  if (result !== undefined && result.missing.length === 0) last.current = result;
  const previous = last.current;
  const status: QueryStatus = failed
    ? { kind: 'failed', ...(previous ? { previous } : {}) }
    : result === undefined || result.missing.length > 0
      ? { kind: 'loading', ...(previous ? { previous } : {}) }
      : { kind: 'done', result };
  return {
    status,
    retry: () => {
      setFailed(false);
      setLoads((n) => n + 1);
    },
  };
}
