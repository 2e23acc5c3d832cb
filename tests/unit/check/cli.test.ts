import { afterAll, describe, expect, it } from 'vitest';
import { contentTree, removeWorkspaces, runCheckCli } from './support/workspace.ts';

afterAll(removeWorkspaces);

// Each test starts several node processes; a busy two-core machine needs more than the default 5 s.
describe('npm run check', { timeout: 60_000 }, () => {
  const defects = contentTree(['content/defects']);
  const stale = contentTree(['content/stale']);
  const clean = contentTree();

  it('exits 1, lists every finding and says the check failed', () => {
    const result = runCheckCli(defects);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[10]).toBe(
      'content/roles/test-manager.mdx:2:8  title  expected a title no other role uses, got "Test Manager", already the title of content/roles/test-analyst.mdx',
    );
    expect(lines.at(-1)).toBe('Content check failed: 19 errors, 0 warnings in 13 files.');
  });

  it('exits 0 on warnings alone and on clean content, and says the check passed', () => {
    const staleResult = runCheckCli(stale);
    expect(staleResult.status).toBe(0);
    expect(staleResult.stdout).toMatch(/\nContent check passed: 0 errors, 1 warning in 10 files\.\n$/);
    expect(runCheckCli(clean)).toMatchObject({ status: 0, stdout: 'Content check passed: 0 errors, 0 warnings in 10 files.\n' });
  });

  it('passes --max-age-years and --format through', () => {
    expect(runCheckCli(stale, '--max-age-years', '5').stdout).toBe('Content check passed: 0 errors, 0 warnings in 10 files.\n');
    expect(runCheckCli(stale, '--format', 'github').stdout).toBe(
      '::warning file=content/roles/developer.mdx,line=25,col=11,title=salaries[0].asOf::figure for 2022-05 is 4 years old; check for a newer figure\n' +
        'Content check passed: 0 errors, 1 warning in 10 files.\n',
    );
    expect(JSON.parse(runCheckCli(defects, '--format', 'json').stdout)).toMatchObject({ files: 13, errors: 19, warnings: 0 });
  });

  it('exits 2 with usage on bad arguments, and says the check did not run', () => {
    const result = runCheckCli(clean, '--format', 'xml');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^expected --format text, json or github, got "xml"\nusage: npm run check[\s\S]*\nContent check did not run\.\n$/);
    expect(runCheckCli(clean, '--max-age-years', 'old').status).toBe(2);
    expect(runCheckCli(clean, '--bogus').status).toBe(2);
  });
});
