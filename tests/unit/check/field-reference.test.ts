import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BODY_END_MARKER,
  BODY_START_MARKER,
  bodyRulesMarkdown,
  CONTRIBUTING_PATH,
  END_MARKER,
  fieldReferenceMarkdown,
  schemaRules,
  START_MARKER,
  updatedContributing,
  withFieldReference,
} from '../../../scripts/field-reference.ts';
import { z } from 'zod';
import { crossReferenceRules } from '../../../src/lib/references.ts';
import { withRules } from '../../../src/schemas/rules.ts';

describe('field reference in CONTRIBUTING.md', () => {
  it('matches the schemas and rules (run `npm run docs:fields` when this fails)', () => {
    const contributing = readFileSync(CONTRIBUTING_PATH, 'utf8');
    expect(contributing).toBe(updatedContributing(contributing));
  });

  it('has a table for every object editors write, with a comment for every field', () => {
    const reference = fieldReferenceMarkdown();
    for (const heading of [
      'Role file frontmatter',
      '`salaries[]`',
      '`salaries[].range`',
      '`experience.bands[]`',
      '`education.levels[]`',
      'Source entry',
      'Skill entry',
    ]) {
      expect(reference).toContain(heading);
    }
    expect(reference).toContain('| `basis` | one of `base`, `total`, `unspecified` | no (default `unspecified`) | – |');
    expect(reference).not.toMatch(/\|\s*\|\s*$/m);
  });

  it('documents every rule the schemas enforce beyond their types', () => {
    const reference = fieldReferenceMarkdown();
    expect(reference).toContain(
      '| `currency` | currency code | yes | an ISO 4217 code of a currency in use (as `Intl.supportedValuesOf("currency")` lists them) | ISO 4217 currency code; never converted. |',
    );
    expect(reference).toContain('| `summary` | text | yes | at most 200 characters |');
    expect(reference).toContain('| `lastReviewed` | date (YYYY-MM-DD) | yes | no later than today |');
    expect(reference).toContain('| `asOf` | year, month or day (2025, 2025-05, 2025-05-15) | yes | no later than today |');
    expect(reference).toContain('| `retrieved` | date (YYYY-MM-DD) | yes | no later than today |');
    // Salaries may be empty (the import supplies government pay); a list editors must fill says so.
    expect(reference).toContain('| `salaries` | list of [entries below](#role-salaries) | no (default `[]`) | – |');
    expect(reference).toContain('| `responsibilities` | list of text | yes | at least one |');
    expect(reference).toContain(
      'Each entry: at least one statistic: `p10`, `p25`, `median`, `p75`, `p90`, `mean` or `total`; `headline: total` needs `total`.',
    );
    expect(reference).toContain('Each entry: the band shares add up to 100 (±1).');
    expect(reference).toContain('The whole file: every `id` is used by one source only; `via` names another source in this file.');
    expect(reference).toContain(
      "The whole file: every `id` is used by one skill only; an alias belongs to one skill only and is no other skill's name (case and spacing ignored).",
    );
    for (const rule of Object.keys(crossReferenceRules)) expect(reference).toContain(`| \`${rule}\` |`);
  });

  it('refuses a refinement that has no rule note', () => {
    const problems: string[] = [];
    const bare = z
      .string()
      .max(5)
      .refine((value) => value !== 'x');
    expect(schemaRules(bare, 'bare', problems)).toEqual(['at most 5 characters']);
    expect(problems).toEqual(['bare: 1 refinement(s) but 0 rule note(s); describe each with withRules() (src/schemas/rules.ts)']);
    const noted = withRules(
      z.string().refine((value) => value !== 'x'),
      'never "x"',
    );
    expect(schemaRules(noted, 'noted', problems)).toEqual(['never "x"']);
    expect(problems).toHaveLength(1);
  });

  it('documents what the body rules reject', () => {
    const body = bodyRulesMarkdown();
    for (const rejected of [
      '`import` and `export` statements',
      '`{expressions}`',
      '`<script>`',
      '`on*` attributes',
      '`javascript:`',
      'a heading with nothing under it',
      '{/* placeholder */}',
    ]) {
      expect(body).toContain(rejected);
    }
  });

  it('replaces only what lies between the markers', () => {
    const text = `intro\n${START_MARKER}\nold\n${END_MARKER}\nmiddle\n${BODY_START_MARKER}\nold\n${BODY_END_MARKER}\noutro\n`;
    expect(withFieldReference(text, 'new\n')).toBe(
      `intro\n${START_MARKER}\nnew\n${END_MARKER}\nmiddle\n${BODY_START_MARKER}\nold\n${BODY_END_MARKER}\noutro\n`,
    );
    expect(withFieldReference(text, 'body\n', BODY_START_MARKER, BODY_END_MARKER)).toContain(`${BODY_START_MARKER}\nbody\n${BODY_END_MARKER}`);
    expect(() => withFieldReference('no markers', 'x')).toThrow(/fields:start/);
  });
});
