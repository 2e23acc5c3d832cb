import { asheMarkers, type AsheCell, type AsheEstimates, type AsheQuality } from '../../schemas/ashe.ts';

/** How an ASHE cell reads on a page: the figure with ONS's quality band, or why there is no figure. */
export type AsheCellView =
  | { kind: 'value'; value: number; quality: AsheQuality | null; cv: number | null }
  | { kind: 'missing'; marker: string; meaning: string };

export const qualityLabels: Record<AsheQuality, string> = {
  precise: 'precise (CV up to 5%)',
  'reasonably-precise': 'reasonably precise (CV over 5% to 10%)',
  acceptable: 'acceptable (CV over 10% to 20%)',
  unreliable: 'unreliable (CV over 20%)',
};

export function asheCellView(cell: AsheCell): AsheCellView {
  if ('marker' in cell) return { kind: 'missing', marker: cell.marker, meaning: asheMarkers[cell.marker] };
  return { kind: 'value', value: cell.value, quality: cell.quality, cv: cell.cv };
}

/** The rows of the UK pay table, in reading order. */
export const asheRows = [
  { key: 'median', label: 'Median' },
  { key: 'mean', label: 'Mean' },
  { key: 'p10', label: '10th percentile' },
  { key: 'p20', label: '20th percentile' },
  { key: 'p25', label: '25th percentile' },
  { key: 'p30', label: '30th percentile' },
  { key: 'p40', label: '40th percentile' },
  { key: 'p60', label: '60th percentile' },
  { key: 'p70', label: '70th percentile' },
  { key: 'p75', label: '75th percentile' },
  { key: 'p80', label: '80th percentile' },
  { key: 'p90', label: '90th percentile' },
  { key: 'jobsThousands', label: 'Number of jobs (thousands, indicative)' },
] as const satisfies readonly { key: keyof AsheEstimates; label: string }[];

/** A reliable numeric estimate (published, with a CV of 20% or less): the only kind a headline may use. */
export function reliableValue(cell: AsheCell): number | undefined {
  if ('marker' in cell || cell.quality === 'unreliable') return undefined;
  return cell.value;
}
