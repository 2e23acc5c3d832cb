/**
 * The editorial catalogue as a whole, read through the real role schema: enough roles, the fields the guide
 * promises on each, one page per job (no alias is another role's title or alias), and official codes that the
 * imported government data knows, under the title its publisher gives them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleEntries } from '../fixtures/real-guide.ts';

const data = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../content/data/${name}`, import.meta.url), 'utf8'));
const oews = data('oews-national.json') as { occupations: { soc: string; title: string }[] };
const ashe = data('ashe-2024-provisional.json') as { groups: { code: string; title: string; level: string }[] };
const oewsTitles = new Map(oews.occupations.map((occupation) => [occupation.soc, occupation.title]));
const asheTitles = new Map(ashe.groups.filter((group) => group.level === 'unit').map((group) => [group.code, group.title]));
const onetTitle = (code: string): string | undefined => {
  try {
    return (data(`onet/${code}.json`) as { title: string }).title;
  } catch {
    return undefined;
  }
};

const roles = roleEntries();
const normal = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('the role catalogue', () => {
  it('has at least 40 role guides covering the fields readers search for', () => {
    expect(roles.length).toBeGreaterThanOrEqual(40);
    const slugs = new Set(roles.map((role) => role.slug));
    for (const slug of [
      'mobile-developer',
      'ios-developer',
      'android-developer',
      'embedded-software-engineer',
      'game-developer',
      'devops-engineer',
      'site-reliability-engineer',
      'platform-engineer',
      'cloud-engineer',
      'security-engineer',
      'qa-automation-engineer',
      'solutions-architect',
      'software-architect',
      'data-analyst',
      'data-engineer',
      'data-scientist',
      'machine-learning-engineer',
      'database-administrator',
      'analytics-engineer',
      'systems-administrator',
      'network-engineer',
      'it-support-technician',
      'product-manager',
      'ux-designer',
      'ui-designer',
      'technical-writer',
      'engineering-manager',
      'cto',
    ]) {
      expect(slugs, slug).toContain(slug);
    }
  });

  it('gives every role a summary, responsibilities, qualifications, skills, related roles and a way in', () => {
    for (const { slug, data: role } of roles) {
      expect(role.summary.length, slug).toBeGreaterThan(20);
      expect(role.responsibilities.length, slug).toBeGreaterThan(2);
      expect(role.qualifications.length, slug).toBeGreaterThan(1);
      expect(Object.values(role.skills).flat().length, slug).toBeGreaterThan(3);
      expect(role.related.length, slug).toBeGreaterThan(0);
      expect(role.progression.from.length + role.progression.to.length, slug).toBeGreaterThan(0);
    }
  });

  it('keeps one page per job: no alias repeats a title or another role’s alias', () => {
    const owner = new Map<string, string>();
    for (const { slug, data: role } of roles) {
      expect(owner.get(normal(role.title)), `${slug}: title ${role.title}`).toBeUndefined();
      owner.set(normal(role.title), slug);
    }
    for (const { slug, data: role } of roles) {
      for (const alias of role.aliases) {
        const taken = owner.get(normal(alias));
        expect(taken === undefined || taken === slug ? undefined : taken, `${slug}: alias "${alias}"`).toBeUndefined();
        expect(normal(alias), `${slug}: alias "${alias}" is the title itself`).not.toBe(normal(role.title));
        owner.set(normal(alias), slug);
      }
    }
  });

  it('names US occupations BLS or O*NET knows, by their published titles, with one primary and a reason for each proxy', () => {
    for (const { slug, data: role } of roles) {
      expect(role.occupations.length, slug).toBeGreaterThan(0);
      expect(role.occupations.filter((occupation) => occupation.primary), slug).toHaveLength(1);
      for (const occupation of role.occupations) {
        const published = [oewsTitles.get(occupation.soc), occupation.onet ? onetTitle(occupation.onet) : undefined].filter(Boolean);
        expect(published.length, `${slug}: ${occupation.soc}`).toBeGreaterThan(0);
        expect(published, `${slug}: ${occupation.soc} title`).toContain(occupation.title);
        if (occupation.match === 'proxy') expect(occupation.reason, `${slug}: ${occupation.soc} reason`).toBeTruthy();
      }
      const primary = role.occupations.find((occupation) => occupation.primary)!;
      expect(oewsTitles.has(primary.soc), `${slug}: the primary occupation ${primary.soc} has OEWS wages`).toBe(true);
    }
  });

  it('names UK SOC 2020 unit groups ASHE publishes, by the title ONS gives them, one primary per role', () => {
    const withUk = roles.filter((role) => role.data.ukOccupations.length > 0);
    expect(withUk.length).toBe(roles.length);
    for (const { slug, data: role } of withUk) {
      expect(role.ukOccupations.filter((group) => group.primary), slug).toHaveLength(1);
      for (const group of role.ukOccupations) {
        expect(asheTitles.get(group.soc2020), `${slug}: SOC 2020 ${group.soc2020}`).toBe(group.title);
        if (group.match === 'proxy') expect(group.reason, `${slug}: ${group.soc2020} reason`).toBeTruthy();
      }
    }
  });
});
