import { describe, expect, it } from 'vitest';
import { importOews } from '../../../scripts/import/oews.ts';
import { dataRow, editRow, readFixtureInput, withExtraRow } from './fixtures.ts';

const csv = readFixtureInput('oews-national.csv');
// Column positions in oews-national.csv, counted from 0.
const column = { medianAnnual: 9, p75Annual: 10, p90Annual: 11, p90Hourly: 17, topCoded: 19, notAvailable: 20 };

function setCells(row: string, cells: Record<number, string>): string {
  // The rows edited here have no quoted commas, so splitting on commas is safe.
  const values = row.split(',');
  for (const [index, value] of Object.entries(cells)) values[Number(index)] = value;
  return values.join(',');
}

function periodOf(file: ReturnType<typeof importOews>, soc: string, period: string) {
  const entry = file.occupations.find((occupation) => occupation.soc === soc)?.periods.find((candidate) => candidate.period === period);
  if (!entry) throw new Error(`no ${soc} ${period}`);
  return entry;
}

describe('importOews', () => {
  it('turns a top-coded p90 into { atLeast } for both annual and hourly wages', () => {
    const may2024 = periodOf(importOews(csv), '11-3021', '2024-05');
    expect(may2024.annual.p90).toEqual({ atLeast: 239200 });
    expect(may2024.hourly.p90).toEqual({ atLeast: 115 });
    expect(may2024.annual.p75).toBe(216220);
  });

  it('keeps a published p90 as a number where BLS did not top-code it (May 2025)', () => {
    expect(periodOf(importOews(csv), '11-3021', '2025-05').annual.p90).toBe(297510);
  });

  it('sorts occupations by SOC code and periods oldest first', () => {
    const file = importOews(csv);
    expect(file.occupations.map((occupation) => occupation.soc)).toEqual(['11-3021', '15-1250', '15-1252', '15-1254']);
    expect(file.occupations[2]?.periods.map((entry) => entry.period)).toEqual(['2023-05', '2024-05', '2025-05']);
  });

  it('fails on a non-numeric median, naming the line, SOC, period and column', () => {
    const broken = editRow(csv, '11-3021,Computer and Information Systems Managers,May 2024', (row) => setCells(row, { [column.medianAnnual]: 'n/a' }));
    expect(() => importOews(broken)).toThrow('oews-national.csv line 3 (11-3021, May 2024): median_annual: expected a number, got "n/a"');
  });

  it('fails on an empty wage cell that neither top_coded nor not_available explains', () => {
    const broken = editRow(csv, '11-3021,Computer and Information Systems Managers,May 2024', (row) => setCells(row, { [column.topCoded]: 'p90_annual>=239200' }));
    expect(() => importOews(broken)).toThrow('(11-3021, May 2024): p90_hourly: empty, but not listed in top_coded or not_available');
  });

  it('fails when a top-coded cell also has a value', () => {
    const broken = editRow(csv, '15-1254,', (row) => setCells(row, { [column.topCoded]: 'p90_annual>=239200' }));
    expect(() => importOews(broken)).toThrow('(15-1254, May 2025): p90_annual: listed in top_coded or not_available but has the value "162290"');
  });

  it('turns a not_available wage into null', () => {
    const edited = editRow(csv, '15-1254,', (row) => setCells(row, { [column.p90Annual]: '', [column.notAvailable]: 'p90_annual' }));
    expect(periodOf(importOews(edited), '15-1254', '2025-05').annual.p90).toBeNull();
  });

  it('fails schema validation when percentiles are out of order, naming the output file, occupation, period and field', () => {
    const broken = editRow(csv, '15-1254,', (row) => setCells(row, { [column.p75Annual]: '1' }));
    expect(() => importOews(broken)).toThrow(
      'oews-national.json (from oews-national.csv): occupations[3] (15-1254).periods[0] (2025-05).annual.p75: expected p75 to be at least median (92650), got 1',
    );
  });

  it('fails on a duplicate SOC and period', () => {
    expect(() => importOews(withExtraRow(csv, dataRow(csv, 1)))).toThrow('(15-1252, May 2025): period: duplicate row for 15-1252 May 2025');
  });

  it('fails when a column is missing or renamed', () => {
    expect(() => importOews(csv.replace('median_annual', 'a_median'))).toThrow('oews-national.csv: header does not match; missing: median_annual; unexpected: a_median');
  });
});
