// npm run check -- [--format text|json|github] [--max-age-years N] [--root DIR]
// Checks every role file, the source and skill registries and the data files; exits 1 on errors.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_AGE_YEARS, runCheck } from '../../src/lib/check/content-check.ts';
import { FORMATS, formatFindings, type Format } from '../../src/lib/check/formatters.ts';

const USAGE = `usage: npm run check -- [--format text|json|github] [--max-age-years N] [--root DIR]
  --format         output style (default text)
  --max-age-years  warn about salary figures at least this many years old (default ${DEFAULT_MAX_AGE_YEARS})
  --root           project directory holding content/ (default: the current directory)
  CHECK_TODAY=YYYY-MM-DD overrides today's date.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
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
  if (!Number.isInteger(maxAgeYears) || maxAgeYears < 1) fail(`expected --max-age-years to be a whole number of at least 1, got ${JSON.stringify(values['max-age-years'])}`);
  return { format: values.format as Format, maxAgeYears, root: path.resolve(values.root) };
}

const options = parseOptions(process.argv.slice(2));
let result;
try {
  result = runCheck(options.root, { maxAgeYears: options.maxAgeYears });
} catch (error) {
  fail((error as Error).message);
}
process.stdout.write(formatFindings(options.format, result.findings, result.files));
const errors = result.findings.filter((finding) => finding.severity === 'error').length;
// The verdict, last, for people: "0 errors, 2 warnings" passes, and a reader should not have to know that.
if (options.format === 'text' && result.findings.length > 0) {
  const warnings = result.findings.length - errors;
  const them = (count: number, what: string) => (count === 1 ? `the ${what} above` : `the ${count} ${what}s above`);
  process.stdout.write(errors > 0 ? `Check failed: fix ${them(errors, 'error')}.\n` : `Check passed: no errors; ${them(warnings, 'warning')} ${warnings === 1 ? 'does' : 'do'} not fail it.\n`);
}
process.exitCode = errors > 0 ? 1 : 0;
