/**
 * The estimator's state and the tariff version it quotes with. The whole
 * input lives in the URL: typing replaces the history entry, a settled change
 * (a choice, or leaving a text field) adds one, and Back restores the quote
 * before it. A URL naming another version than the one in force loads that
 * version (/versions/<date>.json), so an old link reproduces its quote.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SlimTariff } from '../../engine/index';
import { defaultState, readState, versionIn, writeState, type EstimatorState } from '../input/url-state';
import { useHistoryWriter } from '../input/use-url-state';

export type VersionStatus =
  | { kind: 'current' }
  | { kind: 'scheduled'; date: string }
  | { kind: 'older'; date: string }
  | { kind: 'loading'; date: string }
  | { kind: 'missing'; date: string };

export interface EstimatorModel {
  /** Nothing is shown before the URL has been read (and never without JavaScript). */
  ready: boolean;
  state: EstimatorState;
  /** The version the state is quoted with. */
  tariff: SlimTariff;
  status: VersionStatus;
  /** Names of URL fields that were unreadable and fell back to defaults. */
  reset: string[];
  /** Names of add-ons a link asked for that are no longer offered (withdrawn), left out of the quote. */
  dropped: string[];
  /**
   * Changes the state. A choice ('choose') adds a history entry; typing ('type')
   * adds one at the first keystroke and then replaces it, until `settle`.
   */
  update(change: Partial<EstimatorState> | ((s: EstimatorState) => EstimatorState), how?: 'choose' | 'type'): void;
  /** A text field was left: the next keystroke starts a new history entry. */
  settle(): void;
  /** Quotes the same input with the version in force (after an old link). */
  useCurrentVersion(): void;
  /** Counts state loads (first read, Back, Forward): text fields take their values again. */
  loads: number;
  /** The fields the prospect gave: named in the link, or changed since. The rest are the form's defaults. */
  given: ReadonlySet<string>;
}

/** One object for "none", so the callbacks that read it stay the same between renders. */
const NONE_WITHDRAWN: Readonly<Record<string, string>> = {};

export function useEstimatorState(
  current: SlimTariff,
  scheduled: readonly SlimTariff[],
  base: string,
  /** Add-ons of earlier versions that today's does not offer: id → name. */
  withdrawn: Readonly<Record<string, string>> = NONE_WITHDRAWN,
): EstimatorModel {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<EstimatorState>(() => defaultState(current));
  const [tariff, setTariff] = useState<SlimTariff>(current);
  const [status, setStatus] = useState<VersionStatus>({ kind: 'current' });
  const [reset, setReset] = useState<string[]>([]);
  const [dropped, setDropped] = useState<string[]>([]);
  /** Withdrawn add-ons are named; an id no version had is an unreadable field like any other. */
  const settle = useCallback(
    (read: { reset: string[]; dropped: string[] }) => {
      const known = read.dropped.filter((id) => Object.hasOwn(withdrawn, id));
      setDropped(known.map((id) => withdrawn[id] ?? id));
      setReset(known.length < read.dropped.length ? [...new Set([...read.reset, 'addons'])] : read.reset);
    },
    [withdrawn],
  );
  const [loads, setLoads] = useState(0);
  const [given, setGiven] = useState<ReadonlySet<string>>(new Set());

  /** Which load is the latest: a version fetched for an earlier one (before Back, or 按现行资费重新计算) is dropped. */
  const latest = useRef(0);
  const load = useCallback(
    (search: string) => {
      const mine = ++latest.current;
      setGiven(new Set(new URLSearchParams(search).keys()));
      const wanted = versionIn(search) ?? current.settings.effective;
      const apply = (version: SlimTariff, next: VersionStatus) => {
        const read = readState(version, search);
        setTariff(version);
        setStatus(next);
        setState({ ...read.state, version: version.settings.effective });
        settle(read);
        setReady(true);
        setLoads((n) => n + 1);
      };
      if (wanted === current.settings.effective) return apply(current, { kind: 'current' });
      const upcoming = scheduled.find((v) => v.settings.effective === wanted);
      if (upcoming !== undefined) return apply(upcoming, { kind: 'scheduled', date: wanted });
      setStatus({ kind: 'loading', date: wanted });
      import('./load-version')
        .then(({ loadVersion }) => loadVersion(base, wanted))
        .then((version) => {
          if (mine === latest.current) apply(version, { kind: 'older', date: wanted });
        })
        .catch(() => {
          if (mine !== latest.current) return;
          const read = readState(current, search);
          setTariff(current);
          setState({ ...read.state, version: current.settings.effective });
          settle(read);
          setStatus({ kind: 'missing', date: wanted });
          setReady(true);
          setLoads((n) => n + 1);
        });
    },
    [current, scheduled, base, settle],
  );

  // Read the shared state once, after hydration, and again when Back or Forward restores an entry.
  useEffect(() => {
    load(window.location.search);
    const onPop = () => load(window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [load]);

  const search = useCallback((s: EstimatorState) => writeState(tariff, s), [tariff]);
  // Edits replace the entry: Back leaves the estimator rather than undoing them one by one.
  const { mark, settle: settleTyping } = useHistoryWriter(ready, state, search, false);

  const update = useCallback(
    (change: Partial<EstimatorState> | ((s: EstimatorState) => EstimatorState), how: 'choose' | 'type' = 'choose') => {
      mark(how);
      if (typeof change !== 'function') setGiven((g) => new Set([...g, ...Object.keys(change)]));
      setState((s) => (typeof change === 'function' ? change(s) : { ...s, ...change }));
    },
    [mark],
  );

  const useCurrentVersion = useCallback(() => {
    const search = writeState(tariff, { ...state, version: current.settings.effective });
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    load(search);
  }, [tariff, state, current, load]);

  return {
    ready,
    state,
    tariff,
    status,
    reset,
    dropped,
    update,
    settle: settleTyping,
    useCurrentVersion,
    loads,
    given,
  };
}
