import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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

const WIDTH = 400;
const TEXT_ROOM = 46;
const LINE = 18;
const BAR = 13;
const GROUP_GAP = 10;
const POSITIVE = '#0059b3';
const NEGATIVE = '#b35900';
const INK = '#1a1a1a';

/**
 * Horizontal bars of shares (0-100 %) in inline SVG, each labelled with its percentage; series told
 * apart by fill (solid or hatched) as well as by the legend, and the two sides of a two-sided chart
 * by direction and by their labels, never by colour alone. A picture for those who would rather look:
 * the same figures stand in the table beside it, which is what a screen reader reads.
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
  const origin = sides ? WIDTH / 2 : 0;
  const span = sides ? WIDTH / 2 - TEXT_ROOM : WIDTH - TEXT_ROOM;
  const hatch = (colour: string) => `${id}-hatch-${colour.slice(1)}`;
  const hatched = new Set(series.filter((one) => one.hatched).map((one) => one.key));
  const fillOf = (seriesKey: string, colour: string) => (hatched.has(seriesKey) ? `url(#${hatch(colour)})` : colour);

  let y = 0;
  const legend = series.map((one, index) => ({ ...one, y: index * LINE }));
  y += series.length * LINE + 6;
  const sidesY = y;
  if (sides) y += LINE + 4;
  const placed = groups.map((group) => {
    const at = y;
    y += LINE + group.bars.length * LINE + GROUP_GAP;
    return { group, at };
  });
  const height = y;

  const bar = (seriesKey: string, share: number | null, direction: 1 | -1, rowY: number) => {
    const colour = direction === 1 ? POSITIVE : NEGATIVE;
    const length = share === null ? 0 : Math.max(share * span, share > 0 ? 1 : 0);
    const x = direction === 1 ? origin : origin - length;
    const textX = direction === 1 ? origin + length + 4 : origin - length - 4;
    return (
      <>
        <rect x={x} y={rowY} width={length} height={BAR} fill={fillOf(seriesKey, colour)} stroke={colour} />
        <text x={textX} y={rowY + BAR - 2} textAnchor={direction === 1 ? 'start' : 'end'} fill={INK}>
          {formatPercent(share)}
        </text>
      </>
    );
  };

  return (
    <svg
      className="share-chart"
      role="img"
      aria-label={t('reports.chartAlt', { title })}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      fontSize={13}
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
      {legend.map((one) => (
        <g key={one.key}>
          <rect x={0} y={one.y + 2} width={18} height={BAR} fill={fillOf(one.key, POSITIVE)} stroke={POSITIVE} />
          <text x={26} y={one.y + BAR} fill={INK}>
            {one.name}
          </text>
        </g>
      ))}
      {sides && (
        <g fontWeight={600}>
          <text x={origin - 6} y={sidesY + BAR} textAnchor="end" fill={NEGATIVE}>
            {`← ${sides.negative}`}
          </text>
          <text x={origin + 6} y={sidesY + BAR} fill={POSITIVE}>
            {`${sides.positive} →`}
          </text>
        </g>
      )}
      {placed.map(({ group, at }) => (
        <g key={group.key} data-group={group.key}>
          <text x={sides ? origin : 0} y={at + BAR} textAnchor={sides ? 'middle' : 'start'} fontWeight={600} fill={INK}>
            {group.label}
          </text>
          {sides && (
            <line x1={origin} y1={at + LINE - 2} x2={origin} y2={at + LINE + group.bars.length * LINE} stroke={INK} />
          )}
          {group.bars.map((one, index) => {
            const rowY = at + LINE + index * LINE;
            return (
              <g key={one.series} data-series={one.series}>
                {sides && bar(one.series, one.negative ?? null, -1, rowY)}
                {bar(one.series, one.value, 1, rowY)}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
