import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAll } from '../../../scripts/import/import-all.ts';
import { expectedDir, listFiles, readFixtureInput, reverseRows } from './fixtures.ts';

describe('importAll on the fixture', () => {
  const outputs = importAll(readFixtureInput);

  it('produces exactly the checked-in expected files', () => {
    expect(outputs.map((output) => output.path).sort()).toEqual(listFiles(expectedDir));
  });

  it.each(outputs.map((output) => [output.path, output.text] as const))('%s matches the expected file byte for byte', (file, text) => {
    expect(text).toBe(readFileSync(path.join(expectedDir, file), 'utf8'));
  });

  it('gives byte-identical output when run twice', () => {
    expect(importAll(readFixtureInput)).toEqual(outputs);
  });

  it('does not depend on the order of the CSV rows', () => {
    const reversed = importAll((file) => (file.endsWith('.csv') && !file.includes('role-title') ? reverseRows(readFixtureInput(file)) : readFixtureInput(file)));
    expect(reversed).toEqual(outputs);
  });

  it('writes 2-space indented JSON with a trailing newline and no run timestamp', () => {
    for (const { text } of outputs) {
      expect(text.endsWith('}\n') || text.endsWith(']\n')).toBe(true);
      expect(text).toMatch(/^[[{]\n {2}\S/);
      expect(text).not.toMatch(/generated|importedAt|timestamp/i);
    }
  });
});
