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
