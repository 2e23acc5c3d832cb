import { describe, expect, it } from 'vitest';
import { comparisonPairs } from '../../src/lib/compare.ts';
import { buildRoleNav } from '../../src/lib/role-nav.ts';
import { skillsByCategory, skillsOftenPairedWith, skillUsage, unusedSkills } from '../../src/lib/skills-index.ts';
import { comparisonSlug } from '../../src/lib/urls.ts';
import { fixtureCatalog } from './fixtures/small-guide.ts';

const catalog = fixtureCatalog();

describe('skillUsage', () => {
  const usage = skillUsage(catalog);

  it('counts the roles that need each skill, best paid first', () => {
    const sql = usage.find((entry) => entry.skill.id === 'sql');
    expect(sql?.roles.map((role) => [role.slug, role.headline?.amount])).toEqual([
      ['developer', 133000],
      ['junior-tester', 102000],
    ]);
  });

  it('leaves out skills no role needs, and can list them', () => {
    expect(usage.map((entry) => entry.skill.id)).not.toContain('cobol');
    expect(unusedSkills(catalog, usage).map((skill) => skill.id)).toEqual(['cobol']);
  });

  it('groups skills in the registry category order', () => {
    expect(skillsByCategory(usage).map((group) => group.category)).toEqual(['languages', 'frameworks', 'databases', 'tools', 'practices']);
  });

  it('names the skills most often needed alongside one', () => {
    expect(skillsOftenPairedWith(usage, 'postgresql').map((entry) => [entry.skill.id, entry.sharedRoles])).toEqual([
      ['java', 2],
      ['jira', 1],
      ['people-management', 1],
      ['python', 1],
      ['sql', 1],
    ]);
  });
});

describe('buildRoleNav', () => {
  const pairs = comparisonPairs(catalog.roles);

  it('links neighbours in the family by seniority', () => {
    const nav = buildRoleNav(catalog, 'junior-tester', pairs);
    expect(nav.family).toEqual({ id: 'quality', label: 'Quality and testing', next: { slug: 'test-lead', title: 'Test Lead' } });
    expect(buildRoleNav(catalog, 'architect', pairs).family.previous).toEqual({ slug: 'developer', title: 'Developer' });
  });

  it('lists comparisons from both sides of a related link: its own related roles on the page, the rest on /compare/', () => {
    expect(buildRoleNav(catalog, 'developer', pairs).comparisons).toEqual({
      listed: [{ slug: 'architect', title: 'Architect' }],
      elsewhere: [{ slug: 'junior-tester', title: 'Junior Tester' }],
    });
  });

  it('gives moves in and out with their pay change', () => {
    const nav = buildRoleNav(catalog, 'developer', pairs);
    expect(nav.path.from.map((step) => [step.slug, step.change.comparable && step.change.difference])).toEqual([['junior-tester', 31000]]);
    expect(nav.path.to.map((step) => step.slug)).toEqual(['architect']);
  });
});

describe('comparisonSlug', () => {
  it('is the same whichever role comes first', () => {
    expect(comparisonSlug('test-lead', 'developer')).toBe('developer-vs-test-lead');
    expect(comparisonSlug('developer', 'test-lead')).toBe('developer-vs-test-lead');
  });
});
