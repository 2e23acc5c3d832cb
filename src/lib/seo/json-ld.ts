/**
 * schema.org structured data for a role page, built from the same RolePage the page renders, typed
 * against schema.org with schema-dts so a misspelt property or wrong type fails the type check.
 */
import type { AdministrativeArea, CategoryCode, MonetaryAmountDistribution, Occupation, WithContext } from 'schema-dts';
import { regionName } from '../regions.ts';
import type { PayRow } from '../pay.ts';
import type { RolePage } from '../role-page.ts';

const codeSets = {
  soc: { '@type': 'CategoryCodeSet', name: '2018 Standard Occupational Classification (SOC)' },
  onet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC 2019 Taxonomy' },
} as const;

const durations = { year: 'P1Y', hour: 'PT1H' } as const;

const percentileProperties = { p10: 'percentile10', p25: 'percentile25', median: 'median', p75: 'percentile75', p90: 'percentile90' } as const;

function occupationalCategories(page: RolePage): CategoryCode[] {
  return page.data.occupations.flatMap((occupation) => [
    { '@type': 'CategoryCode', codeValue: occupation.soc, name: occupation.title, inCodeSet: codeSets.soc } as const,
    ...(occupation.onet ? [{ '@type': 'CategoryCode', codeValue: occupation.onet, name: occupation.title, inCodeSet: codeSets.onet } as const] : []),
  ]);
}

/**
 * One distribution per pay row, in the row's own currency and period. Only plain published amounts go in:
 * a top-coded value ("$239,200 or more") has no place in a percentile property, so it is left out rather
 * than shown as if it were exact. The mean has no schema.org property, and a total pay estimate (row.total) is
 * neither a median nor a percentile, so it is never written as one; rows with no percentile are skipped.
 */
function salaryDistribution(row: PayRow): MonetaryAmountDistribution | undefined {
  const percentiles = Object.entries(percentileProperties).flatMap(([key, property]) => {
    const value = row.stats[key as keyof typeof percentileProperties];
    return typeof value === 'number' ? [[property, value] as const] : [];
  });
  if (percentiles.length === 0) return undefined;
  return {
    '@type': 'MonetaryAmountDistribution',
    name: `${row.publisher}${row.measures ? `, ${row.measures}` : ''}: ${row.regionName}, ${row.dateLabel}`,
    currency: row.currency,
    duration: durations[row.period],
    ...Object.fromEntries(percentiles),
  };
}

function location(region: string): AdministrativeArea {
  return /^[A-Z]{2}$/.test(region) ? { '@type': 'Country', name: regionName(region), identifier: region } : { '@type': 'AdministrativeArea', name: region };
}

/** The role as a schema.org Occupation (what search engines' salary and occupation features read); `pageUrl` is the page's absolute canonical URL. */
export function roleJsonLd(page: RolePage, pageUrl: string): WithContext<Occupation> {
  const { data } = page;
  const salaries = page.payRows.flatMap((row) => salaryDistribution(row) ?? []);
  const regions = [...new Set(page.payRows.map((row) => row.region))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: data.title,
    description: data.summary,
    url: pageUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl },
    occupationalCategory: occupationalCategories(page),
    estimatedSalary: salaries,
    occupationLocation: regions.map(location),
    educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: page.education.typicalEntry },
    // The lists of responsibilities and qualifications stay in the page's text, where crawlers read them: written
    // again here they cost a role page about 550 B gzip of its 14 KB budget, and no search feature reads them.
    skills: page.skillGroups.flatMap((group) => group.skills.map((skill) => skill.name)),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. HTML ends a script at the first "</script",
 * whatever JSON thinks of it, so "<" (and ">", "&", and the two line separators JavaScript rejects) are
 * written as \u escapes: same JSON value, no way out of the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
