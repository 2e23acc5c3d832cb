import { describe, expect, it } from 'vitest';
import { importOnetProfile, readOnetIndex } from '../../../scripts/import/onet.ts';
import { importTitleMatches } from '../../../scripts/import/title-matches.ts';
import { readFixtureInput } from './fixtures.ts';

const profileFile = 'onet/15-1254.00.json';
const profileText = readFixtureInput(profileFile);

/** The fixture profile with one change applied to its parsed JSON. */
function editedProfile(change: (profile: Record<string, unknown>) => void): string {
  const profile = JSON.parse(profileText) as Record<string, unknown>;
  change(profile);
  return JSON.stringify(profile);
}

describe('importOnetProfile', () => {
  it('keeps O*NET task order and unrated tasks as category null', () => {
    const profile = importOnetProfile(profileText, profileFile);
    expect(profile.tasks.map((task) => [task.id, task.category])).toEqual([[14707, 'Core'], [14694, 'Core'], [14723, 'Supplemental'], [21683, null]]);
  });

  it('orders technology skills In Demand, then Hot, then by commodity title and name, whatever the input order', () => {
    const reversed = editedProfile((profile) => {
      profile.technology_skills = [...(profile.technology_skills as unknown[])].reverse();
    });
    expect(importOnetProfile(reversed, profileFile)).toEqual(importOnetProfile(profileText, profileFile));
  });

  it('writes O*NET MM/YYYY dates as YYYY-MM', () => {
    expect(importOnetProfile(profileText, profileFile).education?.date).toBe('2017-07');
  });

  it('gives null education and experience where O*NET has no ratings', () => {
    const profile = importOnetProfile(editedProfile((source) => {
      source.education_training_experience = null;
    }), profileFile);
    expect(profile.education).toBeNull();
    expect(profile.experience).toBeNull();
  });

  it('fails on an unknown task category, naming the file and field', () => {
    const broken = editedProfile((profile) => {
      (profile.tasks as Record<string, unknown>[])[1]!.category = 'Optional';
    });
    expect(() => importOnetProfile(broken, profileFile)).toThrow(/^onet\/15-1254\.00\.json: tasks\[1\]\.category: /);
  });
});

describe('readOnetIndex', () => {
  it('lists the profiles and the release', () => {
    expect(readOnetIndex(readFixtureInput('onet/index.json'))).toEqual({
      sourceId: 'onet-29.3',
      profiles: [{ code: '15-1254.00', inputFile: 'onet/15-1254.00.json', outputFile: 'onet/15-1254.00.json' }],
    });
  });

  it('refuses a file name that is not the code, so output stays inside onet/', () => {
    const index = JSON.stringify({ onet_version: '29.3', occupations: [{ onet_soc_code: '15-1254.00', file: '../escape.json' }] });
    expect(() => readOnetIndex(index)).toThrow('onet/index.json: occupations[0].file: expected "15-1254.00.json", got "../escape.json"');
  });
});

describe('importTitleMatches', () => {
  it('splits source codes and gives null for a role without a match', () => {
    const matches = importTitleMatches(readFixtureInput('onet/role-title-matches.csv'));
    expect(matches[1]?.titleSources).toEqual(['02', '04', '10']);
    expect(matches[2]).toMatchObject({ siteRole: 'Lead Engineer', onetTitle: null, code: null, onetOccupation: null, titleSources: [] });
  });

  it('fails on a half-filled match row, naming the row', () => {
    const broken = 'site_role,onet_alternate_title,onet_soc_code,onet_title,title_sources,note\nTest Manager,QA Manager,,,,\n';
    expect(() => importTitleMatches(broken)).toThrow('onet-title-matches.json (from onet/role-title-matches.csv): [0] (Test Manager).code: expected onetTitle, code and onetOccupation to be all set or all null');
  });
});
