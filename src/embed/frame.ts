/**
 * Inside an embed page: once the partner's loader (public/embed.js) greets
 * this frame from its parent window, report the content's height to that
 * window's origin, and again whenever it changes. Nothing else is sent: the
 * partner learns no input of its visitor. Messages not from the parent are
 * ignored.
 */
const HELLO = 'tariff-embed:hello';
const HEIGHT = 'tariff-embed:height';

export function startHeightReports(root: HTMLElement): void {
  if (window.parent === window) return;
  let target: string | undefined;
  const send = () => {
    if (target === undefined) return;
    const { marginTop, marginBottom } = getComputedStyle(root);
    const height = Math.ceil(root.getBoundingClientRect().height + parseFloat(marginTop) + parseFloat(marginBottom));
    window.parent.postMessage({ type: HEIGHT, height }, target);
  };
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== HELLO) return;
    target = event.origin;
    send();
  });
  new ResizeObserver(send).observe(root);
}

/**
 * The links to the full page carry what the visitor entered: the widget keeps
 * its state in this frame's address, so each link takes that query string as
 * it is followed (clicked, opened in a new tab, or focused to be copied).
 */
export function carryInputs(): void {
  const update = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-full-page]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const target = new URL(link.href);
    target.search = window.location.search;
    link.href = target.href;
  };
  for (const type of ['click', 'auxclick', 'focusin', 'pointerdown', 'contextmenu'])
    document.addEventListener(type, update, true);
}
