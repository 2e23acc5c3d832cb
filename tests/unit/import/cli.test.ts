import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../scripts/import/xlsx.ts';
import { copyOf, hasRawFiles, projectRoot, rawDir, removeColumn, sheetIn, temporaryRawDir, writeWorkbook } from './raw-files.ts';

function runImport(input: string, output: string) {
  return spawnSync(process.execPath, ['scripts/import/index.ts', input, output], { cwd: projectRoot, encoding: 'utf8' });
}

describe.runIf(hasRawFiles)('npm run data:import (node scripts/import/index.ts)', () => {
  it('reproduces the committed content/data byte for byte', () => {
    const output = mkdtempSync(path.join(tmpdir(), 'career-atlas-data-'));
    try {
      cpSync(path.join(projectRoot, 'content/data'), output, { recursive: true });
      const result = runImport(rawDir, output);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/: 0 written, 1021 unchanged, 0 removed \(/);
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  }, 180_000);

  it('exits non-zero naming file, sheet, row and column, and leaves the output as it was, when a workbook was altered', async () => {
    const raw = temporaryRawDir();
    const output = mkdtempSync(path.join(tmpdir(), 'career-atlas-data-'));
    try {
      const file = 'bls-ep/occupation.xlsx';
      const altered = copyOf(await readWorkbook(path.join(rawDir, file), file));
      removeColumn(sheetIn(altered, 'Table 1.2'), 11);
      await writeWorkbook(altered, path.join(raw.dir, file));
      cpSync(path.join(projectRoot, 'content/data/README.md'), path.join(output, 'README.md'));
      const before = readFileSync(path.join(output, 'README.md'), 'utf8');
      const result = runImport(raw.dir, output);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'bls-ep/occupation.xlsx, sheet "Table 1.2", row 2, column L: expected the heading "Median annual wage, dollars, 2024[1]", got "Typical education needed for entry"',
      );
      expect(readFileSync(path.join(output, 'README.md'), 'utf8')).toBe(before);
    } finally {
      raw.cleanup();
      rmSync(output, { recursive: true, force: true });
    }
  }, 120_000);
});
