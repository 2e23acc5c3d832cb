import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, runCheck } from '../../../scripts/check/content-check.ts';
import type { Finding } from '../../../scripts/check/finding.ts';
import { contentTree, fixtures, projectRoot, removeWorkspaces, TODAY } from './support/workspace.ts';

let previousToday: string | undefined;
beforeAll(() => {
  previousToday = process.env.CHECK_TODAY;
  process.env.CHECK_TODAY = TODAY;
});
afterAll(() => {
  if (previousToday === undefined) delete process.env.CHECK_TODAY;
  else process.env.CHECK_TODAY = previousToday;
});
afterEach(removeWorkspaces);

function placed(findings: Finding[]) {
  return findings.map(({ file, line, column, field, message, severity }) => ({ file, line, column, field, message, severity }));
}

function error(file: string, line: number, column: number, field: string, message: string) {
  return { file, line, column, field, message, severity: 'error' };
}

async function findingsIn(files: Record<string, string | null>, overlays: string[] = []) {
  return placed(await checkContent(contentTree(overlays, files)));
}

const SAFE_URLS = 'only http:, https:, mailto:, relative and #fragment URLs are allowed';
const clean = (name: string) => readFileSync(path.join(fixtures, 'content', 'clean', 'content', name), 'utf8');
const tester = clean('roles/tester.mdx');
const developer = clean('roles/developer.mdx');

describe('checkContent on the defects fixture', () => {
  it('reports every defect at once, each at its line and column', async () => {
    expect(placed(await checkContent(contentTree(['content/defects'])))).toEqual([
      error('content/data/onet/15-1254.00.json', 100, 15, 'education.levels', 'expected the level percentages to add up to 100'),
      // The syntax error hides nothing else: the fields it leaves missing are reported too.
      error('content/roles/qa-lead.mdx', 2, 1, 'education', 'expected a mapping of fields, got nothing'),
      error('content/roles/qa-lead.mdx', 2, 1, 'qualifications', 'expected a list, got nothing'),
      error('content/roles/qa-lead.mdx', 2, 1, 'responsibilities', 'expected a list, got nothing'),
      error('content/roles/qa-lead.mdx', 2, 1, 'skills', 'expected a mapping of fields, got nothing'),
      error(
        'content/roles/qa-lead.mdx',
        9,
        4,
        'yaml',
        'this line is indented less than the line above it on line 8; fields of one entry start in the same column',
      ),
      error('content/roles/qa-lead.mdx', 13, 1, 'body', 'esm-import: import of Widget from "../../src/evil.ts" is not allowed; no imports are allowed'),
      error(
        'content/roles/test-analyst.mdx',
        2,
        1,
        'family',
        'expected one of engineering, data, infrastructure, quality, support, product, design, leadership, got nothing',
      ),
      error('content/roles/test-analyst.mdx', 5, 25, 'related[1]', 'expected the id of a role, got "quality-lead"'),
      error('content/roles/test-analyst.mdx', 24, 10, 'body', `unsafe-url: unsafe URL "javascript:alert(1)" in link; ${SAFE_URLS}`),
      error(
        'content/roles/test-manager.mdx',
        2,
        8,
        'title',
        'expected a title no other role uses, got "Test Manager", already the title of content/roles/test-analyst.mdx',
      ),
      error('content/roles/test-manager.mdx', 9, 15, 'salaries[0].currency', 'expected an ISO 4217 currency code such as USD or GBP, got "gbp"'),
      error('content/roles/test-manager.mdx', 11, 13, 'salaries[0].median', 'expected a positive number, got -5'),
      error('content/roles/test-manager.mdx', 17, 13, 'salaries[1].median', 'expected a positive number, got "lots"'),
      error('content/roles/test-manager.mdx', 18, 5, 'salaries[1].sampel', 'expected a known field, got "sampel"; did you mean "sample"?'),
      error('content/roles/test-manager.mdx', 19, 11, 'salaries[1].asOf', 'expected a date no later than today (2026-11-23), got 2027-01'),
      error('content/roles/test-manager.mdx', 20, 13, 'salaries[2].source', 'expected the id of a source in content/sources.yaml, got "no-such-source"'),
      error('content/roles/test-manager.mdx', 30, 23, 'skills.languages[1]', 'expected the id of a skill in content/skills.yaml, got "klingon"'),
      error('content/sources.yaml', 82, 8, '[9].via', 'expected the id of a source in this file, got "no-such-site"'),
    ]);
  });

  it('names the rule behind each finding and counts the files it read', async () => {
    const result = await runCheck(contentTree(['content/defects']));
    expect(result.files).toBe(13);
    expect(result.findings.map((finding) => finding.rule)).toEqual([
      'schema',
      'schema',
      'schema',
      'schema',
      'schema',
      'yaml-syntax',
      'esm-import',
      'schema',
      'reference',
      'unsafe-url',
      'duplicate-title',
      'schema',
      'schema',
      'schema',
      'unknown-field',
      'schema',
      'reference',
      'reference',
      'schema',
    ]);
  });

  it('finds the same with the role files shared between worker threads', async () => {
    const root = contentTree(['content/defects']);
    const alone = await runCheck(root, { threads: 1 });
    const shared = await runCheck(root, { threads: 3 });
    expect(shared).toEqual(alone);
  });
});

