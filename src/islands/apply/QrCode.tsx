/**
 * A QR code drawn in the page (SVG), for opening the quote on another phone
 * or sharing it in WeChat: no image service is asked. The encoder (uqr) is
 * loaded only when a code is shown.
 */
import { useMemo } from 'preact/hooks';
import { useOnDemand } from '../on-demand';

interface Props {
  text: string;
  label: string;
}

export default function QrCode({ text, label }: Props) {
  const encoder = useOnDemand(() => import('uqr'), true);
  const modules = useMemo(
    () => (encoder.state === 'loaded' ? encoder.module.encode(text, { ecc: 'M', border: 2 }).data : undefined),
    [encoder, text],
  );
  // The encoder's file could not be fetched (offline, a deploy in between): say so, never stay busy.
  if (encoder.state === 'failed')
    return <p class="qr-failed">二维码暂时无法生成：可以复制本页地址分享报价，或刷新页面再试。</p>;
  if (modules === undefined) return <div class="qr" aria-busy="true" />;
  const size = modules.length;
  // One path of unit squares: small, and crisp at any size.
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
