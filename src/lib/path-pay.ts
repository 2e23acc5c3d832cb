import type { Catalog, RoleEntry } from './catalog.ts';
import { CitationList } from './citations.ts';
import { sharedPayRows } from './compare.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';
import { payRowFromFigure } from './pay.ts';

/** What a move does to pay, or why the figures cannot say. */
export type PayChange =
  | {
      comparable: true;
      // Headline: both roles' list figure; shared source: a non-government source with a figure for both.
      basis: 'headline' | 'shared-source';
      statistic: 'median' | 'mean' | 'total' | 'p10' | 'p25' | 'p75' | 'p90';
      from: number;
      to: number;
      difference: number;
      percent: number;
      currency: string;
      region: string;
      sourceId: string;
      sourceLabel: string;
      // What each figure measures when it is an occupation standing in for the role.
      fromMeasures?: string;
      toMeasures?: string;
    }
  | { comparable: false; reason: string };

function comparableHeadlines(from: HeadlinePay, to: HeadlinePay): boolean {
  return from.currency === to.currency && from.region === to.region && from.sourceId === to.sourceId && from.kind === to.kind;
}

/** A change from the first source both roles have a like-for-like figure from, in the same currency, region and period. */
function sharedSourceChange(catalog: Catalog, from: RoleEntry, to: RoleEntry): PayChange | undefined {
  const citations = new CitationList(catalog.sources);
  const shared = sharedPayRows(
    from.data.salaries.map((figure, index) => payRowFromFigure(figure, index, citations)),
    to.data.salaries.map((figure, index) => payRowFromFigure(figure, index, citations)),
  ).find((row) => row.period === 'year' && row.difference);
  if (!shared?.difference) return undefined;
  const { difference } = shared;
  return {
    comparable: true,
    basis: 'shared-source',
    statistic: difference.statistic,
    from: difference.a,
    to: difference.b,
    difference: difference.difference,
    percent: difference.percent,
    currency: shared.currency,
    region: shared.region,
    sourceId: shared.citation.source.id,
    sourceLabel: shared.citation.source.publisher,
    ...(shared.a.measures ? { fromMeasures: shared.a.measures } : {}),
    ...(shared.b.measures ? { toMeasures: shared.b.measures } : {}),
  };
}

/**
 * The pay change of a move, never across currencies, regions or sources. Uses the headline figures when they
 * are like for like and measure different occupations; when both stand on the same occupation the headline
 * cannot show a change, so a source with a figure for each role is used instead, if there is one.
 */
export function payChange(catalog: Catalog, fromSlug: string, toSlug: string): PayChange {
  const from = catalog.rolesBySlug.get(fromSlug);
  const to = catalog.rolesBySlug.get(toSlug);
  if (!from || !to) throw new Error(`Unknown role in progression ${fromSlug} → ${toSlug}`);
  const fromHeadline = headlinePay(catalog, from);
  const toHeadline = headlinePay(catalog, to);
  if (fromHeadline && toHeadline && comparableHeadlines(fromHeadline, toHeadline)) {
    const sameOccupation = fromHeadline.measures !== undefined && fromHeadline.measures === toHeadline.measures;
    if (!sameOccupation) {
      const difference = toHeadline.amount - fromHeadline.amount;
      return {
        comparable: true,
        basis: 'headline',
        statistic: fromHeadline.kind,
        from: fromHeadline.amount,
        to: toHeadline.amount,
        difference,
        percent: Math.round((difference / fromHeadline.amount) * 1000) / 10,
        currency: fromHeadline.currency,
        region: fromHeadline.region,
        sourceId: fromHeadline.sourceId,
        sourceLabel: fromHeadline.sourceLabel,
        ...(fromHeadline.measures ? { fromMeasures: fromHeadline.measures } : {}),
        ...(toHeadline.measures ? { toMeasures: toHeadline.measures } : {}),
      };
    }
    return (
      sharedSourceChange(catalog, from, to) ?? {
        comparable: false,
        reason: `Both roles are measured as ${fromHeadline.measures}, and no other source gives both a figure in one currency and region.`,
      }
    );
  }
  return (
    sharedSourceChange(catalog, from, to) ?? {
      comparable: false,
      reason:
        fromHeadline && toHeadline
          ? `The two roles' figures come from different sources, currencies or regions (${fromHeadline.currency}, ${fromHeadline.region} against ${toHeadline.currency}, ${toHeadline.region}), so we do not subtract them.`
          : 'One of the roles has no annual pay figure yet.',
    }
  );
}
