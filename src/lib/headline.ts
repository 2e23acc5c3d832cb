import type { Catalog, RoleEntry } from './catalog.ts';
import { statisticNames } from './pay-match.ts';

/** The one pay figure that stands for a role in lists: what it is, and where it comes from. */
export interface HeadlinePay {
  amount: number;
  currency: string;
  region: string;
  kind: 'median' | 'mean' | 'total';
  // Publisher and period, e.g. "U.S. Bureau of Labor Statistics, May 2025".
  sourceLabel: string;
  sourceId: string;
  // What was measured, when it is an occupation standing in for the role.
  measures?: string;
}

/** What a headline figure is, to start a label: "Median", "Average", or the source's "Total pay estimate", never a median or an average. */
export function headlineKindLabel(kind: HeadlinePay['kind']): string {
  const name = statisticNames[kind];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** The same with the word pay where it needs one: "Median pay", "Average pay", "Total pay estimate". */
export function headlinePayLabel(kind: HeadlinePay['kind']): string {
  return kind === 'total' ? headlineKindLabel(kind) : `${headlineKindLabel(kind)} pay`;
}

/**
 * The primary occupation's latest OEWS annual median when there is one (one method and currency for
 * every role, so lists can be sorted), else the role's first annual figure.
 */
export function headlinePay(catalog: Catalog, entry: RoleEntry): HeadlinePay | undefined {
  const primary = entry.data.occupations.find((occupation) => occupation.primary) ?? entry.data.occupations[0];
  const latest = primary ? catalog.data.oews.get(primary.soc)?.periods.at(-1) : undefined;
  if (primary && latest && typeof latest.annual?.median === 'number') {
    const source = catalog.sources.get(latest.sourceId);
    return {
      amount: latest.annual.median,
      currency: 'USD',
      region: 'US',
      kind: 'median',
      sourceLabel: `${source?.publisher ?? latest.sourceId}, ${latest.label}`,
      sourceId: latest.sourceId,
      measures: `${primary.title} (SOC ${primary.soc})`,
    };
  }
  const figure = entry.data.salaries.find((candidate) => candidate.period === 'year' && candidate[candidate.headline] !== undefined);
  const amount = figure?.[figure.headline];
  if (!figure || amount === undefined) return undefined;
  const source = catalog.sources.get(figure.source);
  return {
    amount,
    currency: figure.currency,
    region: figure.region,
    kind: figure.headline,
    sourceLabel: source?.publisher ?? figure.source,
    sourceId: figure.source,
  };
}
