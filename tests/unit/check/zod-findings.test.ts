import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { roleSchema } from '../../../src/schemas/role.ts';
import { salaryFigureSchema } from '../../../src/schemas/salary.ts';
import { formatPath } from '../../../scripts/check/finding.ts';
import { issuesToFindings, knownKeys, suggestKey } from '../../../scripts/check/zod-findings.ts';

function findings(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : issuesToFindings(schema, result.error.issues, data);
}

describe('suggestKey', () => {
  const known = ['title', 'summary', 'salaries', 'lastReviewed', 'p10', 'p25'];
  it('suggests keys within two edits, or that one is a case-insensitive prefix of', () => {
    expect(suggestKey('sallaries', known)).toBe('salaries');
    expect(suggestKey('Summary', known)).toBe('summary');
    expect(suggestKey('lastreview', known)).toBe('lastReviewed');
    expect(suggestKey('p15', known)).toBe('p10');
    expect(suggestKey('colour', known)).toBeUndefined();
  });
});

describe('knownKeys', () => {
  it('reads object shapes through optional, default and array wrappers, and enum record keys', () => {
    expect(knownKeys(roleSchema, ['progression'])).toEqual(['from', 'to']);
    expect(knownKeys(roleSchema, ['salaries', 0, 'range'])).toEqual(['low', 'high', 'label']);
    expect(knownKeys(roleSchema, ['salaries', 0, 'percentileNotes'])).toEqual(['p10', 'p25', 'median', 'p75', 'p90', 'mean']);
    expect(knownKeys(roleSchema, ['nowhere'])).toEqual([]);
  });
});

describe('issuesToFindings', () => {
  it('writes default zod messages in the expected/got style', () => {
    const schema = z.object({ a: z.array(z.string()).min(2), b: z.object({ c: z.number() }).strict(), d: z.literal('x') }).strict();
    const result = findings(schema, { a: ['one'], b: { c: 'two', e: 1 }, f: true });
    expect(result.map((found) => [formatPath(found.path), formatPath(found.at), found.target, found.message])).toEqual([
      ['a', 'a', 'value', 'expected at least 2 items, got ["one"]'],
      ['b.c', 'b.c', 'value', 'expected a number, got "two"'],
      ['b.e', 'b.e', 'key', 'expected a known field, got "e"; did you mean "c"?'],
      ['d', '(root)', 'value', 'expected "x", got nothing'],
      ['f', 'f', 'key', 'expected a known field, got "f"; did you mean "a"?'],
    ]);
  });

  it('keeps the schemas’ own messages and names unknown record keys', () => {
    const result = findings(salaryFigureSchema, {
      source: 'x',
      region: 'US',
      currency: 'USD',
      period: 'week',
      median: 1,
      asOf: 2025,
      percentileNotes: { p99: 'top' },
    });
    expect(result.map((found) => [formatPath(found.path), found.rule, found.message])).toEqual([
      ['period', 'schema', 'expected "year" or "hour", got "week"'],
      ['percentileNotes.p99', 'unknown-field', 'expected a known field, got "p99"; did you mean "p90"?'],
    ]);
  });
});
