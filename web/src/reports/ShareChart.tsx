import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatPercent } from './share-format';

/** One series of bars: this report's courses, or the national evaluation's published figures (hatched). */
export interface ChartSeries {
  key: string;
  name: string;
  hatched?: boolean;
}
/** A bar's share; in a two-sided chart `negative` grows to the left of the middle and `value` to the right. */
export interface ChartBar {
  series: string;
  value: number | null;
  negative?: number | null;
}
export interface ChartGroup {
  key: string;
  label: string;
  bars: ChartBar[];
}

const POSITIVE = '#0059b3';
const NEGATIVE = '#b35900';
const INK = '#1a1a1a';
const ROW = 22;

const shareLabel = (value: unknown) => formatPercent(typeof value === 'number' ? Math.abs(value) : null);

/**
 * Horizontal bars of shares (0-100 %), drawn by recharts, each labelled with its percentage; series
 * told apart by fill (solid or hatched) as well as by the legend, and the two sides of a two-sided
 * chart by direction and by their labels, never by colour alone. A picture for those who would
 * rather look: the same figures stand in the table beside it, which is what a screen reader reads.
 */
export function ShareChart({
  title,
  series,
  groups,
  sides,
}: {
  title: string;
  series: ChartSeries[];
  groups: ChartGroup[];
  sides?: { negative: string; positive: string };
}) {
  const { t } = useTranslation();
  const id = useId().replace(/[^a-zA-Z0-9]/g, '');
  const hatch = (colour: string) => `${id}-hatch-${colour.slice(1)}`;
  const fillOf = (one: ChartSeries, colour: string) => (one.hatched ? `url(#${hatch(colour)})` : colour);
  // One row a group; each series' share to the right, and in a two-sided chart its negative (as a
  // negative number, stacked on the same series) to the left.
  const rows = groups.map((group) =>
    Object.fromEntries([
      ['label', group.label],
      ...group.bars.flatMap((bar) => [
        [`${bar.series}:positive`, bar.value],
        ...(sides
          ? [[`${bar.series}:negative`, bar.negative === null || bar.negative === undefined ? null : -bar.negative]]
          : []),
      ]),
    ]),
  );
  const sideBars = (one: ChartSeries, side: 'positive' | 'negative', colour: string) => (
    <Bar
      key={`${one.key}:${side}`}
      className={`share-bar-${one.key}-${side}`}
      dataKey={`${one.key}:${side}`}
      stackId={one.key}
      fill={fillOf(one, colour)}
      stroke={colour}
      isAnimationActive={false}
    >
      <LabelList
        className={`share-label-${one.key}-${side}`}
        position={side === 'positive' ? 'right' : 'left'}
        formatter={shareLabel}
        fill={INK}
        fontSize={12}
      />
    </Bar>
  );
  return (
    <div className="share-chart" role="img" aria-label={t('reports.chartAlt', { title })}>
      <ul className="share-chart-legend" aria-hidden="true">
        {series.map((one) => (
          <li key={one.key}>
            <svg width={18} height={13}>
              <rect width={18} height={13} fill={fillOf(one, POSITIVE)} stroke={POSITIVE} />
            </svg>{' '}
            {one.name}
          </li>
        ))}
        {sides && (
          <li className="share-chart-sides">
            <span style={{ color: NEGATIVE }}>← {sides.negative}</span> ·{' '}
            <span style={{ color: POSITIVE }}>{sides.positive} →</span>
          </li>
        )}
      </ul>
      <ResponsiveContainer width="100%" height={40 + groups.length * (series.length * ROW + 12)}>
        <BarChart
          layout="vertical"
          data={rows}
          stackOffset={sides ? 'sign' : 'none'}
          margin={{ left: 8, right: 48, top: 4, bottom: 4 }}
          accessibilityLayer={false}
        >
          <defs>
            {[POSITIVE, NEGATIVE].map((colour) => (
              <pattern
                key={colour}
                id={hatch(colour)}
                width={6}
                height={6}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width={6} height={6} fill="#fff" />
                <line x1={0} y1={0} x2={0} y2={6} stroke={colour} strokeWidth={3} />
              </pattern>
            ))}
          </defs>
          <XAxis
            type="number"
            domain={sides ? [-1, 1] : [0, 1]}
            tickFormatter={shareLabel}
            tick={{ fill: INK, fontSize: 12 }}
          />
          <YAxis type="category" dataKey="label" width={120} tick={{ fill: INK, fontSize: 12 }} />
          {sides && <ReferenceLine x={0} stroke={INK} />}
          {series.flatMap((one) => [
            ...(sides ? [sideBars(one, 'negative', NEGATIVE)] : []),
            sideBars(one, 'positive', POSITIVE),
          ])}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
