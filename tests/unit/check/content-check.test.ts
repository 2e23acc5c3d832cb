import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, runCheck } from '../../../src/lib/check/content-check.ts';
import type { Finding } from '../../../src/lib/check/finding.ts';

const TODAY = '2026-11-23';
const fixtures = path.join(import.meta.dirname, 'fixtures', 'content');
const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');

function placed(findings: Finding[]) {
  return findings.map(({ file, line, column, field, message, severity }) => ({ file, line, column, field, message, severity }));
}

function error(file: string, line: number, column: number, field: string, message: string) {
  return { file, line, column, field, message, severity: 'error' };
}

const SAFE_URLS = 'only http:, https:, mailto:, relative and #fragment URLs are allowed';

describe('checkContent on the defects fixture', () => {
  it('reports every defect at once, each at its line and column', () => {
    expect(placed(checkContent(path.join(fixtures, 'defects'), { today: TODAY }))).toEqual([
      error('content/data/onet-title-matches.json', 8, 13, '[0].note', 'expected a note and no source codes for a role without a match'),
      error('content/roles/qa-lead.mdx', 9, 1, 'yaml', 'YAML syntax error: Sequence item without - indicator'),
      error('content/roles/qa-lead.mdx', 13, 1, 'body', 'esm-import: import of Widget from "../../src/evil.ts" is not allowed; no imports are allowed'),
      error('content/roles/test-analyst.mdx', 2, 1, 'family', 'expected one of engineering, quality, support, leadership, got nothing'),
      error('content/roles/test-analyst.mdx', 5, 25, 'related[1]', 'expected the id of a role, got "quality-lead"'),
      error('content/roles/test-analyst.mdx', 24, 10, 'body', `unsafe-url: unsafe URL "javascript:alert(1)" in link; ${SAFE_URLS}`),
      error('content/roles/test-manager.mdx', 2, 8, 'title', 'expected a title no other role uses, got "Test Manager", already the title of content/roles/test-analyst.mdx'),
      error('content/roles/test-manager.mdx', 9, 15, 'salaries[0].currency', 'expected an ISO 4217 currency code such as USD or GBP, got "gbp"'),
      error('content/roles/test-manager.mdx', 11, 13, 'salaries[0].median', 'expected a positive number, got -5'),
      error('content/roles/test-manager.mdx', 17, 13, 'salaries[1].median', 'expected a positive number, got "lots"'),
      error('content/roles/test-manager.mdx', 18, 5, 'salaries[1].sampel', 'expected a known field, got "sampel"; did you mean "sample"?'),
      error('content/roles/test-manager.mdx', 19, 11, 'salaries[1].asOf', 'expected a date no later than today (2026-11-23), got 2027-01'),
      error('content/roles/test-manager.mdx', 20, 13, 'salaries[2].source', 'expected the id of a source in content/sources.yaml, got "no-such-source"'),
      error('content/roles/test-manager.mdx', 30, 23, 'skills.languages[1]', 'expected the id of a skill in content/skills.yaml, got "klingon"'),
      error('content/sources.yaml', 33, 8, '[3].via', 'expected the id of a source in content/sources.yaml, got "no-such-site"'),
    ]);
  });

  it('names the rule behind each finding and counts the files it read', () => {
    const result = runCheck(path.join(fixtures, 'defects'), { today: TODAY });
    expect(result.files).toBe(6);
    expect(result.findings.map((finding) => finding.rule)).toEqual([
      'schema', 'yaml-syntax', 'esm-import', 'schema', 'reference', 'unsafe-url', 'duplicate-title', 'schema', 'schema',
      'schema', 'unknown-field', 'future-date', 'reference', 'reference', 'reference',
    ]);
  });
});

describe('checkContent on clean and stale content', () => {
  it('finds nothing in the clean fixture', () => {
    expect(checkContent(path.join(fixtures, 'clean'), { today: TODAY })).toEqual([]);
  });

  it('warns once about a figure older than the maximum age', () => {
    expect(placed(checkContent(path.join(fixtures, 'stale'), { today: TODAY }))).toEqual([
      {
        file: 'content/roles/developer.mdx',
        line: 21,
        column: 11,
        field: 'salaries[0].asOf',
        message: 'figure for 2022-05 is 4 years old; check for a newer figure',
        severity: 'warning',
      },
    ]);
  });

  it('takes the maximum age and today from options or CHECK_TODAY', () => {
    expect(checkContent(path.join(fixtures, 'stale'), { today: TODAY, maxAgeYears: 5 })).toEqual([]);
    const previous = process.env.CHECK_TODAY;
    process.env.CHECK_TODAY = '2031-01-01';
    try {
      expect(checkContent(path.join(fixtures, 'stale')).map((finding) => finding.message)).toEqual([
        'figure for 2022-05 is 8 years old; check for a newer figure',
        'figure for 2026 is 4 years old; check for a newer figure',
      ]);
    } finally {
      if (previous === undefined) delete process.env.CHECK_TODAY;
      else process.env.CHECK_TODAY = previous;
    }
  });
});

