import { beforeAll, describe, expect, it } from 'vitest';
import { importOews, oewsInputFile, readOewsYear } from '../../../scripts/import/oews.ts';
import type { Sheet } from '../../../scripts/import/xlsx.ts';
import { copyOf, hasRawFiles, rawWorkbook, removeColumn, rowWhere, sheetIn } from './raw-files.ts';

describe.runIf(hasRawFiles)('OEWS national workbooks (BLS, May 2021–May 2025)', () => {
  let may2025: Map<string, Sheet>;
  let may2024: Map<string, Sheet>;
  let may2021: Map<string, Sheet>;
  beforeAll(async () => {
    [may2025, may2024, may2021] = await Promise.all([rawWorkbook(oewsInputFile(2025)), rawWorkbook(oewsInputFile(2024)), rawWorkbook(oewsInputFile(2021))]);
  });

  it('reads every row, keyed on code and level, with the figures BLS published', () => {
    const rows = readOewsYear(may2025, 2025);
    expect(rows).toHaveLength(1401);
    expect(rows.filter((row) => row.level === 'detailed')).toHaveLength(830);
    const web = rows.find((row) => row.soc === '15-1254');
    expect(web?.place.row).toBe(151);
    expect(web?.entry).toMatchObject({
      period: '2025-05',
      label: 'May 2025',
      employment: 70190,
      employmentRsePct: 6.7,
      wageBasis: 'annual-and-hourly',
      topCode: { annual: 239200, hourly: 115 },
    });
    expect(web?.entry.annual).toMatchObject({ median: 92650, mean: 98770 });
    // Seven codes are published at both broad and detailed level.
    expect(rows.filter((row) => row.soc === '13-1020').map((row) => row.level)).toEqual(['broad', 'detailed']);
  });

  it('keeps markers as data: "#" as the year\'s top code, "*" as not available, annual-only and hourly-only sets as null', () => {
    const managers = readOewsYear(may2024, 2024).find((row) => row.soc === '11-3021');
    expect(managers?.entry.annual?.p90).toEqual({ atLeast: 239200 });
    expect(managers?.entry.hourly?.p90).toEqual({ atLeast: 115 });
    const rows2021 = readOewsYear(may2021, 2021);
    const psychiatrists = rows2021.find((row) => row.soc === '29-1223');
    expect(psychiatrists?.entry.topCode).toEqual({ annual: 208000, hourly: 100 });
    expect(psychiatrists?.entry.annual?.median).toEqual({ atLeast: 208000 });
    const models = rows2021.find((row) => row.soc === '41-9012');
    expect(models?.entry).toMatchObject({ wageBasis: 'annual-and-hourly', meanWageRsePct: { notAvailable: true } });
    expect(models?.entry.annual?.median).toEqual({ notAvailable: true });
    const teachers = rows2021.find((row) => row.soc === '25-2021');
    expect(teachers?.entry).toMatchObject({ wageBasis: 'annual-only', hourly: null });
    const actors = rows2021.find((row) => row.soc === '27-2011');
    expect(actors?.entry).toMatchObject({ wageBasis: 'hourly-only', annual: null });
  });

  it('stops at a removed column, naming file, sheet, row and column', () => {
    const altered = copyOf(may2025);
    removeColumn(sheetIn(altered, 'national_M2025_dl'), 27);
    expect(() => readOewsYear(altered, 2025)).toThrow(
      'bls-oews/national_M2025_dl.xlsx, sheet "national_M2025_dl", row 1, column AB: expected the heading "A_MEDIAN", got "A_PCT75"; the publisher\'s layout has changed',
    );
  });

  it('stops at a marker it does not know', () => {
    const altered = copyOf(may2025);
    const sheet = sheetIn(altered, 'national_M2025_dl');
    const row = rowWhere(sheet, 8, '15-1254');
    (sheet.rows[row - 1] as unknown[])[27] = '~';
    expect(() => readOewsYear(altered, 2025)).toThrow(
      'bls-oews/national_M2025_dl.xlsx, sheet "national_M2025_dl", row 151, column AB (A_MEDIAN): expected a wage, "#" (top-coded) or "*" (not available), got "~"',
    );
  });

  it('stops at a duplicated row', () => {
    const altered = copyOf(may2025);
    const sheet = sheetIn(altered, 'national_M2025_dl');
    sheet.rows.push([...(sheet.rows[150] ?? [])]);
    expect(() => readOewsYear(altered, 2025)).toThrow(
      `row ${sheet.rows.length}, column I (OCC_CODE): duplicate row for 15-1254 at level detailed (also row 151)`,
    );
  });

  it('stops when an occupation publishes only annual wages but an hourly cell holds a number', () => {
    const altered = copyOf(may2021);
    const sheet = sheetIn(altered, 'national_M2021_dl');
    const row = rowWhere(sheet, 8, '25-2021');
    (sheet.rows[row - 1] as unknown[])[22] = 29.52;
    expect(() => readOewsYear(altered, 2021)).toThrow(`row ${row}, column W (H_MEDIAN): expected "*" because the occupation is annual-only, got 29.52`);
  });

  it('stops when the release notes no longer state the top code', () => {
    const altered = copyOf(may2025);
    const notes = sheetIn(altered, 'Field Descriptions');
    for (const row of notes.rows) if (typeof row[0] === 'string' && row[0].startsWith('#')) row[0] = '# = top-coded';
    expect(() => readOewsYear(altered, 2025)).toThrow(
      'bls-oews/national_M2025_dl.xlsx, sheet "Field Descriptions": expected a note "# = indicates a wage equal to or greater than $… per hour or $… per year", got "# = top-coded"',
    );
  });

  it('gives a code present in one year only one period, and says nothing is missing for the others', () => {
    const may2025Only = copyOf(may2025);
    const sheet = sheetIn(may2025Only, 'national_M2025_dl');
    const copy = [...(sheet.rows[150] ?? [])];
    copy[8] = '15-1259';
    copy[9] = 'Web Developers, Test Only';
    sheet.rows.push(copy);
    const file = importOews([readOewsYear(may2024, 2024), readOewsYear(may2025Only, 2025)]);
    const added = file.occupations.find((occupation) => occupation.soc === '15-1259');
    expect(added?.periods.map((period) => period.label)).toEqual(['May 2025']);
    // Legislators are in May 2021–2024 but not May 2025; their entry keeps the years that exist.
    const legislators = file.occupations.find((occupation) => occupation.soc === '11-1031');
    expect(legislators?.periods.map((period) => period.label)).toEqual(['May 2024']);
    expect(file.sourceIds).toEqual([
      'bls-oews-m2021-national',
      'bls-oews-m2022-national',
      'bls-oews-m2023-national',
      'bls-oews-m2024-national',
      'bls-oews-m2025-national',
    ]);
  });
});
