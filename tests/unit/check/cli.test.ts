import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const fixtures = path.join(import.meta.dirname, 'fixtures', 'content');

function check(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'check', 'index.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CHECK_TODAY: '2026-11-23' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts several node processes; a busy two-core machine needs more than the default 5 s.
describe('npm run check', { timeout: 60_000 }, () => {
  it('exits 1 and lists every finding when there are errors', () => {
    const result = check('--root', path.join(fixtures, 'defects'));
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(17);
    expect(lines[6]).toBe('content/roles/test-manager.mdx:2:8  title  expected a title no other role uses, got "Test Manager", already the title of content/roles/test-analyst.mdx');
    expect(lines.at(-2)).toBe('15 errors, 0 warnings in 6 files');
    expect(lines.at(-1)).toBe('Check failed: fix the 15 errors above.');
  });

  it('exits 0 on warnings alone and on clean content', () => {
    const stale = check('--root', path.join(fixtures, 'stale'));
    expect(stale.status).toBe(0);
    expect(stale.stdout).toMatch(/0 errors, 1 warning in 4 files\nCheck passed: no errors; the warning above does not fail it.\n$/);
    expect(check('--root', path.join(fixtures, 'clean'))).toMatchObject({ status: 0, stdout: 'No problems in 5 files.\n' });
  });

  it('passes --max-age-years and --format through', () => {
    expect(check('--root', path.join(fixtures, 'stale'), '--max-age-years', '5').stdout).toBe('No problems in 4 files.\n');
    const github = check('--root', path.join(fixtures, 'stale'), '--format', 'github');
    expect(github.stdout).toBe(
      '::warning file=content/roles/developer.mdx,line=21,col=11,title=salaries[0].asOf::figure for 2022-05 is 4 years old; check for a newer figure\n' +
        '0 errors, 1 warning in 4 files\n',
    );
    expect(JSON.parse(check('--root', path.join(fixtures, 'defects'), '--format', 'json').stdout)).toMatchObject({ files: 6, errors: 15, warnings: 0 });
  });

  it('exits 2 with usage on bad arguments', () => {
    const result = check('--format', 'xml');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^expected --format text, json or github, got "xml"\nusage: npm run check/);
    expect(check('--max-age-years', 'old').status).toBe(2);
    expect(check('--bogus').status).toBe(2);
  });
});
