import type { UsOccupationPage } from '../occupations/us-page.ts';
import type { WageCell, WageHistoryRow } from '../occupations/wage-cells.ts';
import { wageColumns } from '../occupations/wage-cells.ts';
import { machineUrls } from '../seo/urls.ts';
import { occupationDetailSchema, occupationsIndexSchema, type OccupationDetail, type OccupationsIndex } from './occupation-schemas.ts';

function wage(cell: WageCell) {
  if (cell.kind === 'amount') return { amount: cell.amount };
  if (cell.kind === 'at-least') return { atLeast: cell.amount };
  return { notAvailable: true as const };
}

function wageRow(row: WageHistoryRow): OccupationDetail['wages']['annual'][number] {
  const cells = Object.fromEntries(wageColumns.map((column, index) => [column.key, wage(row.cells[index] as WageCell)]));
  return { period: row.label, sourceId: row.sourceId, employment: row.employment ?? null, ...cells } as OccupationDetail['wages']['annual'][number];
}

/** /api/occupations.json, from the same page objects the occupation pages render; validated before it is written. */
export function occupationsIndex(pages: readonly UsOccupationPage[]): OccupationsIndex {
  return occupationsIndexSchema.parse({
    count: pages.length,
    occupations: pages.map((page) => ({
      soc: page.soc,
      title: page.title,
      url: page.url,
      majorGroup: page.majorGroup.title,
      latestMedian: page.latestMedian ? { period: page.latestMedian.label, unit: page.latestMedian.unit, wage: wage(page.latestMedian.cell) } : null,
      growthPct: page.growthPct ?? null,
      api: machineUrls.occupation(page.soc),
    })),
  });
}

/** /api/occupations/<soc>.json. */
export function occupationDetail(page: UsOccupationPage): OccupationDetail {
  return occupationDetailSchema.parse({
    soc: page.soc,
    title: page.title,
    url: page.url,
    majorGroup: page.majorGroup.title,
    wages: { annual: page.wages.annual.map(wageRow), hourly: page.wages.hourly.map(wageRow), notes: page.wages.notes },
    projection: 'facts' in page.projection ? page.projection.facts.map(({ label, value }) => ({ label, value })) : null,
    onet: page.onet.map((view) => ({
      code: view.code,
      title: view.title,
      description: view.description,
      tasks: view.tasks.map((task) => task.text),
      technologies: view.technologies.map(({ name, hot, inDemand }) => ({ name, hot, inDemand })),
      jobZone: view.jobZone,
      education: view.education,
      experience: view.experience,
      interests: view.interests,
      alternateTitles: view.alternateTitles,
      related: view.related,
    })),
    roles: page.roles,
    sources: page.citations.map(({ number, source }) => ({ number, ...source })),
    attributions: page.citations.flatMap((citation) => (citation.source.attribution ? [citation.source.attribution] : [])),
  });
}
