import { describe, expect, it } from 'vitest';
import { pageKind, samplePages } from '../e2e/page-sample.ts';

const occupations = Array.from({ length: 1250 }, (_, index) => `/occupations/${String(index).padStart(4, '0')}/`);
const groups = Array.from({ length: 22 }, (_, index) => `/occupations/group/${String(index).padStart(2, '0')}/`);
const roles = Array.from({ length: 60 }, (_, index) => `/roles/r${String(index).padStart(2, '0')}/`);

describe('page sample for browser checks', () => {
  it('keeps every page of a kind with few pages, and every kind', () => {
    expect(samplePages(['/', '/roles/', '/sources/', '/skills/b/', '/skills/a/'])).toEqual(['/', '/roles/', '/sources/', '/skills/a/', '/skills/b/']);
  });

  it('takes an even, repeatable sample of a kind with many pages, keeping its first and last', () => {
    const sample = samplePages([...occupations, ...groups, '/occupations/'], { perKind: 50 });
    const sampled = sample.filter((path) => pageKind(path) === '/occupations/');
    expect(sampled).toHaveLength(50);
    expect(sampled[0]).toBe('/occupations/0000/');
    expect(sampled.at(-1)).toBe('/occupations/1249/');
    expect(new Set(sampled).size).toBe(50);
    expect(sampled[1]).toBe('/occupations/0025/');
    expect(samplePages([...occupations, ...groups, '/occupations/'].reverse(), { perKind: 50 })).toEqual(sample);
    // The group pages are a kind of their own (another route), so a sample of occupations never leaves them out.
    expect(sample.filter((path) => pageKind(path) === '/occupations/group/')).toEqual(groups);
    expect(sample).toContain('/occupations/');
  });

  it('samples 6 of each kind by default, and keeps every page of a kind asked for in full', () => {
    const sample = samplePages([...occupations, ...groups, ...roles]);
    expect(sample.filter((path) => path.startsWith('/occupations/group/'))).toHaveLength(6);
    expect(sample.filter((path) => pageKind(path) === '/occupations/')).toHaveLength(6);
    expect(sample.filter((path) => pageKind(path) === '/roles/')).toEqual([
      '/roles/r00/',
      '/roles/r12/',
      '/roles/r24/',
      '/roles/r35/',
      '/roles/r47/',
      '/roles/r59/',
    ]);
    expect(samplePages(roles, { inFull: ['/roles/'] })).toEqual(roles);
  });

  it('checks every page when asked', () => {
    expect(samplePages(occupations, { all: true })).toHaveLength(1250);
  });

  it('reads the kind under the base path', () => {
    expect(pageKind('/atlas/roles/x/', '/atlas/')).toBe('/roles/');
    expect(pageKind('/atlas/', '/atlas/')).toBe('/');
    expect(pageKind('/', '/')).toBe('/');
    expect(samplePages(['/atlas/roles/a/', '/atlas/roles/b/', '/atlas/roles/c/'], { perKind: 2, basePath: '/atlas/' })).toEqual([
      '/atlas/roles/a/',
      '/atlas/roles/c/',
    ]);
  });
});