describe('checkContent on the project', () => {
  it('accepts the editors’ template as a valid role', () => {
    const findings = checkContent(projectRoot).filter((finding) => finding.file === 'content/roles/_template.mdx');
    expect(findings).toEqual([]);
  });
});

// ---- Small trees built per test -------------------------------------------------------

const temporary: string[] = [];
afterEach(() => {
  for (const directory of temporary.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A copy of the clean fixture with some files replaced or added. */
function tree(files: Record<string, string | null>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'career-atlas-check-'));
  temporary.push(root);
  const clean = path.join(fixtures, 'clean', 'content');
  const base: Record<string, string> = {};
  for (const name of ['sources.yaml', 'skills.yaml', 'roles/tester.mdx', 'roles/developer.mdx']) {
    base[`content/${name}`] = readFileSync(path.join(clean, name), 'utf8');
  }
  for (const [name, text] of Object.entries({ ...base, ...files })) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const tester = readFileSync(path.join(fixtures, 'clean', 'content', 'roles', 'tester.mdx'), 'utf8');

describe('checkContent on single defects', () => {
  it('reports a missing frontmatter block once, at 1:1', () => {
    const findings = checkContent(tree({ 'content/roles/empty.mdx': '# Just a heading\n\nNo frontmatter here.\n' }), { today: TODAY });
    expect(placed(findings)).toEqual([
      error('content/roles/empty.mdx', 1, 1, 'frontmatter', 'expected a YAML frontmatter block between --- lines at the top of the file, got none'),
    ]);
  });

  it('reports slugs that differ only in case, and file names that are not slugs', () => {
    const findings = checkContent(tree({ 'content/roles/Tester.mdx': tester.replace('title: Tester', 'title: Other tester') }), { today: TODAY });
    expect(placed(findings)).toEqual([
      error('content/roles/tester.mdx', 1, 1, '(file)', 'expected a slug no other role uses, got "tester", already used by content/roles/Tester.mdx'),
      error('content/roles/Tester.mdx', 1, 1, '(file)', 'expected a lowercase-hyphenated file name such as back-end-developer.mdx, got "Tester.mdx"'),
    ].sort((a, b) => (a.file < b.file ? -1 : 1)));
  });

  it('checks the template like a role but does not let roles point at it', () => {
    const template = tester.replace('title: Tester', 'title: Role Title').replace('related: [developer]', 'related: [tester]');
    const findings = checkContent(tree({
      'content/roles/_template.mdx': template.replace('median: 40000', 'median: 0'),
      'content/roles/_draft.mdx': 'not checked at all',
      'content/roles/developer.mdx': readFileSync(path.join(fixtures, 'clean', 'content', 'roles', 'developer.mdx'), 'utf8').replace('  - tester', '  - _template'),
    }), { today: TODAY });
    expect(placed(findings)).toEqual([
      error('content/roles/_template.mdx', 12, 13, 'salaries[0].median', 'expected a positive number, got 0'),
      error('content/roles/developer.mdx', 12, 5, 'related[0]', 'expected a lowercase-hyphenated id, got "_template"'),
    ]);
  });

  it('reports duplicate ids and aliases in the registries, and future dates', () => {
    const sources = readFileSync(path.join(fixtures, 'clean', 'content', 'sources.yaml'), 'utf8');
    const skills = readFileSync(path.join(fixtures, 'clean', 'content', 'skills.yaml'), 'utf8');
    const findings = checkContent(tree({
      'content/sources.yaml': `${sources}\n- id: example-survey\n  publisher: Twice\n  title: Twice\n  url: https://example.org/twice\n  retrieved: 2026-12-01\n  licence: None\n  via: example-survey\n`,
      'content/skills.yaml': `${skills}- id: python\n  name: Python again\n  category: languages\n- id: node\n  name: Node.js\n  category: tools\n  aliases: ["js", "Git"]\n`,
    }), { today: TODAY });
    expect(placed(findings)).toEqual([
      error('content/skills.yaml', 14, 7, '[4].id', 'expected an id no other skill uses, got "python", already the id of entry [0]'),
      error('content/skills.yaml', 20, 13, '[5].aliases[0]', 'expected an alias no other skill uses, got "js", already an alias of "javascript"'),
      error('content/skills.yaml', 20, 19, '[5].aliases[1]', 'expected an alias no other skill uses, got "Git", the name of "git"'),
      error('content/sources.yaml', 27, 7, '[3].id', 'expected an id no other source uses, got "example-survey", already the id of entry [2]'),
      error('content/sources.yaml', 31, 14, '[3].retrieved', 'expected a date no later than today (2026-11-23), got 2026-12-01'),
      error('content/sources.yaml', 33, 8, '[3].via', 'expected another source, got the source itself'),
    ]);
  });

  it('points at the parent mapping for a missing field and at the key for an unknown one', () => {
    const role = tester
      .replace('education:\n  typicalEntry: Bachelor\'s degree\n  source: bls-ep-2024-34\n', 'education:\n  typicalEntry: Bachelor\'s degree\n  Source: bls-ep-2024-34\n')
      .replace('lastReviewed: 2026-11-23', 'lastReviewed: 2026-11-23\nlastReview: 2026-11-23\nxyz: 1');
    const findings = checkContent(tree({ 'content/roles/tester.mdx': role }), { today: TODAY });
    expect(placed(findings)).toEqual([
      error('content/roles/tester.mdx', 15, 3, 'education.source', 'expected a source id, got nothing'),
      error('content/roles/tester.mdx', 16, 3, 'education.Source', 'expected a known field, got "Source"; did you mean "source"?'),
      error('content/roles/tester.mdx', 25, 1, 'lastReview', 'expected a known field, got "lastReview"; did you mean "lastReviewed"?'),
      error(
        'content/roles/tester.mdx', 26, 1, 'xyz',
        'expected one of the fields title, summary, family, seniority, occupations, related, progression, salaries, experience, outlook, education, skills, responsibilities, qualifications, lastReviewed, got "xyz"',
      ),
    ]);
  });

  it('warns about role files the site would ignore', () => {
    const findings = checkContent(tree({ 'content/roles/notes.md': '# Notes\n' }), { today: TODAY });
    expect(placed(findings)).toEqual([
      { file: 'content/roles/notes.md', line: 1, column: 1, field: '(file)', message: 'expected a .mdx file, got "notes.md"; the site ignores it', severity: 'warning' },
    ]);
  });

  it('checks that an O*NET profile is named after its code and cites a registered source', () => {
    const profile = readFileSync(path.join(projectRoot, 'tests', 'unit', 'import', 'fixtures', 'expected', 'onet', '15-1254.00.json'), 'utf8');
    const findings = checkContent(tree({ 'content/data/onet/15-1252.00.json': profile }), { today: TODAY });
    expect(placed(findings)).toEqual([
      error('content/data/onet/15-1252.00.json', 2, 15, 'sourceId', 'expected the id of a source in content/sources.yaml, got "onet-29.3"'),
      error('content/data/onet/15-1252.00.json', 3, 11, 'code', 'expected "15-1252.00" to match the file name, got "15-1254.00"'),
    ]);
  });

  it('checks data files against their schemas and the sources registry', () => {
    const findings = checkContent(tree({
      'content/data/projections-2024-34.json': '{\n  "sourceId": "bls-ep-2099",\n  "baseYear": 2024,\n  "targetYear": 2035,\n  "occupations": []\n}\n',
      'content/data/notes.json': '{}',
      'content/data/onet-title-matches.json': '[\n  { "siteRole": "X",\n',
    }), { today: TODAY });
    expect(placed(findings)).toEqual([
      { file: 'content/data/notes.json', line: 1, column: 1, field: '(file)', severity: 'warning', message: 'expected a known data file (oews-national.json, projections-YYYY-YY.json, onet-title-matches.json or onet/<O*NET-SOC code>.json), got "notes.json"; it is not checked' },
      error('content/data/onet-title-matches.json', 3, 1, 'json', expect.stringMatching(/^JSON syntax error: /) as unknown as string),
      error('content/data/projections-2024-34.json', 2, 15, 'sourceId', 'expected the id of a source in content/sources.yaml, got "bls-ep-2099"'),
      error('content/data/projections-2024-34.json', 4, 17, 'targetYear', 'expected 2034, got 2035'),
    ]);
  });
});
