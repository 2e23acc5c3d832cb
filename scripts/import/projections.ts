import { projectionsFileSchema } from '../../src/schemas/projections.ts';
import type { ProjectedOccupationInput, ProjectionsFile, ProjectionsFileInput } from '../../src/schemas/projections.ts';
import { ImportError, parseWith } from './errors.ts';
import { compareCodeUnits } from './order.ts';
import { cellAt, describeCell, expectHeader, numberAt, sheetError, sheetOf, textAt } from './xlsx.ts';
import type { Sheet } from './xlsx.ts';

export const projectionsInputFile = 'bls-ep/occupation.xlsx';
export const projectionsOutputFile = 'projections-2024-34.json';
export const projectionsSourceId = 'bls-ep-2024-34';

/** BLS's "not available" marker (an em dash). */
const dash = '—';

const table12Headings = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Occupation type',
  'Employment, 2024',
  'Employment, 2034',
  'Employment distribution, percent, 2024',
  'Employment distribution, percent, 2034',
  'Employment change, numeric, 2024–34',
  'Employment change, percent, 2024–34',
  'Percent self employed, 2024',
  'Occupational openings, 2024–34 annual average',
  'Median annual wage, dollars, 2024[1]',
  'Typical education needed for entry',
  'Work experience in a related occupation',
  'Typical on-the-job training needed to attain competency in the occupation',
  'Related Occupational Outlook Handbook (OOH) content xlsx',
] as const;
const table10Headings = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Occupation type',
  'Employment, 2024',
  'Employment, 2034',
  'Employment change, numeric, 2024–34',
  'Employment change, percent, 2024–34',
  'Labor force exit rate, 2024–34 annual average',
  'Occupational transfer rate, 2024–34 annual average',
  'Total occupational separations rate, 2024–34 annual average',
] as const;
const table12FactorHeadings = [
  '2024 National Employment Matrix occupation title',
  '2024 National Employment Matrix occupation code',
  '2024 National Employment Matrix industry title',
  '2024 National Employment Matrix industry code',
  'Factors affecting occupational utilization',
] as const;

/** The data rows of a table: from row 3 to the row before the first whose code column (B) is empty. */
function dataRows(sheet: Sheet): number[] {
  const rows: number[] = [];
  for (let row = 3; row <= sheet.rows.length; row += 1) {
    const code = cellAt(sheet, row, 1);
    if (code === null || code === '') break;
    rows.push(row);
  }
  if (rows.length === 0) throw new ImportError(`${sheet.file}, sheet "${sheet.name}": no data rows from row 3`);
  return rows;
}

function codeAt(sheet: Sheet, row: number): string {
  const code = textAt(sheet, row, 1, 'code');
  if (!/^\d{2}-\d{4}$/.test(code)) throw sheetError(sheet, row, 1, `expected a SOC code such as 15-1252, got ${JSON.stringify(code)}`, 'code');
  return code;
}

function optionalNumberAt(sheet: Sheet, row: number, column: number, heading: string): number | null {
  return cellAt(sheet, row, column) === dash ? null : numberAt(sheet, row, column, heading);
}

function optionalTextAt(sheet: Sheet, row: number, column: number, heading: string): string | null {
  const value = cellAt(sheet, row, column);
  return value === dash ? null : textAt(sheet, row, column, heading).trim();
}

/** Column L: dollars, the top-coded text ">=$239,200", or "—". */
function medianWageAt(sheet: Sheet, row: number): ProjectedOccupationInput['medianAnnualWage2024'] {
  const value = cellAt(sheet, row, 11);
  if (value === dash) return null;
  if (typeof value === 'string') {
    const topCoded = /^>=\$([\d,]+)$/.exec(value);
    if (topCoded) return { atLeast: Number(topCoded[1]?.replaceAll(',', '')) };
    throw sheetError(sheet, row, 11, `expected dollars, ">=$amount" (top-coded) or "—", got ${describeCell(value)}`, 'Median annual wage');
  }
  return numberAt(sheet, row, 11, 'Median annual wage');
}

type Separations = Pick<ProjectedOccupationInput, 'laborForceExitRatePct' | 'occupationalTransferRatePct' | 'totalSeparationsRatePct'>;

