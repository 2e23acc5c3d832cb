import { amountFloor, type PayRow } from './pay.ts';

/** One bar of a pay chart: a source's spread and its headline value, in one currency. */
export interface ChartBar {
  rowId: string;
  label: string;
  citationNumber: number;
  // Outer whiskers: p10–p90 or the source's own range, when given.
  outer?: { low: number; high: number };
  // Box: p25–p75, when given.
  inner?: { low: number; high: number };
  // The headline marker and what it is.
  marker?: { value: number; kind: 'median' | 'mean' };
  // True when the top whisker is a floor (BLS top-coding), not a value.
  openEnded: boolean;
}

/** A chart of annual pay in one currency, with its scale. */
export interface PayChart extends ChartScale {
  bars: ChartBar[];
}

/** What a drawn chart needs of its data: an id for its caption and note, its currency and scale. */
export interface ChartScale {
  id: string;
  currency: string;
  max: number;
  ticks: number[];
}

/** Where a horizontal bar chart draws: labels on the left, one row per bar, axis labels in a band at the bottom. */
export interface ChartLayout {
  width: number;
  labelWidth: number;
  // Room right of the longest bar (for a value label, or none).
  rightGap: number;
  top: number;
  rowHeight: number;
  rows: number;
  axisHeight: number;
  // How far above the bottom edge the axis labels stand.
  labelInset: number;
}

export interface ChartGeometry extends ChartLayout {
  height: number;
  // The x position of a value on the chart's scale.
  x: (value: number) => number;
}

export function chartGeometry(layout: ChartLayout, max: number): ChartGeometry {
  const plotWidth = layout.width - layout.labelWidth - layout.rightGap;
  return {
    ...layout,
    height: layout.top + layout.rows * layout.rowHeight + layout.axisHeight,
    x: (value: number) => layout.labelWidth + (value / max) * plotWidth,
  };
}

/** A round step that gives four to eight ticks up to max. */
export function tickStep(max: number): number {
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => max / candidate <= 7);
  return step ?? magnitude * 10;
}

function barFor(row: PayRow): ChartBar {
  const { stats } = row;
  const label = row.measures ? `${row.publisher}: ${row.measures.split(' (')[0]}` : row.publisher;
  const outer =
    stats.p10 !== undefined && stats.p90 !== undefined
      ? { low: amountFloor(stats.p10), high: amountFloor(stats.p90) }
      : row.range
        ? { low: row.range.low, high: row.range.high }
        : undefined;
  const inner = stats.p25 !== undefined && stats.p75 !== undefined ? { low: amountFloor(stats.p25), high: amountFloor(stats.p75) } : undefined;
  return {
    rowId: row.id,
    label,
    citationNumber: row.citation.number,
    ...(outer ? { outer } : {}),
    ...(inner ? { inner } : {}),
    ...(row.headline !== undefined ? { marker: { value: amountFloor(row.headline), kind: row.headlineKind } } : {}),
    openEnded: stats.p90 !== undefined && typeof stats.p90 !== 'number',
  };
}

/** One chart per currency of the annual figures; hourly figures stay in the table only. */
export function payCharts(rows: readonly PayRow[]): PayChart[] {
  const currencies = [...new Set(rows.filter((row) => row.period === 'year').map((row) => row.currency))];
  return currencies.map((currency) => {
    const bars = rows.filter((row) => row.period === 'year' && row.currency === currency).map(barFor);
    const highest = Math.max(...bars.flatMap((bar) => [bar.outer?.high ?? 0, bar.inner?.high ?? 0, bar.marker?.value ?? 0]));
    const step = tickStep(highest);
    const max = Math.ceil((highest * 1.02) / step) * step;
    const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
    return { id: `pay-chart-${currency.toLowerCase()}`, currency, bars, max, ticks };
  });
}
