import type { UsOccupationEntry, UsOccupationIndex } from './us-catalog.ts';
import { urls } from '../urls.ts';

/** One row of the occupations explorer (the sortable table and the chart read the same rows). */
export interface ExplorerRow {
  soc: string;
  title: string;
  url: string;
  majorGroup: string;
  // Position of the major group in code order, for the chart's colours.
  groupIndex: number;
  // Newest annual median, US dollars a year, when BLS publishes a number (not top-coded, not hourly-only).
  medianAnnual?: number;
  // The newest release's label, e.g. "May 2025".
  medianLabel?: string;
  // What stands in for the median when there is no number, e.g. "hourly wages only".
  medianNote?: string;
  employment?: number;
  growthPct?: number;
  openings?: number;
  education?: string;
  jobZone?: number;
}

function medianOf(entry: UsOccupationEntry): Pick<ExplorerRow, 'medianAnnual' | 'medianLabel' | 'medianNote' | 'employment'> {
  const newest = entry.oews?.periods.at(-1);
  if (!newest) return { medianNote: 'not published by OEWS' };
  const employment = typeof newest.employment === 'number' ? { employment: newest.employment } : {};
  const median = newest.annual?.median;
  if (typeof median === 'number') return { medianAnnual: median, medianLabel: newest.label, ...employment };
  if (!newest.annual) return { medianNote: 'hourly wages only', medianLabel: newest.label, ...employment };
  return { medianNote: 'atLeast' in (median ?? {}) ? 'top-coded' : 'not available', medianLabel: newest.label, ...employment };
}

/** Every occupation as an explorer row, in SOC order. */
export function explorerRows(index: UsOccupationIndex): ExplorerRow[] {
  const groupIndex = new Map(index.majorGroups.map((group, position) => [group.soc, position]));
  return index.entries.map((entry) => {
    const projection = entry.projection;
    const zone = (entry.onet.find((profile) => profile.code.endsWith('.00')) ?? entry.onet[0])?.jobZone?.number;
    return {
      soc: entry.soc,
      title: entry.title,
      url: urls.occupation(entry.slug),
      majorGroup: entry.majorGroup.title,
      groupIndex: groupIndex.get(entry.majorGroup.soc) ?? 0,
      ...medianOf(entry),
      ...(projection ? { growthPct: projection.changePct } : {}),
      ...(projection?.openingsPerYearThousands != null ? { openings: Math.round(projection.openingsPerYearThousands * 1000) } : {}),
      ...(projection?.typicalEducation ? { education: projection.typicalEducation } : {}),
      ...(zone !== undefined ? { jobZone: zone } : {}),
    };
  });
}

/** One mark of the labour-market chart, in the SVG's own coordinates. */
export interface ChartMark {
  row: ExplorerRow;
  x: number;
  y: number;
  r: number;
}

export interface LabourMarketChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  marks: ChartMark[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  // Rows left out of the chart (no numeric median or no projection), with the reason.
  omitted: { row: ExplorerRow; reason: string }[];
}

const niceMoney = [20_000, 30_000, 50_000, 75_000, 100_000, 150_000, 200_000, 300_000, 400_000];

/** Median pay (log scale) against projected growth, area by employment; linear in the number of rows. */
export function labourMarketChart(rows: readonly ExplorerRow[]): LabourMarketChart {
  const width = 960;
  const height = 600;
  const plot = { left: 64, right: width - 16, top: 16, bottom: height - 48 };
  const plotted = rows.filter((row) => row.medianAnnual !== undefined && row.growthPct !== undefined);
  const omitted = rows.flatMap((row) =>
    row.medianAnnual === undefined
      ? [{ row, reason: `no annual median (${row.medianNote ?? 'not published'})` }]
      : row.growthPct === undefined
        ? [{ row, reason: 'no 2024–34 projection' }]
        : [],
  );
  let minPay = Infinity;
  let maxPay = 0;
  let minGrowth = 0;
  let maxGrowth = 0;
  let maxEmployment = 1;
  for (const row of plotted) {
    minPay = Math.min(minPay, row.medianAnnual as number);
    maxPay = Math.max(maxPay, row.medianAnnual as number);
    minGrowth = Math.min(minGrowth, row.growthPct as number);
    maxGrowth = Math.max(maxGrowth, row.growthPct as number);
    maxEmployment = Math.max(maxEmployment, row.employment ?? 0);
  }
  const low = Math.log(Math.min(minPay, 25_000) * 0.95);
  const high = Math.log(Math.max(maxPay, 100_000) * 1.05);
  const x = (pay: number) => plot.left + ((Math.log(pay) - low) / (high - low)) * (plot.right - plot.left);
  const growthLow = Math.floor(minGrowth / 10) * 10;
  const growthHigh = Math.ceil(maxGrowth / 10) * 10;
  const y = (growth: number) => plot.bottom - ((growth - growthLow) / (growthHigh - growthLow || 1)) * (plot.bottom - plot.top);
  const marks = plotted
    .map((row) => ({ row, x: x(row.medianAnnual as number), y: y(row.growthPct as number), r: 2 + 16 * Math.sqrt((row.employment ?? 0) / maxEmployment) }))
    // Large marks first, so small ones stay visible and clickable on top.
    .sort((a, b) => b.r - a.r || (a.row.soc < b.row.soc ? -1 : 1));
  const xTicks = niceMoney.filter((pay) => Math.log(pay) >= low && Math.log(pay) <= high).map((pay) => ({ x: x(pay), label: `$${pay / 1000}K` }));
  const yTicks: { y: number; label: string }[] = [];
  for (let growth = growthLow; growth <= growthHigh; growth += 10)
    yTicks.push({ y: y(growth), label: `${growth > 0 ? '+' : growth < 0 ? '\u2212' : ''}${Math.abs(growth)}%` });
  return { width, height, plot, marks, xTicks, yTicks, omitted };
}
