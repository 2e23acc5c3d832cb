/** /api/roles.csv: one row per role for spreadsheets, from the same summaries as /api/roles.json. */
import { stringify } from 'csv-stringify/sync';
import type { RolesIndex } from './schemas.ts';

export const csvColumns = [
  'slug',
  'title',
  'family',
  'seniority',
  'soc_codes',
  'onet_codes',
  'headline_kind',
  'headline_amount',
  'headline_currency',
  'headline_region',
  'headline_measures',
  'headline_source_id',
  'headline_source',
  'url',
] as const;

/** Codes in one cell are separated by a space, which no SOC or O*NET-SOC code contains. */
export function rolesCsv(index: RolesIndex): string {
  const rows = index.roles.map((role) => ({
    slug: role.slug,
    title: role.title,
    family: role.family,
    seniority: role.seniority,
    soc_codes: role.codes.soc.join(' '),
    onet_codes: role.codes.onet.join(' '),
    headline_kind: role.headline?.kind ?? '',
    headline_amount: role.headline?.amount ?? '',
    headline_currency: role.headline?.currency ?? '',
    headline_region: role.headline?.region ?? '',
    headline_measures: role.headline?.measures ?? '',
    headline_source_id: role.headline?.source.id ?? '',
    headline_source: role.headline?.source.label ?? '',
    url: role.url,
  }));
  return stringify(rows, { header: true, columns: [...csvColumns], record_delimiter: 'windows' });
}
