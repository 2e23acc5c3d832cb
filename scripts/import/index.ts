// Entry point: node scripts/import/index.ts [rawDir] [outputDir]  (npm run data:import)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPaths } from '../../src/content-paths.ts';
import { ImportError } from './errors.ts';
import { importAll } from './import-all.ts';
import { writeOutputs } from './write-outputs.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(args: string[]): Promise<void> {
  if (args.length > 2) throw new ImportError('usage: node scripts/import/index.ts [rawDir] [outputDir]');
  const [inputArg, outputArg] = args;
  // Arguments are relative to where the command runs; the defaults are relative to the project, whatever the cwd.
  const rawDir = inputArg ? path.resolve(inputArg) : path.resolve(projectRoot, '../shared/data/raw');
  const outputDir = outputArg ? path.resolve(outputArg) : path.resolve(projectRoot, contentPaths.data);
  if (!existsSync(rawDir)) throw new ImportError(`cannot find the publishers' files at ${rawDir}; pass their folder as the first argument`);
  const started = performance.now();
  const outputs = await importAll(rawDir);
  const { written, unchanged, removed } = writeOutputs(outputDir, outputs);
  for (const file of written) console.log(`wrote     ${file}`);
  for (const file of removed) console.log(`removed   ${file}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${outputs.length} files from ${rawDir} in ${outputDir}: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed (${seconds} s)`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof ImportError ? `data import failed:\n${error.message}` : error);
  process.exitCode = 1;
}
