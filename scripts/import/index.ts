// Entry point: node scripts/import/index.ts [inputDir] [outputDir]  (npm run data:import)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPaths } from '../../src/content-paths.ts';
import { ImportError } from './errors.ts';
import { importAll } from './import-all.ts';
import { writeOutputs } from './write-outputs.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function readInputFrom(inputDir: string): (relativePath: string) => string {
  return (relativePath) => {
    const file = path.join(inputDir, relativePath);
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new ImportError(`${relativePath}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function main(args: string[]): void {
  if (args.length > 2) throw new ImportError('usage: node scripts/import/index.ts [inputDir] [outputDir]');
  const [inputArg, outputArg] = args;
  // Arguments are relative to where the command runs; the defaults are relative to the project, whatever the cwd.
  const inputDir = inputArg ? path.resolve(inputArg) : path.resolve(projectRoot, '../shared/data');
  const outputDir = outputArg ? path.resolve(outputArg) : path.resolve(projectRoot, contentPaths.data);
  const outputs = importAll(readInputFrom(inputDir));
  const { written, unchanged, removed } = writeOutputs(outputDir, outputs);
  for (const file of written) console.log(`wrote     ${file}`);
  for (const file of removed) console.log(`removed   ${file}`);
  console.log(`${outputs.length} files from ${inputDir} in ${outputDir}: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof ImportError ? `data import failed:\n${error.message}` : error);
  process.exitCode = 1;
}
