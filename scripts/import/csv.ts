import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ImportError } from './errors.ts';

/** One data row: its line in the file (for messages) and its cells by column name, as written. */
export type CsvRow<Column extends string> = { line: number; cells: Record<Column, string> };

const parsedRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

function readRecords(text: string, file: string): z.output<typeof parsedRecords> {
  try {
    return parsedRecords.parse(parse(text, { bom: true, skip_empty_lines: true, info: true }));
  } catch (error) {
    throw new ImportError(`${file}: not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads a CSV whose header must be exactly `columns`, in that order, so a renamed or moved column fails loudly. */
export function readCsv<const Column extends string>(text: string, file: string, columns: readonly Column[]): CsvRow<Column>[] {
  const [header, ...records] = readRecords(text, file);
  const names = header?.record ?? [];
  if (names.join(',') !== columns.join(',')) {
    const missing = columns.filter((column) => !names.includes(column));
    const unexpected = names.filter((name) => !(columns as readonly string[]).includes(name));
    throw new ImportError(
      `${file}: header does not match; missing: ${missing.join(', ') || 'none'}; unexpected: ${unexpected.join(', ') || 'none'}; expected order: ${columns.join(',')}`,
    );
  }
  return records.map(({ record, info }) => ({
    line: info.lines,
    // csv-parse rejects rows whose cell count differs from the header's, so every column has a cell.
    cells: Object.fromEntries(columns.map((column, index) => [column, record[index] ?? ''])) as Record<Column, string>,
  }));
}
