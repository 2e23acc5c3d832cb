import { onetInterestAreas, onetProfileSchema } from '../../src/schemas/onet.ts';
import type {
  OnetDistributionInput,
  OnetJobZoneInput,
  OnetProfile,
  OnetProfileInput,
  OnetTaskInput,
  OnetTechnologySkillInput,
} from '../../src/schemas/onet.ts';
import { ImportError, parseWith } from './errors.ts';
import { compareBooleansTrueFirst, compareCodeUnits } from './order.ts';
import { cellAt, describeCell, expectHeader, numberAt, sheetError, sheetOf, textAt } from './xlsx.ts';
import type { Sheet } from './xlsx.ts';

export const onetSourceId = 'onet-29.3';
export const onetFolder = 'onet-29.3';

/** The O*NET files the site reads, each with its sheet name (Excel cuts long names at 31 characters) and header. */
export const onetInputs = {
  occupations: { file: 'Occupation Data.xlsx', sheet: 'Occupation Data', headings: ['O*NET-SOC Code', 'Title', 'Description'] },
  jobZones: { file: 'Job Zones.xlsx', sheet: 'Job Zones', headings: ['O*NET-SOC Code', 'Title', 'Job Zone', 'Date', 'Domain Source'] },
  jobZoneReference: {
    file: 'Job Zone Reference.xlsx',
    sheet: 'Job Zone Reference',
    headings: ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'],
  },
  tasks: {
    file: 'Task Statements.xlsx',
    sheet: 'Task Statements',
    headings: ['O*NET-SOC Code', 'Title', 'Task ID', 'Task', 'Task Type', 'Incumbents Responding', 'Date', 'Domain Source'],
  },
  technology: {
    file: 'Technology Skills.xlsx',
    sheet: 'Technology Skills',
    headings: ['O*NET-SOC Code', 'Title', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'],
  },
  alternateTitles: {
    file: 'Alternate Titles.xlsx',
    sheet: 'Alternate Titles',
    headings: ['O*NET-SOC Code', 'Title', 'Alternate Title', 'Short Title', 'Source(s)'],
  },
  related: {
    file: 'Related Occupations.xlsx',
    sheet: 'Related Occupations',
    headings: ['O*NET-SOC Code', 'Title', 'Related O*NET-SOC Code', 'Related Title', 'Relatedness Tier', 'Index'],
  },
  education: {
    file: 'Education, Training, and Experience.xlsx',
    sheet: 'Education, Training, and Experi',
    headings: [
      'O*NET-SOC Code',
      'Title',
      'Element ID',
      'Element Name',
      'Scale ID',
      'Scale Name',
      'Category',
      'Data Value',
      'N',
      'Standard Error',
      'Lower CI Bound',
      'Upper CI Bound',
      'Recommend Suppress',
      'Date',
      'Domain Source',
    ],
  },
  educationCategories: {
    file: 'Education, Training, and Experience Categories.xlsx',
    sheet: 'Education, Training, and Experi',
    headings: ['Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Category', 'Category Description'],
  },
  interests: {
    file: 'Interests.xlsx',
    sheet: 'Interests',
    headings: ['O*NET-SOC Code', 'Title', 'Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Data Value', 'Date', 'Domain Source'],
  },
} as const;
export type OnetInput = keyof typeof onetInputs;
export const onetInputFile = (input: OnetInput) => `${onetFolder}/${onetInputs[input].file}`;

export const onetAttribution =
  'This page includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';
export const onetModificationNotice =
  'The O*NET data were modified: converted from the O*NET 29.3 Excel files to JSON, with selected fields per occupation, by the Career Atlas authors. USDOL/ETA has not approved, endorsed, or tested these modifications.';

const onetCode = /^\d{2}-\d{4}\.\d{2}$/;

type Sheets = Record<OnetInput, Sheet>;

/** Every data row (from row 2) of a sheet whose header was checked. */
function* rowsOf(sheet: Sheet): Generator<number> {
  for (let row = 2; row <= sheet.rows.length; row += 1) {
    if ((sheet.rows[row - 1] ?? []).every((value) => value === null)) continue;
    yield row;
  }
}

function codeAt(sheet: Sheet, row: number, column = 0): string {
  const code = textAt(sheet, row, column, 'O*NET-SOC Code');
  if (!onetCode.test(code))
    throw sheetError(sheet, row, column, `expected an O*NET-SOC code such as 15-1252.00, got ${JSON.stringify(code)}`, 'O*NET-SOC Code');
  return code;
}

function yesNoAt(sheet: Sheet, row: number, column: number, heading: string, emptyMeans?: boolean): boolean {
  const value = cellAt(sheet, row, column);
  if (value === 'Y') return true;
  if (value === 'N') return false;
  if (value === null && emptyMeans !== undefined) return emptyMeans;
  throw sheetError(sheet, row, column, `expected Y or N, got ${describeCell(value)}`, heading);
}

function optionalTextAt(sheet: Sheet, row: number, column: number): string | null {
  const value = cellAt(sheet, row, column);
  if (value === null) return null;
  if (typeof value !== 'string') throw sheetError(sheet, row, column, `expected text or an empty cell, got ${describeCell(value)}`);
  return value.trim() === '' ? null : value.trim();
}

/** O*NET writes months as MM/YYYY. */
function monthAt(sheet: Sheet, row: number, column: number): string {
  const value = textAt(sheet, row, column, 'Date');
  const match = /^(\d{2})\/(\d{4})$/.exec(value);
  if (!match) throw sheetError(sheet, row, column, `expected a month as MM/YYYY, got ${JSON.stringify(value)}`, 'Date');
  return `${match[2]}-${match[1]}`;
}

function groupBy<T>(sheet: Sheet, known: ReadonlySet<string>, read: (row: number) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rowsOf(sheet)) {
    const code = codeAt(sheet, row);
    if (!known.has(code)) throw sheetError(sheet, row, 0, `${code} is not in ${onetInputs.occupations.file}`, 'O*NET-SOC Code');
    const list = groups.get(code) ?? [];
    list.push(read(row));
    groups.set(code, list);
  }
  return groups;
}

