import { asheFileSchema, asheMarkers, ashePercentiles, soc2020Levels } from '../../src/schemas/ashe.ts';
import type { AsheFile, AsheFileInput, AsheMarker, AsheQuality } from '../../src/schemas/ashe.ts';
import { ImportError, parseWith } from './errors.ts';
import { cellAt, describeCell, expectHeader, sheetError, sheetOf, textAt } from './xlsx.ts';
import type { CellValue, Sheet } from './xlsx.ts';

export const asheOutputFile = 'ashe-2024-provisional.json';
export const asheSourceId = 'ons-ashe-2024-provisional';
export const asheFolder = 'ons-ashe-2024-provisional';

/** Table 14's two kinds of pay, each an estimates ("a") table and its CV ("b") table. */
export const asheTables = {
  annual: {
    table: '14.7',
    estimates: 'table-14.7a-annual-pay-gross-2024.xlsx',
    cvs: 'table-14.7b-annual-pay-gross-2024-cv.xlsx',
    title: 'Annual pay - Gross (£)',
  },
  hourly: {
    table: '14.5',
    estimates: 'table-14.5a-hourly-pay-gross-2024.xlsx',
    cvs: 'table-14.5b-hourly-pay-gross-2024-cv.xlsx',
    title: 'Hourly pay - Gross (£)',
  },
} as const;
export type AshePay = keyof typeof asheTables;

/** The employee sets the site shows, by sheet name, with the words each sheet's title uses. */
const employeeSets = { all: { sheet: 'All', words: 'all employee jobs' }, fullTime: { sheet: 'Full-Time', words: 'full-time employee jobs' } } as const;
type EmployeeSet = keyof typeof employeeSets;

/** Row 5 of every data sheet, A–Q (C, E and G read only as fragments; rows 3–4 hold the rest). */
const headings = ['Description', 'Code', '(thousand)', 'Median', 'change', 'Mean', 'change', 10, 20, 25, 30, 40, 60, 70, 75, 80, 90] as const;
const fields = ['jobsThousands', 'median', 'medianChangePct', 'mean', 'meanChangePct', ...ashePercentiles] as const;
type Field = (typeof fields)[number];
const firstGroupRow = 7;

const markers = new Set<string>(Object.keys(asheMarkers).filter((marker) => marker !== 'blank'));

/** ONS's CV bands: ≤5% precise, ≤10% reasonably precise, ≤20% acceptable, above that unreliable. */
export function qualityOf(cv: number): AsheQuality {
  if (cv <= 5) return 'precise';
  if (cv <= 10) return 'reasonably-precise';
  if (cv <= 20) return 'acceptable';
  return 'unreliable';
}

function cellOf(estimates: Sheet, cvs: Sheet, row: number, column: number) {
  const heading = String(headings[column]);
  const value = cellAt(estimates, row, column);
  if (value === null || value === '') return { marker: 'blank' as AsheMarker };
  if (typeof value === 'string') {
    if (markers.has(value.trim())) return { marker: value.trim() as AsheMarker };
    throw sheetError(estimates, row, column, `expected a number or one of ONS's markers (${[...markers].join(' ')}), got ${describeCell(value)}`, heading);
  }
  if (typeof value !== 'number') throw sheetError(estimates, row, column, `expected a number, got ${describeCell(value)}`, heading);
  const cv: CellValue = cellAt(cvs, row, column);
  if (typeof cv === 'number') return { value, cv, quality: qualityOf(cv) };
  // "x" in a CV table means the CV is too high to print; "." that no CV exists (the % change columns).
  if (cv === 'x') return { value, cv: null, quality: 'unreliable' as const };
  if (cv === '.' || cv === null) return { value, cv: null, quality: null };
  throw sheetError(cvs, row, column, `expected a CV, "x" or ".", got ${describeCell(cv)}`, heading);
}

function checkSheet(sheet: Sheet, tableId: string, title: string, words: string): void {
  const heading = textAt(sheet, 1, 0, 'title');
  const wanted = new RegExp(
    `^Table ${tableId.replace('.', '\\.')}\\s+(Coefficients of variation for )?${title.replace(/[()£]/g, '\\$&')} - For ${words}a: United Kingdom, 2024$`,
  );
  if (!wanted.test(heading.trim()))
    throw sheetError(sheet, 1, 0, `expected the title "Table ${tableId} … ${title} - For ${words}: United Kingdom, 2024", got ${describeCell(heading)}`);
  expectHeader(sheet, 5, headings);
  if (cellAt(sheet, 6, 0) !== 'All employees')
    throw sheetError(sheet, 6, 0, `expected "All employees", got ${describeCell(cellAt(sheet, 6, 0))}`, 'Description');
}