function separationsByCode(sheet: Sheet): Map<string, { row: number; values: Separations; employment: number }> {
  expectHeader(sheet, 2, table10Headings);
  const byCode = new Map<string, { row: number; values: Separations; employment: number }>();
  for (const row of dataRows(sheet)) {
    const code = codeAt(sheet, row);
    if (byCode.has(code)) throw sheetError(sheet, row, 1, `duplicate row for ${code} (also row ${byCode.get(code)?.row})`, 'code');
    byCode.set(code, {
      row,
      employment: numberAt(sheet, row, 3, 'Employment, 2024'),
      values: {
        laborForceExitRatePct: optionalNumberAt(sheet, row, 7, 'Labor force exit rate'),
        occupationalTransferRatePct: optionalNumberAt(sheet, row, 8, 'Occupational transfer rate'),
        totalSeparationsRatePct: optionalNumberAt(sheet, row, 9, 'Total occupational separations rate'),
      },
    });
  }
  return byCode;
}

/** Table 1.12, "Total, all industries" rows (industry code TE1000) only. */
function factorsByCode(sheet: Sheet): Map<string, string> {
  expectHeader(sheet, 2, table12FactorHeadings);
  const byCode = new Map<string, string>();
  for (const row of dataRows(sheet)) {
    if (cellAt(sheet, row, 3) !== 'TE1000') continue;
    const code = codeAt(sheet, row);
    if (byCode.has(code)) throw sheetError(sheet, row, 1, `a second "Total, all industries" row for ${code}`, 'Occupation code');
    byCode.set(code, textAt(sheet, row, 4, 'factor').trim());
  }
  return byCode;
}

/** occupation.xlsx → projections-2024-34.json: Table 1.2, joined with Tables 1.10 and 1.12 on the code. */
export function importProjections(workbook: Map<string, Sheet>): ProjectionsFile {
  const table12 = sheetOf(workbook, projectionsInputFile, 'Table 1.2');
  expectHeader(table12, 2, table12Headings);
  const table10 = sheetOf(workbook, projectionsInputFile, 'Table 1.10');
  const separations = separationsByCode(table10);
  const factors = factorsByCode(sheetOf(workbook, projectionsInputFile, 'Table 1.12'));
  const seen = new Map<string, number>();
  const occupations: ProjectedOccupationInput[] = dataRows(table12).map((row) => {
    const soc = codeAt(table12, row);
    if (seen.has(soc)) throw sheetError(table12, row, 1, `duplicate row for ${soc} (also row ${seen.get(soc)})`, 'code');
    seen.set(soc, row);
    const employment2024Thousands = numberAt(table12, row, 3, 'Employment, 2024');
    const separation = separations.get(soc);
    if (!separation) throw sheetError(table12, row, 1, `no row for ${soc} in sheet "Table 1.10"`, 'code');
    if (separation.employment !== employment2024Thousands) {
      throw sheetError(
        table10,
        separation.row,
        3,
        `expected the 2024 employment of Table 1.2 row ${row} (${employment2024Thousands}), got ${separation.employment}`,
        'Employment, 2024',
      );
    }
    return {
      soc,
      title: textAt(table12, row, 0, 'title').trim(),
      // The cast hands the text on; the schema rejects anything but Summary / Line item, naming the field.
      occupationType: textAt(table12, row, 2, 'Occupation type') as ProjectedOccupationInput['occupationType'],
      employment2024Thousands,
      employment2034Thousands: numberAt(table12, row, 4, 'Employment, 2034'),
      changeThousands: numberAt(table12, row, 7, 'Employment change, numeric'),
      changePct: numberAt(table12, row, 8, 'Employment change, percent'),
      selfEmployedPct: optionalNumberAt(table12, row, 9, 'Percent self employed'),
      openingsPerYearThousands: optionalNumberAt(table12, row, 10, 'Occupational openings'),
      medianAnnualWage2024: medianWageAt(table12, row),
      typicalEducation: optionalTextAt(table12, row, 12, 'Typical education'),
      workExperience: optionalTextAt(table12, row, 13, 'Work experience'),
      onTheJobTraining: optionalTextAt(table12, row, 14, 'On-the-job training'),
      ...separation.values,
      utilizationFactors: factors.get(soc) ?? null,
    };
  });
  for (const [code, { row }] of separations) {
    if (!seen.has(code)) throw sheetError(table10, row, 1, `${code} is not in sheet "Table 1.2"`, 'code');
  }
  const file: ProjectionsFileInput = {
    sourceId: projectionsSourceId,
    baseYear: 2024,
    targetYear: 2034,
    occupations: occupations.sort((a, b) => compareCodeUnits(a.soc, b.soc)),
  };
  return parseWith(projectionsFileSchema, file, `${projectionsOutputFile} (from ${projectionsInputFile})`);
}
