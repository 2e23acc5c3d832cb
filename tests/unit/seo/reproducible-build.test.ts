import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../../scripts/reproducible-build.ts';

const root = mkdtempSync(join(tmpdir(), 'repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(build: string, file: string, text: string): string {
  const path = join(root, build, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return join(root, build);
}

describe('compareBuilds', () => {
  it('names files whose bytes differ and files only one build has', () => {
    const first = write('a', 'index.html', 'same');
    write('a', 'og/x.png', 'one');
    write('a', 'gone.txt', 'x');
    const second = write('b', 'index.html', 'same');
    write('b', 'og/x.png', 'two');
    write('b', 'new.txt', 'x');
    expect(compareBuilds(first, second)).toEqual({ files: 3, differing: ['og/x.png'], onlyInFirst: ['gone.txt'], onlyInSecond: ['new.txt'] });
  });

  it('finds nothing to report for identical builds', () => {
    const first = write('c', 'index.html', 'same');
    const second = write('d', 'index.html', 'same');
    expect(compareBuilds(first, second)).toEqual({ files: 1, differing: [], onlyInFirst: [], onlyInSecond: [] });
  });
});
