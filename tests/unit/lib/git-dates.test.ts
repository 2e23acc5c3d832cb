import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastChangedDates } from '../../../src/lib/git-dates.ts';

const startDir = process.cwd();
afterEach(() => process.chdir(startDir));

function commit(repo: string, file: string, date: string) {
  writeFileSync(join(repo, file), date);
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  execFileSync('git', ['add', file], { cwd: repo, env });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', date], { cwd: repo, env });
}

describe('lastChangedDates', () => {
  it('gives each file the day of its newest commit, from one git call', () => {
    const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    mkdirSync(join(repo, 'roles'));
    commit(repo, 'roles/a.mdx', '2025-01-02');
    commit(repo, 'roles/b.mdx', '2025-03-04');
    commit(repo, 'roles/a.mdx', '2025-05-06');
    process.chdir(repo);
    expect(Object.fromEntries(lastChangedDates('roles'))).toEqual({ 'roles/a.mdx': '2025-05-06', 'roles/b.mdx': '2025-03-04' });
  });

  it('is empty outside a git checkout instead of failing the build', () => {
    process.chdir(mkdtempSync(join(tmpdir(), 'no-git-')));
    expect(lastChangedDates('roles').size).toBe(0);
  });
});
