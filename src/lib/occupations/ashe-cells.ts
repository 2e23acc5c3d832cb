import { asheMarkers, type AsheCell, type AsheEstimates, type AsheQuality } from '../../schemas/ashe.ts';
import { statisticsInOrder } from './wage-cells.ts';

/** How an ASHE cell reads on a page: the figure with ONS's quality band, or why there is no figure. */
export type AsheCellView =
  { kind: 'value'; value: number; quality: AsheQuality | null; cv: number | null } | { kind: 'missing'; marker: string; meaning: string };

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
export const asheRows: readonly { key: keyof AsheEstimates; label: string }[] = [
  ...statisticsInOrder(['median', 'mean', 'p10', 'p20', 'p25', 'p30', 'p40', 'p60', 'p70', 'p75', 'p80', 'p90'] as const),
  { key: 'jobsThousands', label: 'Number of jobs (thousands, indicative)' },
];

/** A reliable numeric estimate (published, with a CV of 20% or less): the only kind a headline may use. */
export function reliableValue(cell: AsheCell): number | undefined {
  if ('marker' in cell || cell.quality === 'unreliable') return undefined;
  return cell.value;
}
