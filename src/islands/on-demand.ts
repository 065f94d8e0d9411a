/**
 * Code a widget needs only for part of what it shows or does (the pricing
 * widgets' engine, the comparator's chart, the QR code, the application
 * summary) is a file of its own, fetched the first time that part is wanted,
 * so a visitor who never gets there never downloads it. One rule for every such part: what to show while it loads,
 * and that a file which cannot be fetched (offline, a deploy in between) is
 * said, never left busy.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

type OnDemand<T> = { state: 'waiting' } | { state: 'loaded'; module: T } | { state: 'failed' };

/** The module `load` gives, fetched once `wanted` is true (and kept). */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): OnDemand<T> {
  const [found, setFound] = useState<OnDemand<T>>({ state: 'waiting' });
  const asked = wanted || found.state !== 'waiting';
  useEffect(() => {
    if (!asked) return undefined;
    let current = true;
    load().then(
      (module) => {
        if (current) setFound({ state: 'loaded', module });
      },
      () => {
        if (current) setFound({ state: 'failed' });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a module's import: the same file every render.
  }, [asked]);
  return found;
}

/**
 * A pricing widget's engine (its figures, with decimal.js): the page carries
 * the build's figures for the widget's first input, so the engine is fetched
 * once the visitor turns to the widget (`prepare`, on a tap, a key or focus)
 * or at once when `needed` (an input the build did not work out), never
 * before the widget has read its URL (`ready`).
 */
export function useEngine<T>(load: () => Promise<T>, ready: boolean, needed: boolean): [OnDemand<T>, () => void] {
  const [prepared, setPrepared] = useState(false);
  const prepare = useCallback(() => setPrepared(true), []);
  return [useOnDemand(load, ready && (prepared || needed)), prepare];
}

/** The engine's figures once it is there; until then the build's, which `first` holds for the first input only. */
export function figuresFrom<M, T>(engine: OnDemand<M>, compute: (module: M) => T, first: T | undefined): T | undefined {
  return engine.state === 'loaded' ? compute(engine.module) : first;
}

/** Whether a widget's figures are there (or none are due), wait for its engine, or cannot come: its file failed. */
export function figuresState(engine: OnDemand<unknown>, there: boolean): 'ready' | 'loading' | 'failed' {
  if (there || engine.state === 'loaded') return 'ready';
  return engine.state === 'failed' ? 'failed' : 'loading';
}

/**
 * A ref for an element, and whether it has come within a screen's height of
 * the viewport (at once where that cannot be observed). The element may appear
 * after the first render (a widget draws its answer once it has read the URL).
 */
export function useNearScreen(): [(element: Element | null) => void, boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near || element === null) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, near]);
  return [setElement, near];
}
