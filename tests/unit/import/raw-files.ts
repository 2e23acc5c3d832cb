/**
 * The publishers' own files in ../shared/data/raw/, read once per test file, and altered copies of their sheets
 * made in memory or written to a temporary folder at test time (never committed).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeExcelFile from 'write-excel-file/node';
import { readWorkbook, type CellValue, type Sheet } from '../../../scripts/import/xlsx.ts';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const rawDir = path.resolve(projectRoot, '../shared/data/raw');
// The publishers' files live beside the project, not in it; without them these tests cannot run (and say so).
export const hasRawFiles = existsSync(path.join(rawDir, 'bls-oews', 'national_M2025_dl.xlsx'));

const cache = new Map<string, Promise<Map<string, Sheet>>>();

/** A workbook under raw/, read once per test file. */
export function rawWorkbook(file: string): Promise<Map<string, Sheet>> {
  let workbook = cache.get(file);
  if (!workbook) {
    workbook = readWorkbook(path.join(rawDir, file), file);
    cache.set(file, workbook);
  }
  return workbook;
}

/** A deep copy of a workbook whose sheets a test may change. */
export function copyOf(workbook: Map<string, Sheet>): Map<string, Sheet & { rows: CellValue[][] }> {
  return new Map([...workbook].map(([name, sheet]) => [name, { ...sheet, rows: sheet.rows.map((row) => [...row]) }]));
}

export function sheetIn(workbook: Map<string, Sheet & { rows: CellValue[][] }>, name: string): Sheet & { rows: CellValue[][] } {
  const sheet = workbook.get(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Removes one column from every row, as if the publisher had dropped it. */
export function removeColumn(sheet: { rows: CellValue[][] }, column: number): void {
  for (const row of sheet.rows) row.splice(column, 1);
}

/** Finds the Excel row number (1-based) whose given column holds a value. */
export function rowWhere(sheet: Sheet, column: number, value: CellValue): number {
  const index = sheet.rows.findIndex((row) => row[column] === value);
  if (index < 0) throw new Error(`no row with ${String(value)} in column ${column}`);
  return index + 1;
}

/** A temporary raw/ folder: every publisher file linked from the real one, except those a test replaces. */
export function temporaryRawDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'career-atlas-raw-'));
  for (const folder of readdirSync(rawDir)) {
    mkdirSync(path.join(dir, folder));
    for (const file of readdirSync(path.join(rawDir, folder))) symlinkSync(path.join(rawDir, folder, file), path.join(dir, folder, file));
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a workbook's sheets as a real .xlsx file (replacing a link made by temporaryRawDir). */
export async function writeWorkbook(workbook: Map<string, { rows: CellValue[][] }>, target: string): Promise<void> {
  rmSync(target, { force: true });
  const sheets = [...workbook].map(([name, sheet]) => ({
    sheet: name,
    data: sheet.rows.map((row) => row.map((value) => (value === null ? null : { value }))),
  }));
  await writeExcelFile(sheets as Parameters<typeof writeExcelFile>[0]).toFile(target);
}
