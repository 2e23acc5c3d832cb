import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Input rows are unedited copies of rows in /work/shared/data (the O*NET profile and index trimmed), in shuffled order.
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const inputDir = fileURLToPath(new URL('./fixtures/input/', import.meta.url));
export const expectedDir = fileURLToPath(new URL('./fixtures/expected/', import.meta.url));

export function readFixtureInput(relativePath: string): string {
  return readFileSync(path.join(inputDir, relativePath), 'utf8');
}

/** Every file under dir, as "/"-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The fixture CSVs keep the source files' CRLF line ends; edits must keep them, or csv-parse sees one long record. */
function splitLines(csvText: string): { lines: string[]; eol: string } {
  const eol = csvText.includes('\r\n') ? '\r\n' : '\n';
  return { lines: csvText.replace(/\r?\n$/, '').split(eol), eol };
}

/** Replaces the first data row that starts with `prefix` by `change(row)`; fails the test if no row matches. */
export function editRow(csvText: string, prefix: string, change: (row: string) => string): string {
  const { lines, eol } = splitLines(csvText);
  const index = lines.findIndex((line, position) => position > 0 && line.startsWith(prefix));
  if (index < 0) throw new Error(`no row starts with ${prefix}`);
  lines[index] = change(lines[index] ?? '');
  return `${lines.join(eol)}${eol}`;
}

/** Appends one row, keeping the file's line ends. */
export function withExtraRow(csvText: string, row: string): string {
  const { lines, eol } = splitLines(csvText);
  return `${[...lines, row].join(eol)}${eol}`;
}

/** Data row n (1 = first after the header), without its line end. */
export function dataRow(csvText: string, n: number): string {
  return splitLines(csvText).lines[n] ?? '';
}

/** Reverses the data rows, keeping the header first. */
export function reverseRows(csvText: string): string {
  const { lines: [header, ...rows], eol } = splitLines(csvText);
  return `${[header, ...rows.reverse()].join(eol)}${eol}`;
}
