/**
 * The rules for setting two pay figures against each other, with no dependencies, so the build's
 * comparison pages and the /compare/ page's live comparisons (from the JSON API) apply the same ones.
 */
import type { StatisticKey } from '../schemas/salary.ts';

/**
 * How each statistic reads in a sentence: "median", "average", "25th percentile". A total is what its source
 * calls it, a total pay estimate (base plus additional pay): never a median or an average.
 */
export const statisticNames: Readonly<Record<StatisticKey | 'total', string>> = {
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
  mean: 'average',
  total: 'total pay estimate',
};

/** A figure's statistics; an `{ atLeast }` value is a top-coded floor. */
export interface ComparableStats {
  headlineKind: 'median' | 'mean' | 'total';
  stats: Partial<Record<StatisticKey, number | { atLeast: number }>>;
}

/** Two figures of the same statistic, same source, currency, region and period: safe to subtract. */
export interface PayDifference {
  statistic: StatisticKey;
  a: number;
  b: number;
  // b minus a, in the figures' currency.
  difference: number;
  // b relative to a, in percent, one decimal.
  percent: number;
}

/** The same statistic from two figures, preferring what both call their headline; undefined when they share none. */
export function payDifference(a: ComparableStats, b: ComparableStats): PayDifference | undefined {
  // A total pay estimate is no statistic of the distribution, so it is never the shared one.
  const shared = a.headlineKind === b.headlineKind && a.headlineKind !== 'total' ? [a.headlineKind] : [];
  const candidates: StatisticKey[] = [...shared, 'median', 'mean'];
  for (const statistic of candidates) {
    const x = a.stats[statistic];
    const y = b.stats[statistic];
    // A top-coded value is a floor, not a figure: subtracting it would invent a number.
    if (typeof x !== 'number' || typeof y !== 'number') continue;
    return { statistic, a: x, b: y, difference: Math.round((y - x) * 100) / 100, percent: Math.round(((y - x) / x) * 1000) / 10 };
  }
  return undefined;
}

/** What makes two figures comparable at all: one source, currency, region and period. */
export function sameBasisKey(row: { sourceId: string; currency: string; region: string; period: string }): string {
  return [row.sourceId, row.currency, row.region, row.period].join('|');
}

/** Rows of a and b with the same key, each key once, in a's order; each side's first row of a key. */
export function matchRows<Row>(aRows: readonly Row[], bRows: readonly Row[], keyOf: (row: Row) => string): { key: string; a: Row; b: Row }[] {
  const byKey = new Map<string, Row>();
  for (const row of bRows) {
    const key = keyOf(row);
    if (!byKey.has(key)) byKey.set(key, row);
  }
  const seen = new Set<string>();
  return aRows.flatMap((a) => {
    const key = keyOf(a);
    const b = byKey.get(key);
    if (!b || seen.has(key)) return [];
    seen.add(key);
    return [{ key, a, b }];
  });
}

/** Why two figures from one source get no difference, or undefined when they do. */
export function notComparableReason(aBasis: string, bBasis: string, difference: PayDifference | undefined): string | undefined {
  if (aBasis !== bBasis) return `The two figures count different pay (${aBasis.toLowerCase()} against ${bBasis.toLowerCase()}), so we do not subtract them.`;
  return difference ? undefined : 'The source gives no statistic for both roles (or only a top-coded floor), so there is no like-for-like difference.';
}
