import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../scripts/check/finding.ts';
import { escapeData, escapeProperty, formatGithub, formatJson, formatText, summaryLine } from '../../../scripts/check/formatters.ts';

const FINDINGS: Finding[] = [
  {
    file: 'content/roles/test-manager.mdx',
    line: 7,
    column: 12,
    field: 'salaries[1].median',
    message: 'expected a positive number, got "lots"',
    severity: 'error',
    rule: 'schema',
  },
  {
    file: 'content/roles/a,b:c.mdx',
    line: 3,
    column: 1,
    field: 'notes["odd:key,here"]',
    message: '100% sure\r\nsecond line',
    severity: 'warning',
    rule: 'stale-figure',
  },
];

describe('text format', () => {
  it('prints one line per finding, then the summary', () => {
    expect(formatText(FINDINGS, 12)).toBe(
      'content/roles/test-manager.mdx:7:12  salaries[1].median  expected a positive number, got "lots"\n' +
        'content/roles/a,b:c.mdx:3:1  notes["odd:key,here"]  warning: 100% sure second line\n' +
        'Content check failed: 1 error, 1 warning in 12 files.\n',
    );
  });

  it('closes with whether the check passed, which warnings alone do not stop', () => {
    expect(formatText([], 24)).toBe('Content check passed: 0 errors, 0 warnings in 24 files.\n');
    expect(summaryLine([], 1)).toBe('Content check passed: 0 errors, 0 warnings in 1 file.');
    expect(summaryLine([FINDINGS[1]!, FINDINGS[1]!], 3)).toBe('Content check passed: 0 errors, 2 warnings in 3 files.');
    expect(summaryLine([FINDINGS[0]!, FINDINGS[0]!], 3)).toBe('Content check failed: 2 errors, 0 warnings in 3 files.');
  });
});

describe('json format', () => {
  it('prints the totals and every finding', () => {
    expect(JSON.parse(formatJson(FINDINGS, 12))).toEqual({
      files: 12,
      errors: 1,
      warnings: 1,
      summary: 'Content check failed: 1 error, 1 warning in 12 files.',
      // Every finding as it was found, each field kept (the odd characters and the CRLF survive the round trip).
      findings: FINDINGS,
    });
    expect(formatJson([], 2)).toBe(
      '{\n  "files": 2,\n  "errors": 0,\n  "warnings": 0,\n  "summary": "Content check passed: 0 errors, 0 warnings in 2 files.",\n  "findings": []\n}\n',
    );
  });
});

describe('github format', () => {
  it('escapes data and properties as the workflow-command rules require', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('prints an annotation per finding, then the summary', () => {
    expect(formatGithub(FINDINGS, 12)).toBe(
      '::error file=content/roles/test-manager.mdx,line=7,col=12,title=salaries[1].median::expected a positive number, got "lots"\n' +
        '::warning file=content/roles/a%2Cb%3Ac.mdx,line=3,col=1,title=notes["odd%3Akey%2Chere"]::100%25 sure%0D%0Asecond line\n' +
        'Content check failed: 1 error, 1 warning in 12 files.\n',
    );
  });
});
