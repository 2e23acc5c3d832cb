import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputFile } from './import-all.ts';

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * Makes the output directory mirror the outputs: every changed file is first written beside its target as
 * "<name>.partial", and only when all of them are on disk are they renamed into place and stale files removed,
 * so a failed write leaves the directory as it was.
 */
export function writeOutputs(outputDir: string, outputs: readonly OutputFile[]): { written: string[]; unchanged: string[]; removed: string[] } {
  const report = { written: [] as string[], unchanged: [] as string[], removed: [] as string[] };
  const staged: { partial: string; target: string }[] = [];
  try {
    for (const output of outputs) {
      const target = path.join(outputDir, output.path);
      if (existsSync(target) && readFileSync(target, 'utf8') === output.text) {
        report.unchanged.push(output.path);
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      const partial = `${target}.partial`;
      writeFileSync(partial, output.text);
      staged.push({ partial, target });
      report.written.push(output.path);
    }
  } catch (error) {
    for (const { partial } of staged) rmSync(partial, { force: true });
    throw error;
  }
  for (const { partial, target } of staged) renameSync(partial, target);
  const expected = new Set(outputs.map((output) => output.path));
  for (const file of filesUnder(outputDir).sort()) {
    if (!expected.has(file)) {
      rmSync(path.join(outputDir, file));
      report.removed.push(file);
    }
  }
  return report;
}
