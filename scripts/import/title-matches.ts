import { onetTitleMatchesFileSchema } from '../../src/schemas/onet.ts';
import type { OnetTitleMatchesFile, OnetTitleMatchesFileInput } from '../../src/schemas/onet.ts';
import { listCell, optionalTextCell } from './cells.ts';
import { readCsv } from './csv.ts';
import { parseWith } from './errors.ts';

export const titleMatchesInputFile = 'onet/role-title-matches.csv';
export const titleMatchesOutputFile = 'onet-title-matches.json';

const columns = ['site_role', 'onet_alternate_title', 'onet_soc_code', 'onet_title', 'title_sources', 'note'] as const;

/** role-title-matches.csv text → the validated content of onet-title-matches.json, rows in the file's order (grouped by role). */
export function importTitleMatches(csvText: string): OnetTitleMatchesFile {
  const matches: OnetTitleMatchesFileInput = readCsv(csvText, titleMatchesInputFile, columns).map(({ cells }) => ({
    siteRole: cells.site_role,
    onetTitle: optionalTextCell(cells.onet_alternate_title),
    code: optionalTextCell(cells.onet_soc_code),
    onetOccupation: optionalTextCell(cells.onet_title),
    titleSources: listCell(cells.title_sources),
    note: optionalTextCell(cells.note),
  }));
  return parseWith(onetTitleMatchesFileSchema, matches, `${titleMatchesOutputFile} (from ${titleMatchesInputFile})`);
}
