import readExcelFile from 'read-excel-file/node';
import { ImportError } from './errors.ts';

/** What read-excel-file gives for a cell: text, a number, a boolean, a date, or null for an empty cell. */
export type CellValue = string | number | boolean | Date | null;

/** One worksheet: its rows as read, index 0 = Excel row 1. */
export interface Sheet {
  // Path of the workbook as the error messages name it, relative to the raw data folder.
  file: string;
  // Sheet name.
  name: string;
  rows: readonly (readonly CellValue[])[];
}

/** "A" for column index 0, "AB" for 27. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A place in a workbook; every error about a cell names file, sheet, row and column. */
export function sheetError(sheet: Sheet, row: number, column: number | undefined, message: string, heading?: string): ImportError {
  const where = column === undefined ? '' : `, column ${columnLetter(column)}${heading ? ` (${heading})` : ''}`;
  return new ImportError(`${sheet.file}, sheet "${sheet.name}", row ${row}${where}: ${message}`);
}

/** The cell at an Excel row number (1-based) and a column index (0-based). */
export function cellAt(sheet: Sheet, row: number, column: number): CellValue {
  return sheet.rows[row - 1]?.[column] ?? null;
}

export function describeCell(value: CellValue): string {
  if (value === null) return 'an empty cell';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return JSON.stringify(value);
}

/** Reads every sheet of a workbook. */
export async function readWorkbook(path: string, file: string): Promise<Map<string, Sheet>> {
  let sheets: { sheet: string; data: CellValue[][] }[];
  try {
    sheets = (await readExcelFile(path)) as { sheet: string; data: CellValue[][] }[];
  } catch (error) {
    throw new ImportError(`${file}: cannot read ${path} as an .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new Map(sheets.map(({ sheet, data }) => [sheet, { file, name: sheet, rows: data }]));
}

export function sheetOf(workbook: Map<string, Sheet>, file: string, name: string): Sheet {
  const sheet = workbook.get(name);
  if (!sheet) throw new ImportError(`${file}: expected a sheet named "${name}", got ${[...workbook.keys()].map((key) => `"${key}"`).join(', ')}`);
  return sheet;
}

/** Checks a header row cell by cell, so a renamed, moved or removed column stops the import at that column. */
export function expectHeader(sheet: Sheet, row: number, headings: readonly (string | number | null)[], normalise = (text: string) => text): void {
  headings.forEach((heading, column) => {
    if (heading === null) return;
    const value = cellAt(sheet, row, column);
    const actual = typeof value === 'string' ? normalise(value) : value;
    if (actual !== heading)
      throw sheetError(sheet, row, column, `expected the heading ${JSON.stringify(heading)}, got ${describeCell(value)}; the publisher's layout has changed`);
  });
}

/** Text of a cell that must hold text. */
export function textAt(sheet: Sheet, row: number, column: number, heading: string): string {
  const value = cellAt(sheet, row, column);
  if (typeof value !== 'string' || value.trim() === '') throw sheetError(sheet, row, column, `expected text, got ${describeCell(value)}`, heading);
  return value;
}

/** A number cell; a numeric string is not accepted, so a format change is noticed rather than guessed at. */
export function numberAt(sheet: Sheet, row: number, column: number, heading: string): number {
  const value = cellAt(sheet, row, column);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw sheetError(sheet, row, column, `expected a number, got ${describeCell(value)}`, heading);
  return value;
}
