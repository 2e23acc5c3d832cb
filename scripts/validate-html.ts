/**
 * Validates every built HTML page with html-validate (rules: tests/htmlvalidate.json) and prints each
 * problem as file:line:col. Exits non-zero when any page has an error. The config relaxes valid-id to
 * what HTML itself allows (no spaces), because source ids carry versions such as "onet-29.3".
 *
 *   node scripts/validate-html.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { listHtmlPages } from './site/dist-files.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const configFile = new URL('../tests/htmlvalidate.json', import.meta.url);

/** Every error html-validate finds in the built pages under `directory` (or in `only`, files relative to it). */
export async function validateBuiltHtml(directory: string, only?: readonly string[]): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData);
  const pages = only ?? listHtmlPages(directory);
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(directory, page), 'utf8'), join(directory, page));
    for (const result of report.results) {
      problems.push(
        ...result.messages
          .filter((message: Message) => message.severity === 2)
          .map((message: Message) => ({ file: page, line: message.line, column: message.column, rule: message.ruleId, message: message.message })),
      );
    }
  }
  return { pages: pages.length, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const directory = resolve(process.argv[2] ?? 'dist');
  const { pages, problems } = await validateBuiltHtml(directory);
  for (const problem of problems) console.error(`${join(directory, problem.file)}:${problem.line}:${problem.column} ${problem.message} (${problem.rule})`);
  console.log(`${pages} pages validated, ${problems.length} errors`);
  process.exit(problems.length === 0 && pages > 0 ? 0 : 1);
}
