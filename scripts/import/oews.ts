import { oewsFileSchema, socLevels } from '../../src/schemas/oews.ts';
import type { OewsFile, OewsFileInput, OewsOccupationInput, OewsPeriodInput, TopCode, WageBasis } from '../../src/schemas/oews.ts';
import { wageStatisticKeys } from '../../src/schemas/wage.ts';
import type { WageStatisticsInput, WageValueInput } from '../../src/schemas/wage.ts';
import { ImportError, parseWith } from './errors.ts';
import { compareCodeUnits } from './order.ts';
import { cellAt, describeCell, expectHeader, sheetError, sheetOf, textAt } from './xlsx.ts';
import type { Sheet } from './xlsx.ts';

export const oewsOutputFile = 'oews-national.json';

/** The national releases the site shows, oldest first; each is a BLS "all data" national workbook. */
export const oewsYears = [2021, 2022, 2023, 2024, 2025] as const;
export const oewsInputFile = (year: number) => `bls-oews/national_M${year}_dl.xlsx`;
export const oewsSourceId = (year: number) => `bls-oews-m${year}-national`;

const headings = [
  'AREA',
  'AREA_TITLE',
  'AREA_TYPE',
  'PRIM_STATE',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OWN_CODE',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  'EMP_PRSE',
  'JOBS_1000',
  'LOC_QUOTIENT',
  'PCT_TOTAL',
  'PCT_RPT',
  'H_MEAN',
  'A_MEAN',
  'MEAN_PRSE',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'ANNUAL',
  'HOURLY',
] as const;
type Heading = (typeof headings)[number];
const column = (heading: Heading) => headings.indexOf(heading);

