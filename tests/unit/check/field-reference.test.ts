import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRIBUTING_PATH, END_MARKER, fieldReferenceMarkdown, START_MARKER, withFieldReference } from '../../../scripts/field-reference.ts';

describe('field reference in CONTRIBUTING.md', () => {
  it('matches the schemas (run `npm run docs:fields` when this fails)', () => {
    const contributing = readFileSync(CONTRIBUTING_PATH, 'utf8');
    expect(contributing).toBe(withFieldReference(contributing, fieldReferenceMarkdown()));
  });

  it('has a table for every object editors write, with a comment for every field', () => {
    const reference = fieldReferenceMarkdown();
    for (const heading of ['Role file frontmatter', '`salaries[]`', '`salaries[].range`', '`experience.bands[]`', '`education.levels[]`', 'Source entry', 'Skill entry']) {
      expect(reference).toContain(heading);
    }
    expect(reference).toContain('| `currency` | an ISO 4217 currency code | yes | ISO 4217 currency code; never converted. |');
    expect(reference).toContain('| `basis` | one of `base`, `total`, `unspecified` | no (default `unspecified`) |');
    expect(reference).not.toMatch(/\|\s*\|\s*$/m);
  });

  it('replaces only what lies between the markers', () => {
    const text = `intro\n${START_MARKER}\nold\n${END_MARKER}\noutro\n`;
    expect(withFieldReference(text, 'new\n')).toBe(`intro\n${START_MARKER}\nnew\n${END_MARKER}\noutro\n`);
    expect(() => withFieldReference('no markers', 'x')).toThrow(/fields:start/);
  });
});
