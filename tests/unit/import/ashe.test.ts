import { beforeAll, describe, expect, it } from 'vitest';
import { asheFolder, asheTables, importAshe, qualityOf } from '../../../scripts/import/ashe.ts';
import { copyOf, hasRawFiles, rawWorkbook, rowWhere, sheetIn } from './raw-files.ts';

type Workbooks = Parameters<typeof importAshe>[0];

describe('ONS CV bands', () => {
  it('bands a CV as ONS does', () => {
    expect([5, 5.1, 10, 10.1, 20, 20.1].map(qualityOf)).toEqual([
      'precise',
      'reasonably-precise',
      'reasonably-precise',
      'acceptable',
      'acceptable',
      'unreliable',
    ]);
  });
});

describe.runIf(hasRawFiles)('ONS ASHE 2024 provisional, Table 14 (14.5 and 14.7, a and b)', () => {
  let workbooks: Workbooks;
  beforeAll(async () => {
    const read = (file: string) => rawWorkbook(`${asheFolder}/${file}`);
    workbooks = {
      annual: { estimates: await read(asheTables.annual.estimates), cvs: await read(asheTables.annual.cvs) },
      hourly: { estimates: await read(asheTables.hourly.estimates), cvs: await read(asheTables.hourly.cvs) },
    };
  });

  it('reads every group with its CV and ONS quality band, and markers as markers', () => {
    const file = importAshe(workbooks);
    expect(file.groups.filter((group) => group.level === 'unit')).toHaveLength(412);
    const programmers = file.groups.find((group) => group.code === '2134');
    expect(programmers?.title).toBe('Programmers and software development professionals');
    expect(programmers?.annual.fullTime.median).toMatchObject({ value: 54669, quality: 'precise' });
    const median = programmers?.annual.fullTime.median;
    expect(median && 'cv' in median ? typeof median.cv : 'a marker, not a number').toBe('number');
    expect(programmers?.annual.all.medianChangePct).toMatchObject({ cv: null, quality: null });
    const suppressed = file.groups.find((group) => group.code === '9269');
    expect(suppressed?.annual.all.median).toEqual({ marker: 'x' });
    expect(file.groups.find((group) => group.code === '1161')?.annual.all.jobsThousands).toEqual({ marker: ':' });
  });

  it('stops at an unknown marker and at a CV table that does not line up, naming file, sheet, row and column', () => {
    const marked = { ...workbooks, annual: { ...workbooks.annual, estimates: copyOf(workbooks.annual.estimates) } };
    const all = sheetIn(marked.annual.estimates, 'All');
    const row = rowWhere(all, 1, '2134');
    (all.rows[row - 1] as unknown[])[3] = 'n';
    expect(() => importAshe(marked)).toThrow(
      `ons-ashe-2024-provisional/table-14.7a-annual-pay-gross-2024.xlsx, sheet "All", row ${row}, column D (Median): expected a number or one of ONS's markers (x .. : -), got "n"`,
    );
    const shifted = { ...workbooks, annual: { ...workbooks.annual, cvs: copyOf(workbooks.annual.cvs) } };
    const cvs = sheetIn(shifted.annual.cvs, 'All');
    cvs.rows.splice(row - 1, 1);
    expect(() => importAshe(shifted)).toThrow(
      `ons-ashe-2024-provisional/table-14.7b-annual-pay-gross-2024-cv.xlsx, sheet "All", row ${row}, column B (Code): expected the code 2134 of ons-ashe-2024-provisional/table-14.7a-annual-pay-gross-2024.xlsx at the same row, got "2135"`,
    );
  });

  it('stops at a changed header', () => {
    const altered = { ...workbooks, hourly: { ...workbooks.hourly, estimates: copyOf(workbooks.hourly.estimates) } };
    const sheet = sheetIn(altered.hourly.estimates, 'Full-Time');
    (sheet.rows[4] as unknown[])[5] = 'Average';
    expect(() => importAshe(altered)).toThrow(
      'ons-ashe-2024-provisional/table-14.5a-hourly-pay-gross-2024.xlsx, sheet "Full-Time", row 5, column F: expected the heading "Mean", got "Average"',
    );
  });
});
