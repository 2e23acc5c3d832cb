import { projectionsFileSchema } from '../../src/schemas/projections.ts';
import type { ProjectedOccupationInput, ProjectionsFile, ProjectionsFileInput } from '../../src/schemas/projections.ts';
import { numberCell, optionalNumberCell, optionalTextCell } from './cells.ts';
import { readCsv } from './csv.ts';
import type { CsvRow } from './csv.ts';
import { cellError, ImportError, parseWith } from './errors.ts';
import type { RowPlace } from './errors.ts';
import { compareCodeUnits } from './order.ts';

export const projectionsInputFile = 'projections-2024-34.csv';
export const projectionsOutputFile = 'projections-2024-34.json';

const columns = [
  'soc', 'title', 'occupation_type', 'employment_2024_thousands', 'employment_2034_thousands',
  'change_numeric_thousands', 'change_pct', 'pct_self_employed_2024', 'openings_per_year_thousands',
  'median_annual_wage_2024', 'typical_education', 'work_experience', 'on_the_job_training',
  'labor_force_exit_rate_pct', 'occupational_transfer_rate_pct', 'total_separations_rate_pct',
  'utilization_factors_all_industries', 'source_id',
] as const;
type Row = CsvRow<(typeof columns)[number]>;

function placeOf(row: Row): RowPlace {
  return { file: projectionsInputFile, line: row.line, row: row.cells.soc };
}

function occupationOf(row: Row): ProjectedOccupationInput {
  const place = placeOf(row);
  const { cells } = row;
  const required = (column: (typeof columns)[number]) => numberCell(cells[column], place, column);
  const optional = (column: (typeof columns)[number]) => optionalNumberCell(cells[column], place, column);
  return {
    soc: cells.soc,
    title: cells.title,
    // The cast only hands the text on; projectionsFileSchema rejects anything but Summary / Line item.
    occupationType: cells.occupation_type as ProjectedOccupationInput['occupationType'],
    employment2024Thousands: required('employment_2024_thousands'),
    employment2034Thousands: required('employment_2034_thousands'),
    changeThousands: required('change_numeric_thousands'),
    changePct: required('change_pct'),
    selfEmployedPct: optional('pct_self_employed_2024'),
    openingsPerYearThousands: optional('openings_per_year_thousands'),
    medianAnnualWage2024: optional('median_annual_wage_2024'),
    typicalEducation: optionalTextCell(cells.typical_education),
    workExperience: optionalTextCell(cells.work_experience),
    onTheJobTraining: optionalTextCell(cells.on_the_job_training),
    laborForceExitRatePct: optional('labor_force_exit_rate_pct'),
    occupationalTransferRatePct: optional('occupational_transfer_rate_pct'),
    totalSeparationsRatePct: optional('total_separations_rate_pct'),
    utilizationFactors: optionalTextCell(cells.utilization_factors_all_industries),
  };
}

/** The file cites one release; a row citing another means rows from two editions were mixed. */
function sourceIdOf(rows: Row[]): string {
  const first = rows[0];
  if (!first) throw new ImportError(`${projectionsInputFile}: no data rows`);
  for (const row of rows) {
    if (row.cells.source_id !== first.cells.source_id) {
      throw cellError(placeOf(row), 'source_id', `expected ${first.cells.source_id} like line ${first.line}, got ${row.cells.source_id}`);
    }
  }
  return first.cells.source_id;
}

/** projections-2024-34.csv text → the validated content of projections-2024-34.json. */
export function importProjections(csvText: string): ProjectionsFile {
  const rows = readCsv(csvText, projectionsInputFile, columns);
  const seen = new Map<string, number>();
  for (const row of rows) {
    const earlier = seen.get(row.cells.soc);
    if (earlier !== undefined) throw cellError(placeOf(row), 'soc', `duplicate row (also line ${earlier})`);
    seen.set(row.cells.soc, row.line);
  }
  const file: ProjectionsFileInput = {
    sourceId: sourceIdOf(rows),
    // The column names fix the edition's years (employment_2024_thousands, employment_2034_thousands).
    baseYear: 2024,
    targetYear: 2034,
    occupations: rows.map(occupationOf).sort((a, b) => compareCodeUnits(a.soc, b.soc)),
  };
  return parseWith(projectionsFileSchema, file, `${projectionsOutputFile} (from ${projectionsInputFile})`);
}