function jobZonesOf(sheets: Sheets): Map<number, Omit<OnetJobZoneInput, 'number'>> {
  const sheet = sheets.jobZoneReference;
  const zones = new Map<number, Omit<OnetJobZoneInput, 'number'>>();
  for (const row of rowsOf(sheet)) {
    zones.set(numberAt(sheet, row, 0, 'Job Zone'), {
      name: textAt(sheet, row, 1, 'Name'),
      experience: textAt(sheet, row, 2, 'Experience'),
      education: textAt(sheet, row, 3, 'Education'),
      jobTraining: textAt(sheet, row, 4, 'Job Training'),
      examples: textAt(sheet, row, 5, 'Examples'),
      svpRange: textAt(sheet, row, 6, 'SVP Range'),
    });
  }
  return zones;
}

/** Category labels of the RL and RW scales: the words before O*NET's " - " explanation. */
function categoryLabelsOf(sheet: Sheet): Map<string, string> {
  const labels = new Map<string, string>();
  for (const row of rowsOf(sheet)) {
    const scale = textAt(sheet, row, 2, 'Scale ID');
    const category = numberAt(sheet, row, 4, 'Category');
    labels.set(`${scale} ${category}`, (textAt(sheet, row, 5, 'Category Description').split(' - ')[0] ?? '').trim());
  }
  return labels;
}

type DistributionRow = { scale: string; category: number; percent: number; n: number; date: string; lowPrecision: boolean; row: number };

