/**
 * Search over the Pagefind index, loaded only on the search page. Pagefind
 * segments the Chinese query with Intl.Segmenter (the page is zh-CN).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  /** Loads the index entry and language data ahead of the first search. */
  init?(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

interface Props {
  /** The site's base path, e.g. "/" or "/tariff/". */
  base: string;
}

export default function SearchPage({ base }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PagefindResult[] | null>(null);
  const [failed, setFailed] = useState(false);
  const pagefind = useRef<Promise<Pagefind> | null>(null);

  const start = () => {
    pagefind.current ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      // Loads the index's entry and the language's word segmentation before the first query needs them.
      await module.init?.();
      return module;
    });
    return pagefind.current;
  };

  // The query arrives in the URL (?q=) from the header's search form. Pagefind starts at once,
  // as the page hydrates, so the first keystroke does not wait for it.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const arrived = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(arrived);
    // Arriving to type a query, focus is where the visitor wants it; arriving with one, the results are
    // the answer: no keyboard over them, and the phone's contact bar (hidden while a field has focus) stays.
    if (arrived === '') input.current?.focus();
    start().catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    const text = query.trim();
    const url = new URL(window.location.href);
    if (text) url.searchParams.set('q', text);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!text) {
      setResults(null);
      return;
    }
    let current = true;
    start()
      .then((pf) => pf.debouncedSearch(text, {}, 150))
      .then(async (search) => {
        if (search === null || !current) return;
        const data = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
        if (current) setResults(data);
      })
      .catch(() => setFailed(true));
    return () => {
      current = false;
    };
  }, [query, base]);

  const summary = failed
    ? '搜索暂时不可用，请稍后再试。'
    : results === null
      ? '输入关键词开始搜索，例如：彩铃、录音、语音导航、特级号码、年套餐、发票。'
      : results.length === 0
        ? `没有找到与“${query.trim()}”相关的页面。`
        : `找到 ${results.length} 个相关页面。`;

  return (
    <div class="search-page">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-input">搜索资费</label>
        <input
          id="search-input"
          type="search"
          ref={input}
          value={query}
          autoComplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      <p aria-live="polite" class="search-summary">
        {summary}
      </p>
      {results !== null && results.length > 0 && (
        <ol class="search-results">
          {results.map((r) => (
            <li key={r.url}>
              <a href={r.url}>{r.meta.title ?? r.url}</a>
              {/* Each page's own one-sentence description, then where the words matched. */}
              {r.meta.description && <p class="search-description">{r.meta.description}</p>}
              {/* Pagefind escapes page text and adds only <mark> around matches. */}
              <p class="search-excerpt" dangerouslySetInnerHTML={{ __html: `…${r.excerpt}…` }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
