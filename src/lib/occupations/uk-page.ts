import type { AsheEstimates } from '../../schemas/ashe.ts';
import type { Catalog } from '../catalog.ts';
import { type Citation, CitationList } from '../citations.ts';
import { urls } from '../urls.ts';
import { asheCellView, asheRows, reliableValue, type AsheCellView } from './ashe-cells.ts';
import type { UkOccupationEntry } from './uk-catalog.ts';

/** The four columns of the UK pay table. */
export const asheColumns = [
  { pay: 'annual', set: 'all', label: 'Annual, all employees', unit: 'year' },
  { pay: 'annual', set: 'fullTime', label: 'Annual, full-time', unit: 'year' },
  { pay: 'hourly', set: 'all', label: 'Hourly, all employees', unit: 'hour' },
  { pay: 'hourly', set: 'fullTime', label: 'Hourly, full-time', unit: 'hour' },
] as const;

export interface UkOccupationPage {
  code: string;
  title: string;
  // ASHE's title when it differs from ONS's current one (ONS renamed 19 groups).
  asheTitle?: string;
  slug: string;
  url: string;
  majorGroup: string;
  summary: string;
  // Rows of the pay table: one statistic, four cells (annual all / full-time, hourly all / full-time).
  pay: { label: string; key: keyof AsheEstimates; cells: AsheCellView[] }[];
  // Full-time annual median when reliable, for lists, search and the API.
  medianFullTimeAnnual?: number;
  description?: { text: string; entryRoutes: string | null; tasks: string[]; relatedJobTitles: string[] };
  roles: { title: string; url: string }[];
  ashe: Citation;
  soc2020?: Citation;
  citations: Citation[];
}

export function buildUkOccupationPage(catalog: Catalog, entry: UkOccupationEntry): UkOccupationPage {
  const citations = new CitationList(catalog.sources);
  const ashe = citations.cite(catalog.data.asheRelease.sourceId);
  const soc2020 = entry.description ? citations.cite(catalog.data.soc2020SourceId) : undefined;
  const pay = asheRows.map((row) => ({
    label: row.label,
    key: row.key,
    cells: asheColumns.map((column) => asheCellView(entry.ashe[column.pay][column.set][row.key])),
  }));
  const median = reliableValue(entry.ashe.annual.fullTime.median);
  return {
    code: entry.code,
    title: entry.title,
    ...(entry.asheTitle !== entry.title ? { asheTitle: entry.asheTitle } : {}),
    slug: entry.slug,
    url: urls.ukOccupation(entry.slug),
    majorGroup: entry.majorGroup.title,
    summary: `${entry.title} (SOC 2020 unit group ${entry.code}): UK pay from the ONS Annual Survey of Hours and Earnings 2024 (provisional), with each estimate's quality, and the ONS description.`,
    pay,
    ...(median !== undefined ? { medianFullTimeAnnual: median } : {}),
    ...(entry.description
      ? {
          description: {
            text: entry.description.description,
            entryRoutes: entry.description.entryRoutes,
            tasks: entry.description.tasks,
            relatedJobTitles: entry.description.relatedJobTitles,
          },
        }
      : {}),
    roles: entry.roles.map((role) => ({ title: role.data.title, url: urls.role(role.slug) })),
    ashe,
    ...(soc2020 ? { soc2020 } : {}),
    citations: citations.all(),
  };
}
