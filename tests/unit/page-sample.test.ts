import { describe, expect, it } from 'vitest';
import { pageKind, samplePages } from '../e2e/page-sample.ts';

const occupations = Array.from({ length: 1250 }, (_, index) => `/occupations/${String(index).padStart(4, '0')}/`);
const roles = ['/roles/b/', '/roles/a/', '/roles/'];

describe('page sample for browser checks', () => {
  it('keeps every page of a kind with few pages, and every kind', () => {
    expect(samplePages(['/', ...roles, '/sources/'])).toEqual(['/', '/roles/', '/roles/a/', '/roles/b/', '/sources/']);
  });

  it('takes an even, repeatable sample of a kind with many pages, keeping its first and last', () => {
    const sample = samplePages([...occupations, ...roles], { perPrefix: 50 });
    const sampled = sample.filter((path) => pageKind(path) === 'occupations');
    expect(sampled).toHaveLength(50);
    expect(sampled[0]).toBe('/occupations/0000/');
    expect(sampled.at(-1)).toBe('/occupations/1249/');
    expect(new Set(sampled).size).toBe(50);
    expect(sampled[1]).toBe('/occupations/0025/');
    expect(samplePages([...occupations].reverse(), { perPrefix: 50 })).toEqual(sampled);
    expect(sample.filter((path) => pageKind(path) === 'roles')).toEqual(['/roles/', '/roles/a/', '/roles/b/']);
  });

  it('checks every page when asked', () => {
    expect(samplePages(occupations, { all: true })).toHaveLength(1250);
  });

  it('reads the kind under the base path', () => {
    expect(pageKind('/atlas/roles/x/', '/atlas/')).toBe('roles');
    expect(pageKind('/', '/')).toBe('');
  });
});