type Row = { code: string; title: string; row: number };

/** The group rows: from row 7 to the row before "Not Classified" (which has no code and is not a SOC group). */
function groupRows(sheet: Sheet): Row[] {
  const rows: Row[] = [];
  for (let row = firstGroupRow; ; row += 1) {
    const description = cellAt(sheet, row, 0);
    if (typeof description === 'string' && description.trim() === 'Not Classified') break;
    if (row > sheet.rows.length) throw new ImportError(`${sheet.file}, sheet "${sheet.name}": expected a "Not Classified" row after the groups`);
    const code = textAt(sheet, row, 1, 'Code').trim();
    if (!/^\d{1,4}$/.test(code)) throw sheetError(sheet, row, 1, `expected a SOC 2020 code of 1 to 4 digits, got ${JSON.stringify(code)}`, 'Code');
    rows.push({ code, title: textAt(sheet, row, 0, 'Description').trim(), row });
  }
  return rows;
}

type Estimates = Record<Field, ReturnType<typeof cellOf>>;
const estimatesAt = (estimates: Sheet, cvs: Sheet, row: number) =>
  Object.fromEntries(fields.map((field, index) => [field, cellOf(estimates, cvs, row, index + 2)])) as Estimates;

type Workbooks = Record<AshePay, { estimates: Map<string, Sheet>; cvs: Map<string, Sheet> }>;

/** ASHE Table 14.5 and 14.7 (a and b) → ashe-2024-provisional.json. */
export function importAshe(workbooks: Workbooks): AsheFile {
  const groups = new Map<
    string,
    { code: string; title: string; row: number; annual: Partial<Record<EmployeeSet, Estimates>>; hourly: Partial<Record<EmployeeSet, Estimates>> }
  >();
  const allEmployees = { annual: {} as Partial<Record<EmployeeSet, Estimates>>, hourly: {} as Partial<Record<EmployeeSet, Estimates>> };
  let order: string[] | undefined;
  for (const pay of Object.keys(asheTables) as AshePay[]) {
    const table = asheTables[pay];
    for (const set of Object.keys(employeeSets) as EmployeeSet[]) {
      const { sheet: name, words } = employeeSets[set];
      const estimates = sheetOf(workbooks[pay].estimates, `${asheFolder}/${table.estimates}`, name);
      const cvs = sheetOf(workbooks[pay].cvs, `${asheFolder}/${table.cvs}`, name);
      checkSheet(estimates, `${table.table}a`, table.title, words);
      checkSheet(cvs, `${table.table}b`, table.title, words);
      const rows = groupRows(estimates);
      const seen = new Map<string, number>();
      for (const { code, title, row } of rows) {
        if (seen.has(code)) throw sheetError(estimates, row, 1, `duplicate row for ${code} (also row ${seen.get(code)})`, 'Code');
        seen.set(code, row);
        const cvCode = cellAt(cvs, row, 1);
        if (cvCode !== code)
          throw sheetError(cvs, row, 1, `expected the code ${code} of ${estimates.file} at the same row, got ${describeCell(cvCode)}`, 'Code');
        const group = groups.get(code) ?? { code, title, row, annual: {}, hourly: {} };
        group[pay][set] = estimatesAt(estimates, cvs, row);
        groups.set(code, group);
      }
      // Every sheet must list the same groups in the same order, or the tables are from different editions.
      const codes = rows.map((entry) => entry.code);
      if (!order) order = codes;
      else if (codes.join() !== order.join()) {
        const index = codes.findIndex((code, position) => code !== order?.[position]);
        throw sheetError(
          estimates,
          firstGroupRow + Math.max(index, 0),
          1,
          `expected the same groups in the same order as every other Table 14 sheet; first difference: ${codes[index] ?? 'missing'} where ${order[index] ?? 'nothing'} was`,
          'Code',
        );
      }
      allEmployees[pay][set] = estimatesAt(estimates, cvs, 6);
    }
  }
  const file: AsheFileInput = {
    sourceId: asheSourceId,
    allEmployees: { label: 'All employees', ...allEmployees } as AsheFileInput['allEmployees'],
    groups: (order ?? []).map((code) => {
      const group = groups.get(code) as NonNullable<ReturnType<typeof groups.get>>;
      const level = soc2020Levels[code.length - 1] as (typeof soc2020Levels)[number];
      return {
        code,
        title: group.title,
        level,
        annual: group.annual as AsheFileInput['groups'][number]['annual'],
        hourly: group.hourly as AsheFileInput['groups'][number]['hourly'],
      };
    }),
  };
  return parseWith(asheFileSchema, file, `${asheOutputFile} (from ${asheFolder}/)`);
}
