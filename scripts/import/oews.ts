import { oewsFileSchema } from '../../src/schemas/oews.ts';
import type { OewsFile, OewsFileInput, OewsOccupationInput, OewsPeriodInput } from '../../src/schemas/oews.ts';
import { wageStatisticKeys } from '../../src/schemas/wage.ts';
import type { WageStatisticsInput, WageValueInput } from '../../src/schemas/wage.ts';
import { numberCell } from './cells.ts';
import { readCsv } from './csv.ts';
import type { CsvRow } from './csv.ts';
import { cellError, parseWith } from './errors.ts';
import type { RowPlace } from './errors.ts';
import { compareCodeUnits } from './order.ts';

export const oewsInputFile = 'oews-national.csv';
export const oewsOutputFile = 'oews-national.json';

const wageUnits = ['annual', 'hourly'] as const;
type WageColumn = `${(typeof wageStatisticKeys)[number]}_${(typeof wageUnits)[number]}`;

const columns = [
  'soc', 'title', 'period', 'soc_level', 'employment', 'employment_rse_pct',
  'mean_annual', 'p10_annual', 'p25_annual', 'median_annual', 'p75_annual', 'p90_annual',
  'mean_hourly', 'p10_hourly', 'p25_hourly', 'median_hourly', 'p75_hourly', 'p90_hourly',
  'mean_wage_rse_pct', 'top_coded', 'not_available', 'source_id',
] as const;
type Row = CsvRow<(typeof columns)[number]>;