describe('checkContent with worker threads', () => {
  it('fails, instead of waiting for ever, when a worker cannot read its files', async () => {
    const root = contentTree();
    mkdirSync(path.join(root, 'content', 'roles', 'zz-folder.mdx'));
    await expect(runCheck(root, { threads: 2 })).rejects.toThrow(/EISDIR/);
  });
});

describe('checkContent on clean and stale content', () => {
  it('finds nothing in the clean fixture, template included', async () => {
    expect(await checkContent(contentTree())).toEqual([]);
  });

  it('warns once about a figure older than the maximum age', async () => {
    expect(placed(await checkContent(contentTree(['content/stale'])))).toEqual([
      {
        file: 'content/roles/developer.mdx',
        line: 25,
        column: 11,
        field: 'salaries[0].asOf',
        message: 'figure for 2022-05 is 4 years old; check for a newer figure',
        severity: 'warning',
      },
    ]);
  });

  it('takes the maximum age from options and today from CHECK_TODAY', async () => {
    const root = contentTree(['content/stale']);
    expect(await checkContent(root, { maxAgeYears: 5 })).toEqual([]);
    process.env.CHECK_TODAY = '2031-01-01';
    try {
      expect((await checkContent(root)).map((finding) => finding.message)).toEqual([
        'figure for 2022-05 is 8 years old; check for a newer figure',
        'figure for 2026 is 4 years old; check for a newer figure',
      ]);
    } finally {
      process.env.CHECK_TODAY = TODAY;
    }
  });
});

