// npm run check -- [--format text|json|github] [--max-age-years N] [--root DIR]
// Checks every role file, the template, the source and skill registries and the data files with the
// content rules (the same check `astro build` runs first); exits 1 on errors, 0 when only warnings remain.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_AGE_YEARS, runCheck } from './content-check.ts';
import { FORMATS, formatFindings, type Format } from './formatters.ts';

const USAGE = `usage: npm run check -- [--format text|json|github] [--max-age-years N] [--root DIR]
  --format         output style (default text)
  --max-age-years  warn about salary figures at least this many years old (default ${DEFAULT_MAX_AGE_YEARS})
  --root           project directory holding content/ (default: the current directory)
  CHECK_TODAY=YYYY-MM-DD overrides today's date.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\nContent check did not run.\n`);
  process.exit(2);
}

function parseOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        'max-age-years': { type: 'string', default: String(DEFAULT_MAX_AGE_YEARS) },
        root: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) fail(`expected --format text, json or github, got ${JSON.stringify(values.format)}`);
  const maxAgeYears = Number(values['max-age-years']);
  if (!Number.isInteger(maxAgeYears) || maxAgeYears < 1)
    fail(`expected --max-age-years to be a whole number of at least 1, got ${JSON.stringify(values['max-age-years'])}`);
  return { format: values.format as Format, maxAgeYears, root: path.resolve(values.root) };
}

// yaml's parser reads process.env.LOG_TOKENS once per token, and every read of the real
// process.env is a call into the runtime: a quarter of the parse. This process starts no other
// processes and sets no variables, so a plain copy serves it (worker threads copy it in turn).
process.env = { ...process.env };

const options = parseOptions(process.argv.slice(2));
let result;
try {
  result = await runCheck(options.root, { maxAgeYears: options.maxAgeYears });
} catch (error) {
  // A bug or an unreadable file, not a finding: say so, with the stack to report it.
  process.stderr.write(`${(error as Error).stack ?? String(error)}\nContent check could not finish: ${(error as Error).message}\n`);
  process.exit(2);
}
process.stdout.write(formatFindings(options.format, result.findings, result.files));
process.exitCode = result.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
