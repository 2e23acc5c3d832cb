import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputFile } from './import-all.ts';

const onetProfileName = /^\d{2}-\d{4}\.\d{2}\.json$/;

/** Writes files whose text changed and removes O*NET profiles no longer in the input, so the directory mirrors the input. */
export function writeOutputs(outputDir: string, outputs: readonly OutputFile[]): { written: string[]; unchanged: string[]; removed: string[] } {
  const report = { written: [] as string[], unchanged: [] as string[], removed: [] as string[] };
  for (const output of outputs) {
    const target = path.join(outputDir, output.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === output.text) {
      report.unchanged.push(output.path);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, output.text);
    report.written.push(output.path);
  }
  const onetDir = path.join(outputDir, 'onet');
  const expected = new Set(outputs.map((output) => output.path));
  for (const name of existsSync(onetDir) ? readdirSync(onetDir).sort() : []) {
    if (onetProfileName.test(name) && !expected.has(`onet/${name}`)) {
      rmSync(path.join(onetDir, name));
      report.removed.push(`onet/${name}`);
    }
  }
  return report;
}