describe('checkContent on the project', () => {
  it('accepts the editors’ template, placeholders and all, and finds no errors in the content', async () => {
    // The real content is dated by the real calendar (it is reviewed after the fixtures' fixed day), so it is
    // judged on today's date, as `npm run check` judges it.
    delete process.env.CHECK_TODAY;
    let findings: Finding[];
    try {
      findings = await checkContent(projectRoot);
    } finally {
      process.env.CHECK_TODAY = TODAY;
    }
    expect(findings.filter((finding) => finding.file === 'content/roles/_template.mdx')).toEqual([]);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe('checkContent on single defects', () => {
  it('reports a missing frontmatter block once, at 1:1', async () => {
    expect(await findingsIn({ 'content/roles/empty.mdx': '# Just a heading\n\nNo frontmatter here.\n' })).toEqual([
      error('content/roles/empty.mdx', 1, 1, 'frontmatter', 'expected a YAML frontmatter block between --- lines at the top of the file, got none'),
    ]);
  });

  it('reports slugs that differ only in case, and file names that are not slugs', async () => {
    expect(await findingsIn({ 'content/roles/Tester.mdx': tester.replace('title: Tester', 'title: Other tester') })).toEqual([
      error('content/roles/Tester.mdx', 1, 1, '(file)', 'expected a lowercase-hyphenated file name such as back-end-developer.mdx, got "Tester.mdx"'),
      error('content/roles/tester.mdx', 1, 1, '(file)', 'expected a slug no other role uses, got "tester", already used by content/roles/Tester.mdx'),
    ]);
  });

  it('checks the template against the schema but does not let roles point at it', async () => {
    const template = clean('roles/_template.mdx');
    expect(
      await findingsIn({
        'content/roles/_template.mdx': template.replace('median: 1 # placeholder', 'median: 0 # placeholder'),
        'content/roles/_draft.mdx': 'not checked at all',
        'content/roles/developer.mdx': developer.replace('  - tester', '  - _template'),
      }),
    ).toEqual([
      error('content/roles/_template.mdx', 12, 13, 'salaries[0].median', 'expected a positive number, got 0'),
      error('content/roles/developer.mdx', 16, 5, 'related[0]', 'expected a lowercase-hyphenated id, got "_template"'),
    ]);
  });

  it('reports duplicate ids and aliases in the registries, and future dates', async () => {
    expect(
      await findingsIn({
        'content/sources.yaml': `${clean('sources.yaml')}\n- id: example-survey\n  publisher: Twice\n  title: Twice\n  url: https://example.org/twice\n  retrieved: 2026-12-01\n  licence: None\n  via: example-survey\n`,
        'content/skills.yaml': `${clean('skills.yaml')}- id: python\n  name: Python again\n  category: languages\n- id: node\n  name: Node.js\n  category: tools\n  aliases: ["js", "Git"]\n`,
      }),
    ).toEqual([
      error('content/skills.yaml', 14, 7, '[4].id', 'expected an id no other skill uses, got "python", already the id of entry [0]'),
      error('content/skills.yaml', 20, 13, '[5].aliases[0]', 'expected an alias no other skill uses, got "js", already an alias of "javascript"'),
      error('content/skills.yaml', 20, 19, '[5].aliases[1]', 'expected an alias no other skill uses, got "Git", the name of "git"'),
      error('content/sources.yaml', 76, 7, '[9].id', 'expected an id no other source uses, got "example-survey", already the id of entry [7]'),
      error('content/sources.yaml', 80, 14, '[9].retrieved', 'expected a date no later than today (2026-11-23), got 2026-12-01'),
      error('content/sources.yaml', 82, 8, '[9].via', 'expected another source, got the source itself'),
    ]);
  });

  it('points at the parent mapping for a missing field and at the key for an unknown one', async () => {
    const role = tester
      .replace(
        "education:\n  typicalEntry: Bachelor's degree\n  source: bls-ep-2024-34\n",
        "education:\n  typicalEntry: Bachelor's degree\n  Source: bls-ep-2024-34\n",
      )
      .replace('lastReviewed: 2026-11-23', 'lastReviewed: 2026-11-23\nlastReview: 2026-11-23\nxyz: 1');
    expect(await findingsIn({ 'content/roles/tester.mdx': role })).toEqual([
      error('content/roles/tester.mdx', 15, 3, 'education.source', 'expected a source id, got nothing'),
      error('content/roles/tester.mdx', 16, 3, 'education.Source', 'expected a known field, got "Source"; did you mean "source"?'),
      error('content/roles/tester.mdx', 25, 1, 'lastReview', 'expected a known field, got "lastReview"; did you mean "lastReviewed"?'),
      error(
        'content/roles/tester.mdx',
        26,
        1,
        'xyz',
        'expected one of the fields title, aliases, summary, family, seniority, occupations, ukOccupations, related, progression, salaries, experience, outlook, education, skills, responsibilities, qualifications, lastReviewed, got "xyz"',
      ),
    ]);
  });

  it('refuses a currency code outside ISO 4217, such as XYZ', async () => {
    expect(await findingsIn({ 'content/roles/tester.mdx': tester.replace('currency: GBP', 'currency: XYZ') })).toEqual([
      error('content/roles/tester.mdx', 10, 15, 'salaries[0].currency', 'expected an ISO 4217 currency code such as USD or GBP, got "XYZ"'),
    ]);
  });

  it('warns about role files the site would ignore', async () => {
    expect(await findingsIn({ 'content/roles/notes.md': '# Notes\n' })).toEqual([
      {
        file: 'content/roles/notes.md',
        line: 1,
        column: 1,
        field: '(file)',
        message: 'expected a .mdx file, got "notes.md"; the site ignores it',
        severity: 'warning',
      },
    ]);
  });

  it('checks that an O*NET profile is named after its code and cites a registered source', async () => {
    const profile = clean('data/onet/15-1254.00.json').replace('"sourceId": "onet-29.3"', '"sourceId": "onet-99.9"');
    expect(await findingsIn({ 'content/data/onet/15-1252.00.json': profile })).toEqual([
      error('content/data/onet/15-1252.00.json', 2, 15, 'sourceId', 'expected the id of a source in content/sources.yaml, got "onet-99.9"'),
      error('content/data/onet/15-1252.00.json', 3, 11, 'code', 'expected "15-1252.00" to match the file name, got "15-1254.00"'),
    ]);
  });

  it('checks data files against their schemas and the sources registry, and requires the imported ones', async () => {
    expect(
      await findingsIn({
        'content/data/projections-2024-34.json': clean('data/projections-2024-34.json')
          .replace('"sourceId": "bls-ep-2024-34"', '"sourceId": "bls-ep-2099"')
          .replace('"targetYear": 2034', '"targetYear": 2035'),
        'content/data/oews-national.json': null,
        'content/data/notes.json': '{}',
        'content/data/soc2020.json': '{\n  "sourceId": "ons-soc2020-volume1",\n',
      }),
    ).toEqual([
      {
        file: 'content/data/notes.json',
        line: 1,
        column: 1,
        field: '(file)',
        severity: 'warning',
        message:
          'expected a known data file (oews-national.json, projections-2024-34.json, ashe-2024-provisional.json, soc2020.json or onet/<O*NET-SOC code>.json), got "notes.json"; it is not checked',
      },
      error(
        'content/data/oews-national.json',
        1,
        1,
        '(file)',
        'expected imported data (run npm run data:import) at content/data/oews-national.json, got no file',
      ),
      error('content/data/projections-2024-34.json', 2, 15, 'sourceId', 'expected the id of a source in content/sources.yaml, got "bls-ep-2099"'),
      error('content/data/projections-2024-34.json', 4, 17, 'targetYear', 'expected 2034, got 2035'),
      error('content/data/soc2020.json', 3, 1, 'json', expect.stringMatching(/^JSON syntax error: /) as unknown as string),
    ]);
  });
});

describe('placeholders and empties', () => {
  it('refuses the template’s marked examples, whether or not the mark is left', async () => {
    const role = tester
      .replace('summary: Finds out whether software does what it should before people rely on it.', 'summary: One sentence on what the job is.')
      .replace('  - Plan and run tests.', '  - Plan and run tests.\n  - Say what the person in this role does.')
      .replace('    median: 40000', '    median: 40000\n    p75: 2 # placeholder');
    expect(await findingsIn({ 'content/roles/tester.mdx': role })).toEqual([
      error(
        'content/roles/tester.mdx',
        3,
        10,
        'summary',
        `expected the role's own value, got the template's example "One sentence on what the job is."; replace it with what the source says (and delete the # placeholder mark)`,
      ),
      error(
        'content/roles/tester.mdx',
        13,
        10,
        'salaries[0].p75',
        "expected the role's own value, got a value still marked # placeholder; delete the mark once the value is the source's",
      ),
      error(
        'content/roles/tester.mdx',
        23,
        5,
        'responsibilities[1]',
        `expected the role's own value, got the template's example "Say what the person in this role does."; replace it with what the source says (and delete the # placeholder mark)`,
      ),
    ]);
  });

  it('refuses a value still marked # placeholder, and guidance left in the body', async () => {
    const role = `${tester.replace('median: 40000', 'median: 41000 # placeholder')}\n{/* placeholder */} Say more here.\n\nWhat a working week looks like.\n`;
    expect(await findingsIn({ 'content/roles/tester.mdx': role })).toEqual([
      error(
        'content/roles/tester.mdx',
        12,
        13,
        'salaries[0].median',
        "expected the role's own value, got a value still marked # placeholder; delete the mark once the value is the source's",
      ),
      error(
        'content/roles/tester.mdx',
        31,
        1,
        'body',
        'expected your own text, got a paragraph still marked {/* placeholder */}; delete the mark once the paragraph is yours',
      ),
      error(
        'content/roles/tester.mdx',
        33,
        1,
        'body',
        `expected your own text, got the template's guidance "What a working week looks like."; replace it (and delete {/* placeholder */})`,
      ),
    ]);
  });

  it('refuses a pay or outlook entry that repeats what the import supplies, and a primary occupation without imported data', async () => {
    const role = developer
      .replace('  - source: example-us-survey', '  - source: bls-oews-m2025-national')
      .replace('    onet: 15-1254.00', '    onet: 15-1254.01')
      .replace('  - soc: 15-1252', '  - soc: 15-1299')
      .replace('education:', 'outlook:\n  - source: bls-ep-2024-34\n    region: US\n    growthPct: 15\n    years: 10\neducation:');
    expect(await findingsIn({ 'content/roles/developer.mdx': role })).toEqual([
      error(
        'content/roles/developer.mdx',
        7,
        10,
        'occupations[0].soc',
        'expected a primary occupation with imported wages, got "15-1299", which content/data/oews-national.json does not cover; import its data or make another occupation primary',
      ),
      error(
        'content/roles/developer.mdx',
        12,
        11,
        'occupations[1].onet',
        'expected an O*NET code with an imported profile, got "15-1254.01", which has no file in content/data/onet/; import it or leave the code out',
      ),
      error(
        'content/roles/developer.mdx',
        20,
        13,
        'salaries[0].source',
        'expected a figure the import does not already supply, got one cited to "bls-oews-m2025-national", which content/data/oews-national.json supplies for every occupation of the role; delete this entry',
      ),
      error(
        'content/roles/developer.mdx',
        27,
        13,
        'outlook[0].source',
        'expected a figure the import does not already supply, got one cited to "bls-ep-2024-34", which content/data/projections-2024-34.json supplies for every occupation of the role; delete this entry',
      ),
    ]);
  });

  it('refuses a heading with nothing under it, with or without other MDX in the body', async () => {
    const empty = (body: string) => findingsIn({ 'content/roles/tester.mdx': tester.replace(/\n## What the job is[\s\S]*$/, body) });
    const message = (heading: string, next: string) =>
      `expected text under the heading "${heading}", got nothing before ${next}; write the section or delete the heading`;
    expect(await empty('\n## What the job is\n\n## How to become one\n\nStudy.\n')).toEqual([
      error('content/roles/tester.mdx', 27, 1, 'body', message('What the job is', 'the next heading')),
    ]);
    expect(await empty('\n## What the job is\n\nTesters test.\n\n## How to become one\n')).toEqual([
      error('content/roles/tester.mdx', 31, 1, 'body', message('How to become one', 'the end of the file')),
    ]);
    expect(await empty('\n## What the job is\n\n{/* to do */}\n\n## Pay\n\nPress <kbd>S</kbd>.\n')).toEqual([
      error('content/roles/tester.mdx', 27, 1, 'body', message('What the job is', 'the next heading')),
    ]);
    expect(await empty('\n## What the job is\n\n### In short\n\nTesters test.\n')).toEqual([]);
    expect(await empty('\n## What the job is\n\n```\n# not a heading\n```\n')).toEqual([]);
  });
});

describe('YAML syntax errors', () => {
  const frontmatterOf = (yaml: string) => `---\n${yaml}---\n\nBody text.\n`;
  const yamlFindings = async (yaml: string) =>
    (await findingsIn({ 'content/roles/tester.mdx': frontmatterOf(yaml) })).filter((finding) => finding.field === 'yaml');
  const rest = tester.slice(tester.indexOf('family:'), tester.indexOf('---', 4));

  it('says in plain words what is wrong, once, at the line', async () => {
    expect(
      await yamlFindings(
        `title: Tester\nsummary: Tests.\n${rest.replace('salaries:\n  - source: example-survey\n    region: GB', 'salaries:\n  - source: example-survey\n    region: GB\n   - source: other')}`,
      ),
    ).toEqual([
      error('content/roles/tester.mdx', 10, 4, 'yaml', 'this list item is indented more than the one above it on line 8; start both - in the same column'),
    ]);
    expect(await yamlFindings(`title: "Tester\nsummary: Tests.\n${rest}`)).toEqual([
      error('content/roles/tester.mdx', 2, 8, 'yaml', 'the double quote that opens this value is never closed; close it at the end of the value'),
    ]);
    expect(await yamlFindings(`title: Tester: Lead\nsummary: Tests.\n${rest}`)).toEqual([
      error(
        'content/roles/tester.mdx',
        2,
        8,
        'yaml',
        'the value of title contains ": ", which YAML reads as the start of another field; put the whole value in quotes',
      ),
    ]);
    expect(await yamlFindings(`title: Tester\nsummary: Tests.\n  family: quality\n${rest.replace('family: quality\n', '')}`)).toEqual([
      error(
        'content/roles/tester.mdx',
        4,
        3,
        'yaml',
        'this line is indented more than the field above it on line 3, which already has its value; start it in the same column',
      ),
    ]);
    expect(await yamlFindings(`title: Tester\ntitle: Tester again\nsummary: Tests.\n${rest}`)).toEqual([
      error('content/roles/tester.mdx', 3, 1, 'yaml', 'the field title appears twice in the same place; keep one of them'),
    ]);
    expect(
      await yamlFindings(`title: Tester\nsummary: Tests.\n${rest.replace('  languages: [python]', '  languages: [python\n  practices: [code-review]')}`),
    ).toEqual([error('content/roles/tester.mdx', 19, 3, 'yaml', 'the list that opens with [ on line 18 is not closed with ] on that line')]);
    expect(await yamlFindings(`title: Tester\n\tsummary: Tests.\n${rest}`)).toEqual([
      error('content/roles/tester.mdx', 3, 1, 'yaml', 'this line is indented with a tab; indent with spaces only'),
    ]);
  });

  it('still checks the rest of the file and every other file', async () => {
    const broken = tester.replace('    region: GB\n', '    region: GB\n   currency: GBP\n').replace('family: quality', 'family: sales');
    const findings = await findingsIn({ 'content/roles/tester.mdx': broken, 'content/roles/developer.mdx': developer.replace('median: 128000', 'median: -1') });
    expect(findings).toEqual([
      error('content/roles/developer.mdx', 24, 13, 'salaries[0].median', 'expected a positive number, got -1'),
      error(
        'content/roles/tester.mdx',
        4,
        9,
        'family',
        'expected one of engineering, data, infrastructure, quality, support, product, design, leadership, got "sales"',
      ),
      error(
        'content/roles/tester.mdx',
        10,
        4,
        'yaml',
        'this line is indented less than the line above it on line 9; fields of one entry start in the same column',
      ),
    ]);
  });
});