function distributionOf(
  rows: readonly DistributionRow[] | undefined,
  scale: 'RL' | 'RW',
  labels: Map<string, string>,
  sheet: Sheet,
): OnetDistributionInput | null {
  const picked = (rows ?? []).filter((entry) => entry.scale === scale).sort((a, b) => a.category - b.category);
  const first = picked[0];
  if (!first) return null;
  return {
    n: first.n,
    date: first.date,
    levels: picked.map((entry) => {
      const label = labels.get(`${scale} ${entry.category}`);
      if (!label)
        throw sheetError(sheet, entry.row, 6, `category ${entry.category} of scale ${scale} is not in ${onetInputs.educationCategories.file}`, 'Category');
      return { category: entry.category, label, percent: entry.percent, lowPrecision: entry.lowPrecision };
    }),
  };
}

/** PROVENANCE.md's order: In Demand first, then Hot Technology, then commodity title, then name. */
function bySkillOrder(a: OnetTechnologySkillInput, b: OnetTechnologySkillInput): number {
  return (
    compareBooleansTrueFirst(a.inDemand, b.inDemand) ||
    compareBooleansTrueFirst(a.hot, b.hot) ||
    compareCodeUnits(a.commodityTitle, b.commodityTitle) ||
    compareCodeUnits(a.name, b.name)
  );
}

/** Checks each sheet's header, so a renamed or removed column stops the import at that column. */
export function onetSheetsOf(workbooks: Record<OnetInput, Map<string, Sheet>>): Sheets {
  const sheets = {} as Sheets;
  for (const input of Object.keys(onetInputs) as OnetInput[]) {
    const { sheet: name, headings } = onetInputs[input];
    const sheet = sheetOf(workbooks[input], onetInputFile(input), name);
    expectHeader(sheet, 1, headings);
    sheets[input] = sheet;
  }
  return sheets;
}

