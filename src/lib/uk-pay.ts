import type { AsheGroup } from '../schemas/ashe.ts';
import type { UkOccupation } from '../schemas/uk-occupation.ts';
import type { Citation } from './citations.ts';
import { qualityLabels } from './occupations/ashe-cells.ts';
import type { PayRow } from './pay.ts';
import { regionName } from './regions.ts';

/** How a UK unit group relates to the role, for a table cell. */
export function ukMatchLabel(occupation: UkOccupation): string {
  if (occupation.match === 'exact') return 'same occupation';
  if (occupation.match === 'classified') return 'where ONS lists this job title';
  return 'closest match, our choice';
}

const statistics = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;
const labels: Record<(typeof statistics)[number], string> = {
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
  mean: 'mean',
};

/**
 * A pay row from ONS ASHE 2024 (full-time employees, annual gross pay, GBP): reliable estimates only; the note says
 * which statistics ONS suppresses and which are only "acceptable" (CV over 10%).
 */
export function payRowFromAshe(occupation: UkOccupation, group: AsheGroup, citation: Citation): PayRow {
  const set = group.annual.fullTime;
  const stats: PayRow['stats'] = {};
  const suppressed: string[] = [];
  const acceptable: string[] = [];
  for (const key of statistics) {
    const cell = set[key];
    if ('marker' in cell || cell.quality === 'unreliable') suppressed.push(labels[key]);
    else {
      stats[key] = cell.value;
      if (cell.quality === 'acceptable') acceptable.push(labels[key]);
    }
  }
  const notes = [
    'Full-time employee jobs, gross annual pay for the tax year to 5 April 2024 (provisional).',
    ...(suppressed.length > 0 ? [`ONS suppresses the ${suppressed.join(', ')} (${qualityLabels.unreliable} or disclosive).`] : []),
    ...(acceptable.length > 0 ? [`The ${acceptable.join(', ')} ${acceptable.length > 1 ? 'are' : 'is'} ${qualityLabels.acceptable}.`] : []),
  ];
  return {
    id: `ashe-${group.code}`,
    citation,
    publisher: citation.source.publisher,
    measures: `${occupation.title} (SOC 2020 ${group.code}), ${ukMatchLabel(occupation)}`,
    region: 'GB',
    regionName: regionName('GB'),
    currency: 'GBP',
    period: 'year',
    basisLabel: 'Gross pay',
    headlineKind: 'median',
    ...(stats.median !== undefined ? { headline: stats.median } : {}),
    stats,
    asOf: 'April 2024',
    asOfStated: true,
    dateLabel: 'April 2024 (provisional)',
    percentileNotes: {},
    note: notes.join(' '),
    government: true,
  };
}

/**
 * How each salary site's UK median compares with ONS's for the role's primary unit group, as a sentence:
 * the same currency and region, so the difference is like for like in units (not in who was counted).
 */
export function ukComparisons(
  rows: readonly PayRow[],
  ashe: { row?: PayRow; occupation: UkOccupation } | undefined,
  formatAmount: (amount: number, currency: string) => string,
): string[] {
  const official = ashe?.row?.stats.median;
  if (!ashe || typeof official !== 'number') return [];
  const group = `${ashe.occupation.title} (SOC 2020 ${ashe.occupation.soc2020})`;
  return rows.flatMap((row) => {
    const median = row.stats.median;
    if (row.government || row.currency !== 'GBP' || row.period !== 'year' || typeof median !== 'number') return [];
    const percent = Math.round(((median - official) / official) * 1000) / 10;
    const side = percent === 0 ? 'the same as' : `${Math.abs(percent)}% ${percent < 0 ? 'below' : 'above'}`;
    return [
      `${row.publisher}'s median of ${formatAmount(median, 'GBP')}${row.assumption ? ' (our reading: pounds, United Kingdom)' : ''} is ${side} ONS's ASHE 2024 median for full-time employees in ${group}, ${formatAmount(official, 'GBP')}. ONS counts every employee in the unit group at every level; ${row.publisher} prices the role itself.`,
    ];
  });
}
