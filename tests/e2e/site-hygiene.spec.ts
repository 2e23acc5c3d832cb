import { expect, test } from './fixtures.ts';
import { basePath, distDir } from './built-site.ts';
import { allPages, samplePages } from './page-sample.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { listHtmlPages, pagePathOf } from '../../scripts/site/dist-files.ts';
import { validateBuiltHtml } from '../../scripts/validate-html.ts';

// Both read the built files directly; the scripts print the same reports from the command line
// (npm run check:html, npm run check:links), always over every page.

// html-validate: every kind of page on a sample (npm test) or every page (npm run test:full), in four shards
// the workers share.
const files = listHtmlPages(distDir);
const byPath = new Map(files.map((file) => [`${basePath}${pagePathOf(file).replace(/^\//, '')}`, file]));
const validated = samplePages([...byPath.keys()], { all: allPages, basePath }).map((path) => byPath.get(path)!);
const shards = 4;
for (let shard = 0; shard < shards; shard += 1) {
  const part = validated.filter((_, index) => index % shards === shard);
  test(`built pages pass html-validate (tests/htmlvalidate.json), shard ${shard + 1} of ${shards}: ${part.length} pages`, async () => {
    const { pages, problems } = await validateBuiltHtml(distDir, part);
    expect(pages).toBeGreaterThan(10);
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message} (${problem.rule})`)).toEqual([]);
  });
}

test('every internal link and #fragment in the built site resolves', () => {
  const report = checkLinks(distDir);
  test.info().annotations.push({ type: 'links checked', description: `${report.internal} internal on ${report.pages} pages` });
  expect(report.internal).toBeGreaterThan(report.pages);
  expect(report.broken.map((link) => `${link.at} ${link.href}: ${link.reason} (fix in ${link.source})`)).toEqual([]);
});
