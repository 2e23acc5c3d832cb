/** Turns role page objects into the JSON API's shapes; the pages render from the same objects. */
import type { Citation } from '../citations.ts';
import type { HeadlinePay } from '../headline.ts';
import type { PayRow } from '../pay.ts';
import type { RoleLink, RolePage } from '../role-page.ts';
import { urls } from '../urls.ts';
import { machineUrls } from '../seo/urls.ts';
import { site } from '../../site.config.ts';
import { roleDetailSchema, rolesIndexSchema, type ApiHeadline, type RoleDetail, type RolesIndex, type RoleSummary } from './schemas.ts';

function sourceRef(citation: Citation) {
  return { id: citation.source.id, number: citation.number };
}

function headline(pay: HeadlinePay | undefined): ApiHeadline | null {
  if (!pay) return null;
  return {
    amount: pay.amount,
    currency: pay.currency,
    region: pay.region,
    kind: pay.kind,
    source: { id: pay.sourceId, label: pay.sourceLabel },
    ...(pay.measures ? { measures: pay.measures } : {}),
  };
}

function identity(page: RolePage) {
  const { title, summary, family, seniority } = page.data;
  return { slug: page.slug, title, summary, family, seniority, url: urls.role(page.slug), api: machineUrls.role(page.slug) };
}

function roleLink(link: RoleLink) {
  return { slug: link.slug, title: link.title, summary: link.summary, url: urls.role(link.slug), headline: headline(link.headline) };
}

function payRow(row: PayRow) {
  return {
    id: row.id,
    source: sourceRef(row.citation),
    publisher: row.publisher,
    ...(row.measures ? { measures: row.measures } : {}),
    region: row.region,
    regionName: row.regionName,
    currency: row.currency,
    period: row.period,
    basis: row.basisLabel,
    headlineKind: row.headlineKind,
    ...(row.headline !== undefined ? { headline: row.headline } : {}),
    stats: row.stats,
    ...(row.total !== undefined ? { total: row.total } : {}),
    ...(row.base !== undefined ? { base: row.base } : {}),
    ...(row.additional !== undefined ? { additional: row.additional } : {}),
    ...(row.range ? { range: row.range } : {}),
    asOf: row.asOf,
    asOfStated: row.asOfStated,
    percentileNotes: row.percentileNotes,
    ...(row.assumption ? { assumption: row.assumption } : {}),
    ...(row.note ? { note: row.note } : {}),
    government: row.government,
  };
}

/** One line of /api/roles.json. */
export function roleSummary(page: RolePage): RoleSummary {
  return {
    ...identity(page),
    codes: {
      soc: page.data.occupations.map((occupation) => occupation.soc),
      onet: page.data.occupations.flatMap((occupation) => (occupation.onet ? [occupation.onet] : [])),
    },
    headline: headline(page.headline),
  };
}

/** /api/roles.json, validated: a build fails rather than publish data that breaks the published schema. */
export function rolesIndex(pages: readonly RolePage[]): RolesIndex {
  return rolesIndexSchema.parse({ site: site.name, count: pages.length, roles: pages.map(roleSummary) });
}

/** /api/roles/<slug>.json, validated the same way. */
export function roleDetail(page: RolePage): RoleDetail {
  const detail: RoleDetail = {
    ...identity(page),
    lastReviewed: page.data.lastReviewed,
    headline: headline(page.headline),
    payRows: page.payRows.map(payRow),
    // `measured` repeats `measures` in parts for the page's layout; the API keeps the one phrase.
    outlook: page.outlook.map(({ citation, measured, ...rest }) => ({ source: sourceRef(citation), ...rest })),
    experience: page.experience
      ? { source: sourceRef(page.experience.citation), bands: page.experience.bands, ...(page.experience.note ? { note: page.experience.note } : {}) }
      : null,
    education: {
      typicalEntry: page.education.typicalEntry,
      source: sourceRef(page.education.citation),
      levels: page.education.levels.map(({ citation, ...level }) => ({ ...level, source: sourceRef(citation) })),
      fields: page.education.fields,
    },
    responsibilities: page.data.responsibilities,
    qualifications: page.data.qualifications,
    skills: page.skillGroups.map((group) => ({
      category: group.category as RoleDetail['skills'][number]['category'],
      skills: group.skills.map((skill) => ({ id: skill.id, name: skill.name, hotIn: skill.hotIn })),
    })),
    occupations: page.occupations.map((view) => ({
      ...view.occupation,
      matchLabel: view.matchLabel,
      ...(view.trend
        ? {
            wages: {
              periods: view.trend.periods.map(({ citation, ...period }) => ({ ...period, source: sourceRef(citation) })),
              ...(view.trend.medianChangePct !== undefined ? { medianChangePct: view.trend.medianChangePct } : {}),
            },
          }
        : {}),
      ...(view.projection ? { projection: { data: view.projection.data, source: sourceRef(view.projection.citation) } } : {}),
      ...(view.onet
        ? {
            onetProfile: {
              code: view.onet.profile.code,
              title: view.onet.profile.title,
              jobZone: view.onet.profile.jobZone?.name ?? null,
              tasks: view.onet.tasks,
              hotTechnologies: view.onet.hotTechnologies,
              source: sourceRef(view.onet.citation),
            },
          }
        : {}),
    })),
    related: page.related.map(roleLink),
    progression: { from: page.progression.from.map(roleLink), to: page.progression.to.map(roleLink) },
    sources: page.citations.map(({ number, source }) => ({ number, ...source })),
    attributions: page.attributions,
  };
  return roleDetailSchema.parse(detail);
}
