import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HeadlinePay } from '../../../src/lib/headline.ts';
import { familyOgCard, headlineRange, roleFamilyCardGroups, shareCardGroup, siteOgCard } from '../../../src/lib/seo/og-card.ts';
import { ogCacheDirectory, ogCacheKey, renderOgPng, renderOgPngUncached } from '../../../src/lib/seo/og-image.ts';
import { fixtureRoleInput, rolePage } from './fixtures.ts';

const pay = (amount: number, overrides: Partial<HeadlinePay> = {}): HeadlinePay => ({
  amount,
  currency: 'USD',
  region: 'US',
  kind: 'median',
  sourceLabel: 'U.S. Bureau of Labor Statistics, May 2025',
  sourceId: 'bls-oews-m2025-national',
  ...overrides,
});

describe('headlineRange', () => {
  it('spans the figures that share the commonest source, currency, region and statistic, never mixing them', () => {
    const range = headlineRange([pay(90000), pay(120000), pay(60000, { currency: 'GBP', region: 'GB', sourceId: 'ons' }), pay(105000)]);
    expect(range).toMatchObject({ low: { amount: 90000 }, high: { amount: 120000 }, count: 3 });
    expect(headlineRange([])).toBeUndefined();
  });
});

describe('family share cards', () => {
  const base = fixtureRoleInput();
  const analyst = rolePage(base, 'test-analyst');
  const other = rolePage({ ...base, title: 'Senior Test Analyst' }, 'senior-test-analyst');

  it('says the family, its role count and the span of its headline pay with currency, region and source', () => {
    const card = familyOgCard('quality', [analyst, other]);
    expect(card.title).toBe('Quality and testing roles');
    expect(card.summary).toContain('2 roles in the guide');
    expect(card.figure?.label).toBe('Median pay across 2 roles');
    expect(card.figure?.amount).toMatch(/^\$[\d,]+ USD a year$/);
    expect(card.figure?.region).toBe('United States');
    expect(card.figure?.source).toMatch(/^Source: U\.S\. Bureau of Labor Statistics/);
  });

  it('gives every role of a family the same image, whose alt text says what the card shows', () => {
    const groups = roleFamilyCardGroups([analyst, other]);
    expect([...groups.keys()]).toEqual(['quality']);
    const group = groups.get('quality')!;
    expect(group.image.path).toBe('/og/groups/roles-quality.png');
    expect(group.image.alt).toBe(
      `Quality and testing roles: median pay across 2 roles, ${group.card.figure!.amount}, United States. ${group.card.figure!.source}.`,
    );
  });

  it('calls a total pay estimate what its source calls it, never a median or an average', () => {
    const total = pay(79057, { kind: 'total', sourceId: 'glassdoor-back-end-developer', sourceLabel: 'Glassdoor' });
    const pages = [analyst, other].map((page) => ({ ...page, headline: total }));
    const card = familyOgCard('quality', pages);
    expect(card.figure?.label).toBe('Total pay estimate across 2 roles');
    expect(card.figure?.amount).toBe('$79,057 USD a year');
    const { alt } = shareCardGroup('roles-quality', card).image;
    expect(alt).toContain(': total pay estimate across 2 roles, $79,057 USD a year');
    expect(alt).not.toMatch(/median|average/i);
  });

  it('refuses an id that is not a URL-safe word list', () => {
    expect(() => shareCardGroup('Roles/Quality', siteOgCard())).toThrow('must be lower-case words joined by hyphens');
  });
});

describe('share image cache', () => {
  const directory = mkdtempSync(join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('keys a card by everything that decides its pixels', () => {
    const card = siteOgCard();
    expect(ogCacheKey(card)).toBe(ogCacheKey({ ...card }));
    expect(ogCacheKey({ ...card, title: `${card.title}!` })).not.toBe(ogCacheKey(card));
    expect(ogCacheKey(card)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders once, then returns the same bytes from the cache, equal to a fresh render', async () => {
    const card = siteOgCard();
    const first = await renderOgPng(card, directory);
    const file = join(directory, `${ogCacheKey(card)}.png`);
    expect(readdirSync(directory)).toEqual([`${ogCacheKey(card)}.png`]);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(first))).toBe(true);
    // A cache hit reads the file: prove it by changing the file and reading it back.
    writeFileSync(file, 'cached');
    expect(Buffer.from(await renderOgPng(card, directory)).toString()).toBe('cached');
    // And the render is deterministic, so what was cached is what a clean build would make.
    expect(Buffer.from(await renderOgPngUncached(card)).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first.subarray(1, 4)).toString()).toBe('PNG');
  });

  it('lives under node_modules/.cache unless told otherwise, and can be turned off', () => {
    expect(ogCacheDirectory({})).toBe(join(process.cwd(), 'node_modules', '.cache', 'career-atlas', 'og'));
    expect(ogCacheDirectory({ CAREER_ATLAS_OG_CACHE: '/tmp/og' })).toBe('/tmp/og');
    expect(ogCacheDirectory({ CAREER_ATLAS_OG_CACHE: 'off' })).toBeUndefined();
    expect(existsSync(directory)).toBe(true);
  });
});