const wageColumns: Record<'annual' | 'hourly', Record<(typeof wageStatisticKeys)[number], Heading>> = {
  annual: { p10: 'A_PCT10', p25: 'A_PCT25', median: 'A_MEDIAN', p75: 'A_PCT75', p90: 'A_PCT90', mean: 'A_MEAN' },
  hourly: { p10: 'H_PCT10', p25: 'H_PCT25', median: 'H_MEDIAN', p75: 'H_PCT75', p90: 'H_PCT90', mean: 'H_MEAN' },
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The reference period and the top-code thresholds, read from the release's own Field Descriptions sheet. */
function releaseOf(notes: Sheet, year: number): { period: string; label: string; topCode: TopCode } {
  const title = textAt(notes, 1, 0, 'title');
  const match = /^([A-Z][a-z]+) (\d{4}) OEWS Estimates$/.exec(title.trim());
  const month = match ? months.indexOf(match[1] ?? '') + 1 : 0;
  if (!match || month === 0 || Number(match[2]) !== year) {
    throw sheetError(notes, 1, 0, `expected the title "May ${year} OEWS Estimates", got ${describeCell(title)}`);
  }
  const noteRow = notes.rows.findIndex((row) => typeof row[0] === 'string' && row[0].trim().startsWith('#'));
  const note = noteRow >= 0 ? String(notes.rows[noteRow]?.[0]) : '';
  const threshold = /\$([\d.]+) per hour or \$([\d,]+) per year/.exec(note);
  if (!threshold)
    throw new ImportError(
      `${notes.file}, sheet "${notes.name}": expected a note "# = indicates a wage equal to or greater than $… per hour or $… per year", got ${noteRow >= 0 ? JSON.stringify(note) : 'none'}`,
    );
  return {
    period: `${match[2]}-${String(month).padStart(2, '0')}`,
    label: `${match[1]} ${match[2]}`,
    topCode: { hourly: Number(threshold[1]), annual: Number(threshold[2]?.replaceAll(',', '')) },
  };
}

type Place = { sheet: Sheet; row: number };

function wageAt({ sheet, row }: Place, heading: Heading, threshold: number): WageValueInput {
  const value = cellAt(sheet, row, column(heading));
  if (typeof value === 'number' && value > 0) return value;
  if (value === '#') return { atLeast: threshold };
  if (value === '*') return { notAvailable: true };
  throw sheetError(sheet, row, column(heading), `expected a wage, "#" (top-coded) or "*" (not available), got ${describeCell(value)}`, heading);
}

/** TOT_EMP, EMP_PRSE and MEAN_PRSE: a number, or BLS's "**" / "*" marker. */
function countAt({ sheet, row }: Place, heading: Heading, marker: '*' | '**'): number | { notAvailable: true } {
  const value = cellAt(sheet, row, column(heading));
  if (typeof value === 'number' && value >= 0) return value;
  if (value === marker) return { notAvailable: true };
  throw sheetError(sheet, row, column(heading), `expected a number or "${marker}" (not available), got ${describeCell(value)}`, heading);
}

/** ANNUAL and HOURLY hold the text TRUE or nothing. */
function flagAt({ sheet, row }: Place, heading: Heading): boolean {
  const value = cellAt(sheet, row, column(heading));
  if (value === null || value === '') return false;
  if (value === 'TRUE' || value === true) return true;
  throw sheetError(sheet, row, column(heading), `expected "TRUE" or an empty cell, got ${describeCell(value)}`, heading);
}

/** A wage set BLS does not publish must be "*" throughout; a number there means the flag and the data disagree. */
function unpublishedSet(place: Place, unit: 'annual' | 'hourly', basis: WageBasis): null {
  for (const heading of Object.values(wageColumns[unit])) {
    const value = cellAt(place.sheet, place.row, column(heading));
    if (value !== '*')
      throw sheetError(place.sheet, place.row, column(heading), `expected "*" because the occupation is ${basis}, got ${describeCell(value)}`, heading);
  }
  return null;
}

function wageSetAt(place: Place, unit: 'annual' | 'hourly', threshold: number): WageStatisticsInput {
  const names = wageColumns[unit];
  const value = (key: (typeof wageStatisticKeys)[number]) => wageAt(place, names[key], threshold);
  return { p10: value('p10'), p25: value('p25'), median: value('median'), p75: value('p75'), p90: value('p90'), mean: value('mean') };
}

type YearRow = { soc: string; title: string; level: string; entry: OewsPeriodInput; place: Place };

function expectText({ sheet, row }: Place, heading: Heading, wanted: string): void {
  const value = cellAt(sheet, row, column(heading));
  if (value !== wanted)
    throw sheetError(
      sheet,
      row,
      column(heading),
      `expected ${JSON.stringify(wanted)} (national, cross-industry, all ownerships), got ${describeCell(value)}`,
      heading,
    );
}

function rowOf(place: Place, year: number, release: ReturnType<typeof releaseOf>): YearRow {
  expectText(place, 'AREA', '99');
  expectText(place, 'NAICS', '000000');
  expectText(place, 'OWN_CODE', '1235');
  const soc = textAt(place.sheet, place.row, column('OCC_CODE'), 'OCC_CODE');
  if (!/^\d{2}-\d{4}$/.test(soc))
    throw sheetError(place.sheet, place.row, column('OCC_CODE'), `expected a SOC code such as 15-1252, got ${JSON.stringify(soc)}`, 'OCC_CODE');
  const level = textAt(place.sheet, place.row, column('O_GROUP'), 'O_GROUP');
  if (!(socLevels as readonly string[]).includes(level))
    throw sheetError(place.sheet, place.row, column('O_GROUP'), `expected one of ${socLevels.join(', ')}, got ${JSON.stringify(level)}`, 'O_GROUP');
  const annualOnly = flagAt(place, 'ANNUAL');
  const hourlyOnly = flagAt(place, 'HOURLY');
  if (annualOnly && hourlyOnly) throw sheetError(place.sheet, place.row, column('HOURLY'), 'expected at most one of ANNUAL and HOURLY to be TRUE', 'HOURLY');
  const wageBasis: WageBasis = annualOnly ? 'annual-only' : hourlyOnly ? 'hourly-only' : 'annual-and-hourly';
  const entry: OewsPeriodInput = {
    period: release.period,
    label: release.label,
    sourceId: oewsSourceId(year),
    employment: countAt(place, 'TOT_EMP', '**'),
    employmentRsePct: countAt(place, 'EMP_PRSE', '**'),
    meanWageRsePct: countAt(place, 'MEAN_PRSE', '*'),
    wageBasis,
    topCode: release.topCode,
    annual: hourlyOnly ? unpublishedSet(place, 'annual', wageBasis) : wageSetAt(place, 'annual', release.topCode.annual),
    hourly: annualOnly ? unpublishedSet(place, 'hourly', wageBasis) : wageSetAt(place, 'hourly', release.topCode.hourly),
  };
  return { soc, title: textAt(place.sheet, place.row, column('OCC_TITLE'), 'OCC_TITLE').trim(), level, entry, place };
}

/** Reads one year's data sheet; rows are keyed on code and level, because BLS lists seven codes at two levels. */
export function readOewsYear(workbook: Map<string, Sheet>, year: number): YearRow[] {
  const file = oewsInputFile(year);
  const data = sheetOf(workbook, file, `national_M${year}_dl`);
  const release = releaseOf(sheetOf(workbook, file, 'Field Descriptions'), year);
  expectHeader(data, 1, headings);
  const rows: YearRow[] = [];
  const seen = new Map<string, number>();
  for (let row = 2; row <= data.rows.length; row += 1) {
    if ((data.rows[row - 1] ?? []).every((value) => value === null || value === '')) continue;
    const parsed = rowOf({ sheet: data, row }, year, release);
    const key = `${parsed.soc} ${parsed.level}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw sheetError(data, row, column('OCC_CODE'), `duplicate row for ${parsed.soc} at level ${parsed.level} (also row ${earlier})`, 'OCC_CODE');
    seen.set(key, row);
    rows.push(parsed);
  }
  if (rows.length === 0) throw new ImportError(`${file}, sheet "${data.name}": no data rows`);
  return rows;
}

const levelOrder = (level: string) => socLevels.indexOf(level as (typeof socLevels)[number]);

/** Every year's rows → oews-national.json: one entry per code and level, periods oldest first, newest title. */
export function importOews(years: readonly YearRow[][]): OewsFile {
  const byKey = new Map<string, YearRow[]>();
  for (const row of years.flat()) {
    const key = `${row.soc} ${row.level}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const occupations: OewsOccupationInput[] = [...byKey.values()]
    .map((rows) => {
      const sorted = [...rows].sort((a, b) => compareCodeUnits(a.entry.period, b.entry.period));
      const newest = sorted.at(-1) as YearRow;
      // The cast hands the text on; levels were checked against socLevels when the row was read.
      return { soc: newest.soc, title: newest.title, level: newest.level as OewsOccupationInput['level'], periods: sorted.map((row) => row.entry) };
    })
    .sort((a, b) => compareCodeUnits(a.soc, b.soc) || levelOrder(a.level) - levelOrder(b.level));
  const file: OewsFileInput = { sourceIds: oewsYears.map(oewsSourceId).sort(compareCodeUnits), occupations };
  return parseWith(oewsFileSchema, file, `${oewsOutputFile} (from ${oewsYears.map(oewsInputFile).join(', ')})`);
}
