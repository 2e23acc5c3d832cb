import { expect, test } from './fixtures.ts';
import { distDir } from './built-site.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { validateBuiltHtml } from '../../scripts/validate-html.ts';

// Both read the built files directly; the scripts print the same reports from the command line.

test('every built page passes html-validate (tests/htmlvalidate.json)', async () => {
  const { pages, problems } = await validateBuiltHtml(distDir);
  test.info().annotations.push({ type: 'pages validated', description: String(pages) });
  expect(pages).toBeGreaterThan(10);
  expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message} (${problem.rule})`)).toEqual([]);
});

test('every internal link and #fragment in the built site resolves', () => {
  const report = checkLinks(distDir);
  test.info().annotations.push({ type: 'links checked', description: `${report.internal} internal on ${report.pages} pages` });
  expect(report.internal).toBeGreaterThan(report.pages);
  expect(report.broken.map((link) => `${link.at} ${link.href}: ${link.reason} (fix in ${link.source})`)).toEqual([]);
});
