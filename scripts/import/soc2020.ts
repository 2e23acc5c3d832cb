import { soc2020Levels } from '../../src/schemas/ashe.ts';
import { soc2020FileSchema } from '../../src/schemas/soc2020.ts';
import type { Soc2020File, Soc2020FileInput } from '../../src/schemas/soc2020.ts';
import { ImportError, parseWith } from './errors.ts';
import { cellAt, describeCell, expectHeader, sheetError, sheetOf } from './xlsx.ts';
import type { Sheet } from './xlsx.ts';

export const soc2020InputFile = 'ons-soc2020/soc2020volume1structureanddescriptionofunitgroupsexcel03122025v2.xlsx';
export const soc2020OutputFile = 'soc2020.json';
export const soc2020SourceId = 'ons-soc2020-volume1';

const headings = [
  'SOC 2020 Major Group',
  'SOC 2020 Sub-Major Group',
  'SOC 2020 Minor Group',
  'SOC 2020 Unit Group',
  'SOC 2020 Group Title',
  'Groups Classified Within Sub-Groups',
  'Group Description',
  'Typical Entry Routes And Associated Qualifications',
  'Tasks',
  'Related Job Titles',
] as const;
const column = (heading: (typeof headings)[number]) => headings.indexOf(heading);

/** ONS writes "<blank>" in empty cells. */
const blank = '<blank>';
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function textOrNull(sheet: Sheet, row: number, heading: (typeof headings)[number]): string | null {
  const value = cellAt(sheet, row, column(heading));
  if (value === blank || value === null) return null;
  if (typeof value !== 'string') throw sheetError(sheet, row, column(heading), `expected text or "<blank>", got ${describeCell(value)}`, heading);
  return value.replace(/\r\n/g, '\n').trim();
}

/** A list cell: lines starting with "~"; a line without one continues the item above it. */
function listOf(sheet: Sheet, row: number, heading: 'Tasks' | 'Related Job Titles'): string[] {
  const text = textOrNull(sheet, row, heading);
  if (text === null) return [];
  const items: string[] = [];
  for (const line of text
    .split('\n')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')) {
    if (line.startsWith('~')) items.push(line.slice(1).trim());
    else if (items.length > 0) items[items.length - 1] = `${items[items.length - 1]} ${line}`;
    else throw sheetError(sheet, row, column(heading), `expected each item to start with "~", got ${JSON.stringify(line.slice(0, 60))}`, heading);
  }
  return items;
}

/** SOC 2020 Volume 1 → soc2020.json: every group with its title, description, entry routes, tasks and job titles. */
export function importSoc2020(workbook: Map<string, Sheet>): Soc2020File {
  const sheet = sheetOf(workbook, soc2020InputFile, 'SOC2020 descriptions');
  expectHeader(sheet, 1, headings, normalise);
  const groups: Soc2020FileInput['groups'] = [];
  const seen = new Map<string, number>();
  for (let row = 2; row <= sheet.rows.length; row += 1) {
    if ((sheet.rows[row - 1] ?? []).every((value) => value === null)) continue;
    const levels = soc2020Levels.map((_, index) => cellAt(sheet, row, index));
    const filled = levels.map((value, index) => ({ value, index })).filter(({ value }) => value !== blank && value !== null);
    const [only] = filled;
    if (filled.length !== 1 || !only) throw sheetError(sheet, row, 0, `expected exactly one of columns A–D to hold a code, got ${filled.length}`);
    const code = String(only.value).trim();
    if (!new RegExp(`^\\d{${only.index + 1}}$`).test(code))
      throw sheetError(sheet, row, only.index, `expected a ${only.index + 1}-digit code, got ${describeCell(only.value)}`, headings[only.index]);
    if (seen.has(code)) throw sheetError(sheet, row, only.index, `duplicate row for ${code} (also row ${seen.get(code)})`, headings[only.index]);
    seen.set(code, row);
    const title = textOrNull(sheet, row, 'SOC 2020 Group Title');
    const description = textOrNull(sheet, row, 'Group Description');
    if (!title) throw sheetError(sheet, row, column('SOC 2020 Group Title'), 'expected a title', 'SOC 2020 Group Title');
    if (!description) throw sheetError(sheet, row, column('Group Description'), 'expected a description', 'Group Description');
    groups.push({
      code,
      level: soc2020Levels[only.index] as (typeof soc2020Levels)[number],
      title: normalise(title),
      description: normalise(description),
      entryRoutes: (() => {
        const routes = textOrNull(sheet, row, 'Typical Entry Routes And Associated Qualifications');
        return routes === null ? null : normalise(routes);
      })(),
      tasks: listOf(sheet, row, 'Tasks'),
      relatedJobTitles: listOf(sheet, row, 'Related Job Titles'),
    });
  }
  if (groups.length === 0) throw new ImportError(`${soc2020InputFile}, sheet "${sheet.name}": no groups`);
  return parseWith(soc2020FileSchema, { sourceId: soc2020SourceId, groups }, `${soc2020OutputFile} (from ${soc2020InputFile})`);
}
