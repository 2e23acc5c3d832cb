import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectedDir, inputDir, listFiles, projectRoot } from './fixtures.ts';

const temporaryDirs: string[] = [];
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'career-atlas-import-'));
  temporaryDirs.push(dir);
  return dir;
}

function runImport(input: string, output: string) {
  return spawnSync(process.execPath, ['scripts/import/index.ts', input, output], { cwd: projectRoot, encoding: 'utf8' });
}

describe('node scripts/import/index.ts', () => {
  it('writes the expected files, then leaves them untouched on a second run and removes stale profiles', () => {
    const output = temporaryDir();
    const first = runImport(inputDir, output);
    expect(first.status, first.stderr).toBe(0);
    expect(listFiles(output)).toEqual(listFiles(expectedDir));
    for (const file of listFiles(expectedDir)) {
      expect(readFileSync(path.join(output, file), 'utf8')).toBe(readFileSync(path.join(expectedDir, file), 'utf8'));
    }
    writeFileSync(path.join(output, 'onet/99-9999.00.json'), '{}\n');
    const second = runImport(inputDir, output);
    expect(second.stdout).toContain('0 written, 4 unchanged, 1 removed');
    expect(listFiles(output)).toEqual(listFiles(expectedDir));
  });

  it('exits non-zero, naming the file and field, and writes nothing when the input is malformed', () => {
    const input = temporaryDir();
    const output = temporaryDir();
    cpSync(inputDir, input, { recursive: true });
    const csvPath = path.join(input, 'oews-national.csv');
    writeFileSync(csvPath, readFileSync(csvPath, 'utf8').replace(',1687890,0.6,148100,82460,105210,135980,', ',1687890,0.6,148100,82460,105210,lots,'));
    const result = runImport(input, output);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('oews-national.csv line 2 (15-1252, May 2025): median_annual: expected a number, got "lots"');
    expect(listFiles(output)).toEqual([]);
  });
});
