import { beforeAll, describe, expect, it } from 'vitest';
import { importOnet, onetInputFile, onetInputs, onetSheetsOf, type OnetInput } from '../../../scripts/import/onet.ts';
import { importSoc2020, soc2020InputFile } from '../../../scripts/import/soc2020.ts';
import type { Sheet } from '../../../scripts/import/xlsx.ts';
import type { OnetProfile } from '../../../src/schemas/onet.ts';
import { copyOf, hasRawFiles, rawWorkbook, sheetIn } from './raw-files.ts';

describe.runIf(hasRawFiles)('O*NET 29.3 workbooks', () => {
  let workbooks: Record<OnetInput, Map<string, Sheet>>;
  let profiles: Map<string, OnetProfile>;
  beforeAll(async () => {
    workbooks = {} as Record<OnetInput, Map<string, Sheet>>;
    for (const input of Object.keys(onetInputs) as OnetInput[]) workbooks[input] = await rawWorkbook(onetInputFile(input));
    profiles = new Map(importOnet(onetSheetsOf(workbooks)).map((profile) => [profile.code, profile]));
  }, 60_000);

  it('profiles all 1,016 codes, with short titles readers search for', () => {
    expect(profiles.size).toBe(1016);
    const nurses = profiles.get('29-1141.00');
    expect(nurses?.alternateTitles).toContainEqual({ title: 'Registered Nurse (RN)', shortTitle: 'RN', sources: ['02', '03', '04', '06', '08', '09', '10'] });
    expect(profiles.get('15-1254.00')?.alternateTitles.map((entry) => entry.title)).toContain('Back End Developer');
    expect(nurses?.interests.map((interest) => interest.area)).toEqual(['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional']);
  });

  it('says what O*NET lacks instead of inventing it', () => {
    expect(profiles.get('15-1252.00')?.education).toBeNull();
    expect(profiles.get('55-1011.00')).toMatchObject({ jobZone: null, tasks: [], technologySkills: [], interests: [] });
    const manager = profiles.get('15-1211.00');
    expect(manager?.education?.levels.some((level) => level.lowPrecision)).toBe(true);
  });

  it('stops at a code that is not in Occupation Data, and at a changed header', () => {
    const tasks = copyOf(workbooks.tasks);
    (sheetIn(tasks, 'Task Statements').rows[1] as unknown[])[0] = '99-9999.00';
    expect(() => importOnet(onetSheetsOf({ ...workbooks, tasks }))).toThrow(
      'onet-29.3/Task Statements.xlsx, sheet "Task Statements", row 2, column A (O*NET-SOC Code): 99-9999.00 is not in Occupation Data.xlsx',
    );
    const zones = copyOf(workbooks.jobZones);
    (sheetIn(zones, 'Job Zones').rows[0] as unknown[])[2] = 'Zone';
    expect(() => onetSheetsOf({ ...workbooks, jobZones: zones })).toThrow(
      'onet-29.3/Job Zones.xlsx, sheet "Job Zones", row 1, column C: expected the heading "Job Zone", got "Zone"',
    );
  });
});

describe.runIf(hasRawFiles)('ONS SOC 2020 Volume 1', () => {
  it('reads every group with its tasks and job titles', async () => {
    const file = importSoc2020(await rawWorkbook(soc2020InputFile));
    expect(file.groups.filter((group) => group.level === 'unit')).toHaveLength(412);
    const programmers = file.groups.find((group) => group.code === '2134');
    expect(programmers?.title).toBe('Programmers and software development professionals');
    expect(programmers?.tasks.length).toBeGreaterThan(3);
    expect(programmers?.relatedJobTitles.length).toBeGreaterThan(3);
  });
});