/** The O*NET 29.3 workbooks → one validated profile per O*NET-SOC code, sorted by code. */
export function importOnet(sheets: Sheets): OnetProfile[] {
  const occupations = new Map<string, { title: string; description: string; row: number }>();
  for (const row of rowsOf(sheets.occupations)) {
    const code = codeAt(sheets.occupations, row);
    const earlier = occupations.get(code);
    if (earlier) throw sheetError(sheets.occupations, row, 0, `duplicate row for ${code} (also row ${earlier.row})`, 'O*NET-SOC Code');
    occupations.set(code, {
      title: textAt(sheets.occupations, row, 1, 'Title').trim(),
      description: textAt(sheets.occupations, row, 2, 'Description').trim(),
      row,
    });
  }
  const known = new Set(occupations.keys());
  const zoneText = jobZonesOf(sheets);
  const zones = groupBy(sheets.jobZones, known, (row) => {
    const number = numberAt(sheets.jobZones, row, 2, 'Job Zone');
    const text = zoneText.get(number);
    if (!text) throw sheetError(sheets.jobZones, row, 2, `Job Zone ${number} is not in ${onetInputs.jobZoneReference.file}`, 'Job Zone');
    return { number, ...text };
  });
  const tasks = groupBy(sheets.tasks, known, (row): OnetTaskInput => {
    const type = cellAt(sheets.tasks, row, 4);
    if (type !== null && type !== 'Core' && type !== 'Supplemental')
      throw sheetError(sheets.tasks, row, 4, `expected Core, Supplemental or an empty cell, got ${describeCell(type)}`, 'Task Type');
    return { id: numberAt(sheets.tasks, row, 2, 'Task ID'), text: textAt(sheets.tasks, row, 3, 'Task').trim(), category: type };
  });
  const technology = groupBy(sheets.technology, known, (row) => ({
    name: textAt(sheets.technology, row, 2, 'Example').trim(),
    commodityCode: numberAt(sheets.technology, row, 3, 'Commodity Code'),
    commodityTitle: textAt(sheets.technology, row, 4, 'Commodity Title').trim(),
    hot: yesNoAt(sheets.technology, row, 5, 'Hot Technology'),
    inDemand: yesNoAt(sheets.technology, row, 6, 'In Demand'),
  }));
  const alternateTitles = groupBy(sheets.alternateTitles, known, (row) => {
    const sources = textAt(sheets.alternateTitles, row, 4, 'Source(s)')
      .split(',')
      .map((code) => code.trim());
    if (sources.some((code) => !/^\d{2}$/.test(code)))
      throw sheetError(
        sheets.alternateTitles,
        row,
        4,
        `expected two-digit source codes separated by commas, got ${JSON.stringify(sources.join(','))}`,
        'Source(s)',
      );
    return { title: textAt(sheets.alternateTitles, row, 2, 'Alternate Title').trim(), shortTitle: optionalTextAt(sheets.alternateTitles, row, 3), sources };
  });
  const related = groupBy(sheets.related, known, (row) => ({
    code: codeAt(sheets.related, row, 2),
    title: textAt(sheets.related, row, 3, 'Related Title').trim(),
    // The cast hands the text on; the schema rejects an unknown tier, naming the field.
    tier: textAt(sheets.related, row, 4, 'Relatedness Tier') as 'Primary-Short',
    index: numberAt(sheets.related, row, 5, 'Index'),
  }));
  const labels = categoryLabelsOf(sheets.educationCategories);
  const ete = groupBy(sheets.education, known, (row): DistributionRow | undefined => {
    const scale = textAt(sheets.education, row, 4, 'Scale ID');
    if (scale !== 'RL' && scale !== 'RW') return undefined;
    return {
      scale,
      category: numberAt(sheets.education, row, 6, 'Category'),
      percent: numberAt(sheets.education, row, 7, 'Data Value'),
      n: numberAt(sheets.education, row, 8, 'N'),
      date: monthAt(sheets.education, row, 13),
      lowPrecision: yesNoAt(sheets.education, row, 12, 'Recommend Suppress', false),
      row,
    };
  });
  const interests = groupBy(sheets.interests, known, (row) => {
    if (textAt(sheets.interests, row, 4, 'Scale ID') !== 'OI') return undefined;
    const area = textAt(sheets.interests, row, 3, 'Element Name');
    if (!(onetInterestAreas as readonly string[]).includes(area))
      throw sheetError(sheets.interests, row, 3, `expected one of ${onetInterestAreas.join(', ')}, got ${JSON.stringify(area)}`, 'Element Name');
    return { area: area as (typeof onetInterestAreas)[number], score: numberAt(sheets.interests, row, 6, 'Data Value') };
  });

  return [...occupations.keys()].sort(compareCodeUnits).map((code) => {
    const occupation = occupations.get(code) as { title: string; description: string };
    const codeZones = zones.get(code) ?? [];
    if (codeZones.length > 1) throw new ImportError(`${onetInputFile('jobZones')}: expected one Job Zone row for ${code}, got ${codeZones.length}`);
    const profile: OnetProfileInput = {
      sourceId: onetSourceId,
      code,
      title: occupation.title,
      description: occupation.description,
      attribution: onetAttribution,
      modificationNotice: onetModificationNotice,
      jobZone: codeZones[0] ?? null,
      interests: (interests.get(code) ?? [])
        .filter((entry) => entry !== undefined)
        .sort((a, b) => onetInterestAreas.indexOf(a.area) - onetInterestAreas.indexOf(b.area)),
      // O*NET's order (by task id within the file) is kept as given.
      tasks: tasks.get(code) ?? [],
      technologySkills: [...(technology.get(code) ?? [])].sort(bySkillOrder),
      education: distributionOf(
        ete.get(code)?.filter((entry) => entry !== undefined),
        'RL',
        labels,
        sheets.education,
      ),
      experience: distributionOf(
        ete.get(code)?.filter((entry) => entry !== undefined),
        'RW',
        labels,
        sheets.education,
      ),
      alternateTitles: alternateTitles.get(code) ?? [],
      relatedOccupations: [...(related.get(code) ?? [])].sort((a, b) => a.index - b.index),
    };
    return parseWith(onetProfileSchema, profile, `onet/${code}.json (from ${onetFolder}/)`);
  });
}
