import { beforeAll, describe, expect, it } from 'vitest';
import { importProjections, projectionsInputFile } from '../../../scripts/import/projections.ts';
import type { Sheet } from '../../../scripts/import/xlsx.ts';
import { copyOf, hasRawFiles, rawWorkbook, removeColumn, rowWhere, sheetIn } from './raw-files.ts';

describe.runIf(hasRawFiles)('BLS Employment Projections 2024–34 (occupation.xlsx)', () => {
  let workbook: Map<string, Sheet>;
  beforeAll(async () => {
    workbook = await rawWorkbook(projectionsInputFile);
  });

  it('reads every row of Table 1.2, joined with Tables 1.10 and 1.12', () => {
    const file = importProjections(workbook);
    expect(file.occupations).toHaveLength(1113);
    expect(file.occupations.filter((row) => row.occupationType === 'Line item')).toHaveLength(832);
    expect(file.occupations.find((row) => row.soc === '15-1252')).toMatchObject({
      employment2024Thousands: 1693.8,
      employment2034Thousands: 1961.4,
      changePct: 15.8,
      openingsPerYearThousands: 115.2,
      medianAnnualWage2024: 133080,
      typicalEducation: "Bachelor's degree",
      workExperience: 'None',
    });
  });

  it('keeps "—" as null and the top-coded median ">=$239,200" as { atLeast }', () => {
    const file = importProjections(workbook);
    expect(file.occupations.find((row) => row.soc === '27-2011')?.medianAnnualWage2024).toBeNull();
    expect(file.occupations.find((row) => row.soc === '29-1243')?.medianAnnualWage2024).toEqual({ atLeast: 239200 });
    expect(file.occupations.find((row) => row.soc === '00-0000')?.typicalEducation).toBeNull();
  });

  it('stops at a removed column and at an unknown marker, naming file, sheet, row and column', () => {
    const removed = copyOf(workbook);
    removeColumn(sheetIn(removed, 'Table 1.2'), 9);
    expect(() => importProjections(removed)).toThrow(
      'bls-ep/occupation.xlsx, sheet "Table 1.2", row 2, column J: expected the heading "Percent self employed, 2024", got "Occupational openings, 2024–34 annual average"',
    );
    const marked = copyOf(workbook);
    const table = sheetIn(marked, 'Table 1.2');
    const row = rowWhere(table, 1, '15-1252');
    (table.rows[row - 1] as unknown[])[10] = 'n/a';
    expect(() => importProjections(marked)).toThrow(
      `bls-ep/occupation.xlsx, sheet "Table 1.2", row ${row}, column K (Occupational openings): expected a number, got "n/a"`,
    );
  });

  it('stops when Tables 1.2 and 1.10 disagree or a row is duplicated', () => {
    const altered = copyOf(workbook);
    const table10 = sheetIn(altered, 'Table 1.10');
    const row = rowWhere(table10, 1, '15-1252');
    (table10.rows[row - 1] as unknown[])[3] = 1700;
    expect(() => importProjections(altered)).toThrow(
      `sheet "Table 1.10", row ${row}, column D (Employment, 2024): expected the 2024 employment of Table 1.2 row 110 (1693.8), got 1700`,
    );
    const duplicated = copyOf(workbook);
    const table12 = sheetIn(duplicated, 'Table 1.2');
    table12.rows.splice(110, 0, [...(table12.rows[109] ?? [])]);
    expect(() => importProjections(duplicated)).toThrow('sheet "Table 1.2", row 111, column B (code): duplicate row for 15-1252 (also row 110)');
  });
});
