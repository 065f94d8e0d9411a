/**
 * Total cost against minutes per month, one line per plan, as inline SVG (no
 * chart library). The comparator loads this file, and the curves it computes,
 * only when the chart's place nears the screen (on-demand.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { costCurves } from '../engine/cost-curves';
import { planName } from '../engine/index';
import { comparisonRequest } from './comparison';
import { findPlan, type SlimTariff } from '../engine/rules';
import { count, yuan } from '../presentation/format';

interface Props {
  tariff: SlimTariff;
  /** The comparison's grade (and `years`); the minutes are the curve's. */
  grade: string;
  /** The plans drawn: those with a total. */
  plans: string[];
  maxMinutes: number;
  /** The visitor's minutes, marked with a vertical line; the legend gives each plan's total there. */
  marker: number;
  /** Each plan's total at the visitor's minutes (the engine's strings). */
  totalsAtMarker: Map<string, string>;
  years: number;
}

const COLOURS = ['#0b5cad', '#b3261e', '#1e6b34', '#7a4d00', '#6b2fa0', '#00727a', '#8a3b12', '#44546a'];
const H = 320;
const PAD = { left: 64, right: 24, top: 28, bottom: 40 };

/** Points along each curve. */
const STEPS = 24;

export default function CostChart({ tariff, grade, plans, maxMinutes: wanted, marker, totalsAtMarker, years }: Props) {
  // A wider range is drawn in the frame after the one that shows the typed minutes' totals:
  // recomputing every curve is the slowest part of a keystroke, and the table is what is read first.
  const [maxMinutes, setMaxMinutes] = useState(wanted);
  useEffect(() => {
    if (wanted === maxMinutes) return undefined;
    const timer = setTimeout(() => setMaxMinutes(wanted), 0);
    return () => clearTimeout(timer);
  }, [wanted, maxMinutes]);
  // Typing minutes redraws the marker only, unless the chart must grow.
  const curves = useMemo(() => {
    const request = comparisonRequest(tariff, years, grade);
    return request === undefined
      ? (new Map() as ReturnType<typeof costCurves>)
      : costCurves(tariff, request, plans, maxMinutes, STEPS);
  }, [tariff, years, grade, plans, maxMinutes]);
  // The drawing is as wide as its box, so its text stays at the page's size on a phone.
  const box = useRef<HTMLElement>(null);
  const [W, setW] = useState(640);
  useEffect(() => {
    const element = box.current;
    if (element === null) return undefined;
    const measure = () => setW(Math.max(300, Math.min(768, Math.round(element.clientWidth))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Chart coordinates only: the amounts shown as text come from the engine's strings.
  const totals = [...curves.values()].flatMap((points) => points.map((p) => Number(p.total)));
  const maxTotal = niceCeiling(Math.max(...totals, 1));
  const x = (m: number) => PAD.left + ((W - PAD.left - PAD.right) * m) / maxMinutes;
  const y = (t: number) => H - PAD.bottom - ((H - PAD.top - PAD.bottom) * t) / maxTotal;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  // Fewer minute labels on a phone, so none run into each other.
  const xTicks = W < 480 ? [0, 0.5, 1] : ticks;
  const entries = [...curves.entries()];
  return (
    <figure class="cost-chart" ref={box}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`预存 ${years} 年时各套餐合计费用随每月通话分钟数的变化（0 到 ${count(maxMinutes)} 分钟）`}
      >
        {ticks.map((t) => (
          <g key={`y${t}`}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(maxTotal * t)} y2={y(maxTotal * t)} class="grid" />
            <text x={PAD.left - 6} y={y(maxTotal * t) + 4} text-anchor="end">
              {count(Math.round(maxTotal * t))}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text
            key={`x${t}`}
            x={x(maxMinutes * t)}
            y={H - PAD.bottom + 18}
            text-anchor={t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}
          >
            {count(Math.round(maxMinutes * t))}
          </text>
        ))}
        <text x={PAD.left - 6} y={PAD.top - 12} text-anchor="end" class="axis-title">
          元
        </text>
        <text x={(W + PAD.left) / 2} y={H - 4} text-anchor="middle" class="axis-title">
          每月通话分钟数
        </text>
        {marker <= maxMinutes && <line x1={x(marker)} x2={x(marker)} y1={PAD.top} y2={H - PAD.bottom} class="marker" />}
        {entries.map(([id, points], i) => (
          <polyline
            key={id}
            fill="none"
            stroke={COLOURS[i % COLOURS.length]}
            stroke-width="2"
            points={points.map((p) => `${x(p.minutes).toFixed(1)},${y(Number(p.total)).toFixed(1)}`).join(' ')}
          />
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          {entries.map(([id], i) => {
            const plan = findPlan(tariff, id);
            const total = totalsAtMarker.get(id);
            return (
              <li key={id}>
                <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true">
                  <rect width="12" height="12" rx="2" fill={COLOURS[i % COLOURS.length]} />
                </svg>
                {plan ? planName(tariff, plan) : id}
                {total !== undefined && (
                  <span class="sub">
                    （每月 {count(marker)} 分钟时 {yuan(total)} 元）
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A round number at or above v for the chart's top: 1, 2 or 5 × 10ⁿ. */
function niceCeiling(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  const step = [1, 2, 5, 10].find((s) => s * power >= v) ?? 10;
  return step * power;
}
