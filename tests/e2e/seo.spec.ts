import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { basePath, builtPagePaths, distDir, publicUrl, readBuiltPage, served, sitemapPaths } from './built-site.ts';
import type { RoleDetail, RolesIndex } from '../../src/lib/api/schemas.ts';

const pages = sitemapPaths();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the sitemap lists every built page except the not-found page', () => {
  const expected = builtPagePaths().filter((path) => !path.endsWith('/404.html'));
  expect([...pages].sort()).toEqual(expected.sort());
  expect(pages.length).toBeGreaterThan(10);
});

test('robots.txt and the sitemap index point to the sitemap on the configured site URL', async ({ request }) => {
  const robots = await (await request.get(served('/robots.txt'))).text();
  expect(robots).toContain(`Sitemap: ${publicUrl(`${basePath}sitemap-index.xml`)}`);
  const index = await (await request.get(served('/sitemap-index.xml'))).text();
  expect(index).toContain(`<loc>${publicUrl(`${basePath}sitemap-0.xml`)}</loc>`);
});

test('every page has its own title and description, a canonical URL, and Open Graph and Twitter card tags', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of pages) {
    const built = readBuiltPage(path);
    const meta = (attrs: Record<string, string>) => built.attr('meta', attrs, 'content');
    const title = built.find('title')[0]?.text ?? '';
    const description = meta({ name: 'description' }) ?? '';
    expect(title, path).not.toBe('');
    expect(description.length, `description of ${path}`).toBeGreaterThan(20);
    expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    expect(descriptions.get(description), `${path} has the same description as ${descriptions.get(description)}`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);

    const canonical = publicUrl(path);
    expect(built.attr('link', { rel: 'canonical' }, 'href'), path).toBe(canonical);
    expect(meta({ property: 'og:url' }), path).toBe(canonical);
    expect(meta({ property: 'og:title' }), path).toBeTruthy();
    expect(meta({ property: 'og:description' }), path).toBe(description);
    expect(meta({ name: 'twitter:card' }), path).toBe('summary_large_image');
    const image = meta({ property: 'og:image' }) ?? '';
    expect(image.startsWith(publicUrl(basePath)), `${path} og:image ${image}`).toBe(true);
    expect(meta({ name: 'twitter:image' }), path).toBe(image);
    expect(meta({ property: 'og:image:alt' }), path).toBeTruthy();
  }
});

test('the not-found page asks not to be indexed and declares no canonical URL', () => {
  const built = readBuiltPage(served('/404.html'));
  expect(built.attr('meta', { name: 'robots' }, 'content')).toBe('noindex');
  expect(built.find('link', { rel: 'canonical' })).toEqual([]);
});

test("every share image is a 1200×630 PNG, and each role has its family's, whose alt text gives the family's pay span with its source", async ({ request }) => {
  const index = (await (await request.get(served('/api/roles.json'))).json()) as RolesIndex;
  const images = new Set(pages.map((path) => readBuiltPage(path).attr('meta', { property: 'og:image' }, 'content')!));
  for (const image of images) {
    const file = new URL(image).pathname.slice(basePath.length);
    expect(pngSize(readFileSync(`${distDir}${file}`)), image).toEqual({ width: 1200, height: 630 });
    expect((await request.get(new URL(image).pathname)).headers()['content-type'], image).toContain('image/png');
  }
  // One image per family, not per role: a large catalogue stays a handful of images.
  const families = new Set(index.roles.map((role) => role.family));
  expect(images.size).toBeLessThanOrEqual(families.size + 1);
  const format = new Intl.NumberFormat('en-US');
  for (const role of index.roles) {
    const built = readBuiltPage(role.url);
    expect(built.attr('meta', { property: 'og:image' }, 'content'), role.slug).toBe(publicUrl(served(`/og/groups/roles-${role.family}.png`)));
    const alt = built.attr('meta', { property: 'og:image:alt' }, 'content') ?? '';
    const members = index.roles.filter(
      (other) => other.family === role.family && other.headline?.source.id === role.headline?.source.id && other.headline?.currency === role.headline?.currency,
    );
    if (role.headline && members.length === index.roles.filter((other) => other.family === role.family).length) {
      // Every role of the family shares the basis, so the span runs from its lowest figure to its highest.
      const amounts = members.map((other) => other.headline!.amount);
      const low = format.format(Math.min(...amounts));
      const high = format.format(Math.max(...amounts));
      expect(alt, role.slug).toContain(low === high ? `$${low} ${role.headline.currency}` : `$${low}–$${high} ${role.headline.currency}`);
      expect(alt, role.slug).toContain(role.headline.source.label);
    }
    expect(alt, role.slug).toMatch(/ roles: /);
  }
});

/** The JSON-LD a role's data should produce, derived independently from its API entry. */
function expectedJsonLd(role: RoleDetail, canonical: string) {
  const durations = { year: 'P1Y', hour: 'PT1H' } as const;
  const percentiles = [
    ['p10', 'percentile10'],
    ['p25', 'percentile25'],
    ['median', 'median'],
    ['p75', 'percentile75'],
    ['p90', 'percentile90'],
  ] as const;
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    description: role.summary,
    url: canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    occupationalCategory: role.occupations.flatMap((occupation) => [
      expect.objectContaining({ '@type': 'CategoryCode', codeValue: occupation.soc }),
      ...(occupation.onet ? [expect.objectContaining({ '@type': 'CategoryCode', codeValue: occupation.onet })] : []),
    ]),
    // Top-coded amounts ({ atLeast }) are never written as a number; rows without a plain percentile are left out.
    estimatedSalary: role.payRows
      .map((row) => ({
        row,
        known: percentiles.flatMap(([key, property]) => (typeof row.stats[key] === 'number' ? [[property, row.stats[key]] as const] : [])),
      }))
      .filter(({ known }) => known.length > 0)
      .map(({ row, known }) => ({
        '@type': 'MonetaryAmountDistribution',
        name: expect.stringContaining(row.publisher),
        currency: row.currency,
        duration: durations[row.period],
        ...Object.fromEntries(known),
      })),
    occupationLocation: [...new Map(role.payRows.map((row) => [row.region, row.regionName])).values()].map((name) => expect.objectContaining({ name })),
    educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: role.education.typicalEntry },
    skills: role.skills.flatMap((group) => group.skills.map((skill) => skill.name)),
  };
}

test('each role page embeds schema.org Occupation JSON-LD equal to the role data, with no way out of its script element', async ({ page, request }) => {
  const index = (await (await request.get(served('/api/roles.json'))).json()) as RolesIndex;
  expect(index.roles.length).toBeGreaterThan(0);
  for (const summary of index.roles) {
    const role = (await (await request.get(summary.api)).json()) as RoleDetail;
    await page.goto(summary.url, { waitUntil: 'domcontentloaded' });
    const blocks = page.locator('script[type="application/ld+json"]');
    await expect(blocks, summary.slug).toHaveCount(1);
    const text = (await blocks.textContent()) ?? '';
    expect(text, summary.slug).not.toContain('<');
    expect(JSON.parse(text), summary.slug).toEqual(expectedJsonLd(role, publicUrl(summary.url)));
  }
});
