import { formatMoneyShort } from './format.ts';
import { amountFloor, annualPay, type AnnualPay, type PayRow } from './pay.ts';

/** A low–high span on the axis, as amounts and as positions (percent of the axis, for the drawing). */
export interface ChartSpan {
  low: number;
  high: number;
  lowAt: string;
  highAt: string;
  width: string;
}

/** One bar of a pay chart: a source's spread and its headline value, in one currency, a year. */
export interface ChartBar {
  rowId: string;
  publisher: string;
  // What was measured when it is not the role itself, e.g. "Software Developers".
  detail?: string;
  citationNumber: number;
  // True when the source gave an hourly rate and we multiplied it into a year's pay.
  convertedFromHourly: boolean;
  // Outer whiskers: p10–p90 or the source's own range, when given.
  outer?: ChartSpan;
  // Box: p25–p75, when given.
  inner?: ChartSpan;
  // The headline marker and what it is.
  marker?: { value: number; at: string; kind: 'median' | 'mean' | 'total' };
  // True when the top whisker is a floor (BLS top-coding), not a value.
  openEnded: boolean;
}

/** A labelled tick of the axis; minor ticks lose their label on narrow screens so the labels never collide. */
export interface ChartTick {
  value: number;
  label: string;
  at: string;
  minor: boolean;
}

/** A chart of annual pay in one currency, with its scale. */
export interface PayChart {
  id: string;
  currency: string;
  // Region names the bars cover, e.g. ["United States"].
  regions: string[];
  bars: ChartBar[];
  max: number;
  ticks: ChartTick[];
}

/** A round step that gives four to eight ticks up to max. */
export function tickStep(max: number): number {
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => max / candidate <= 7);
  return step ?? magnitude * 10;
}

/** A value's place on an axis from 0 to max, as an SVG length: "54.4%". One decimal is under a pixel at any width we draw. */
export function axisPosition(value: number, max: number): string {
  return `${Math.round((value / max) * 1000) / 10}%`;
}

function barFor({ row, stats, range, headline, convertedFromHourly }: AnnualPay, max: number): ChartBar {
  const span = (low: number, high: number): ChartSpan => ({
    low,
    high,
    lowAt: axisPosition(low, max),
    highAt: axisPosition(high, max),
    width: axisPosition(high - low, max),
  });
  const outer =
    stats.p10 !== undefined && stats.p90 !== undefined ? span(amountFloor(stats.p10), amountFloor(stats.p90)) : range ? span(range.low, range.high) : undefined;
  const inner = stats.p25 !== undefined && stats.p75 !== undefined ? span(amountFloor(stats.p25), amountFloor(stats.p75)) : undefined;
  return {
    rowId: row.id,
    publisher: row.publisher,
    ...(row.measured ? { detail: row.measured.title } : {}),
    citationNumber: row.citation.number,
    convertedFromHourly,
    ...(outer ? { outer } : {}),
    ...(inner ? { inner } : {}),
    ...(headline !== undefined ? { marker: { value: amountFloor(headline), at: axisPosition(amountFloor(headline), max), kind: row.headlineKind } } : {}),
    openEnded: stats.p90 !== undefined && typeof stats.p90 !== 'number',
  };
}

function highestValue({ stats, range, headline }: AnnualPay): number {
  return Math.max(...Object.values(stats).map(amountFloor), range?.high ?? 0, headline === undefined ? 0 : amountFloor(headline));
}

/** One chart per currency, of every source's annual pay (hourly-only sources converted, and marked), on one axis. */
export function payCharts(rows: readonly PayRow[]): PayChart[] {
  const figures = annualPay(rows);
  const currencies = [...new Set(figures.map((figure) => figure.row.currency))];
  return currencies.map((currency) => {
    const inCurrency = figures.filter((figure) => figure.row.currency === currency);
    const highest = Math.max(...inCurrency.map(highestValue));
    const step = tickStep(highest);
    const max = Math.ceil((highest * 1.02) / step) * step;
    const steps = Math.round(max / step);
    // With more than four gaps, every other label is minor, and always the last one is kept.
    const ticks = Array.from({ length: steps + 1 }, (_, i) => ({
      value: i * step,
      label: formatMoneyShort(i * step, currency),
      at: axisPosition(i * step, max),
      minor: steps > 4 && (steps - i) % 2 === 1,
    }));
    return {
      id: `pay-chart-${currency.toLowerCase()}`,
      currency,
      regions: [...new Set(inCurrency.map((figure) => figure.row.regionName))],
      bars: inCurrency.map((figure) => barFor(figure, max)),
      max,
      ticks,
    };
  });
}