const wageColumns: readonly string[] = wageUnits.flatMap((unit) => wageStatisticKeys.map((key) => `${key}_${unit}`));
function isWageColumn(name: string): name is WageColumn {
  return wageColumns.includes(name);
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "May 2025" → "2025-05". */
function periodOf(label: string, place: RowPlace): string {
  const match = /^([A-Z][a-z]+) (\d{4})$/.exec(label);
  const month = match ? months.indexOf(match[1] ?? '') + 1 : 0;
  if (!match || month === 0) throw cellError(place, 'period', `expected a month and year such as "May 2025", got ${JSON.stringify(label)}`);
  return `${match[2]}-${String(month).padStart(2, '0')}`;
}

/** Reads "p90_annual>=239200;p90_hourly>=115.00" into column → top-code threshold. */
function topCodesOf(row: Row, place: RowPlace): Map<WageColumn, number> {
  const topCodes = new Map<WageColumn, number>();
  for (const entry of row.cells.top_coded === '' ? [] : row.cells.top_coded.split(';')) {
    const [column = '', threshold = ''] = entry.split('>=');
    if (!isWageColumn(column)) throw cellError(place, 'top_coded', `expected entries like p90_annual>=239200, got ${JSON.stringify(entry)}`);
    topCodes.set(column, numberCell(threshold, place, `top_coded (${column})`));
  }
  return topCodes;
}

/** Reads "p90_annual;p90_hourly" into the wage columns BLS marks not available. */
function unavailableOf(row: Row, place: RowPlace): Set<WageColumn> {
  const unavailable = new Set<WageColumn>();
  for (const column of row.cells.not_available === '' ? [] : row.cells.not_available.split(';')) {
    if (!isWageColumn(column)) throw cellError(place, 'not_available', `expected wage column names such as p90_annual, got ${JSON.stringify(column)}`);
    unavailable.add(column);
  }
  return unavailable;
}

/** An empty wage cell is only valid when top_coded or not_available explains it; a value never silently disappears. */
function wageValueOf(row: Row, column: WageColumn, place: RowPlace, topCodes: Map<WageColumn, number>, unavailable: Set<WageColumn>): WageValueInput {
  const text = row.cells[column];
  const threshold = topCodes.get(column);
  const flagged = threshold !== undefined || unavailable.has(column);
  if (flagged && text !== '') throw cellError(place, column, `listed in top_coded or not_available but has the value ${JSON.stringify(text)}`);
  if (threshold !== undefined && unavailable.has(column)) throw cellError(place, column, 'listed in both top_coded and not_available');
  if (threshold !== undefined) return { atLeast: threshold };
  if (unavailable.has(column)) return null;
  if (text === '') throw cellError(place, column, 'empty, but not listed in top_coded or not_available');
  return numberCell(text, place, column);
}

function wagesOf(row: Row, unit: (typeof wageUnits)[number], place: RowPlace, topCodes: Map<WageColumn, number>, unavailable: Set<WageColumn>): WageStatisticsInput {
  const value = (key: (typeof wageStatisticKeys)[number]) => wageValueOf(row, `${key}_${unit}`, place, topCodes, unavailable);
  return { p10: value('p10'), p25: value('p25'), median: value('median'), p75: value('p75'), p90: value('p90'), mean: value('mean') };
}

type ParsedRow = { soc: string; title: string; level: string; entry: OewsPeriodInput; place: RowPlace };

function parseRow(row: Row): ParsedRow {
  const place: RowPlace = { file: oewsInputFile, line: row.line, row: `${row.cells.soc}, ${row.cells.period}` };
  const topCodes = topCodesOf(row, place);
  const unavailable = unavailableOf(row, place);
  const entry: OewsPeriodInput = {
    period: periodOf(row.cells.period, place),
    label: row.cells.period,
    sourceId: row.cells.source_id,
    employment: numberCell(row.cells.employment, place, 'employment'),
    employmentRsePct: numberCell(row.cells.employment_rse_pct, place, 'employment_rse_pct'),
    meanWageRsePct: numberCell(row.cells.mean_wage_rse_pct, place, 'mean_wage_rse_pct'),
    annual: wagesOf(row, 'annual', place, topCodes, unavailable),
    hourly: wagesOf(row, 'hourly', place, topCodes, unavailable),
  };
  return { soc: row.cells.soc, title: row.cells.title, level: row.cells.soc_level, entry, place };
}

/** Groups rows by SOC code; periods oldest first, title from the newest period (BLS occasionally retitles). */
function occupationOf(rows: ParsedRow[]): OewsOccupationInput {
  const sorted = [...rows].sort((a, b) => compareCodeUnits(a.entry.period, b.entry.period));
  const newest = sorted[sorted.length - 1];
  if (!newest) throw new Error('occupationOf needs at least one row');
  sorted.forEach((row, index) => {
    const previous = sorted[index - 1];
    if (previous && previous.entry.period === row.entry.period) throw cellError(row.place, 'period', `duplicate row for ${row.soc} ${row.entry.label} (also line ${previous.place.line})`);
    if (row.level !== newest.level) throw cellError(row.place, 'soc_level', `expected the same level in every period, got ${row.level} and ${newest.level}`);
  });
  // The cast only hands the text on; oewsFileSchema rejects a level outside socLevels with the file and field.
  return { soc: newest.soc, title: newest.title, level: newest.level as OewsOccupationInput['level'], periods: sorted.map((row) => row.entry) };
}

/** oews-national.csv text → the validated content of oews-national.json. */
export function importOews(csvText: string): OewsFile {
  const bySoc = new Map<string, ParsedRow[]>();
  for (const row of readCsv(csvText, oewsInputFile, columns).map(parseRow)) {
    bySoc.set(row.soc, [...(bySoc.get(row.soc) ?? []), row]);
  }
  const occupations = [...bySoc.keys()].sort(compareCodeUnits).map((soc) => occupationOf(bySoc.get(soc) ?? []));
  const sourceIds = [...new Set(occupations.flatMap((occupation) => occupation.periods.map((entry) => entry.sourceId)))].sort(compareCodeUnits);
  const file: OewsFileInput = { sourceIds, occupations };
  return parseWith(oewsFileSchema, file, `${oewsOutputFile} (from ${oewsInputFile})`);
}
