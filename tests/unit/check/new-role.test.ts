import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRole, newRoleText, slugify } from '../../../scripts/new-role.ts';
import { checkContent } from '../../../scripts/check/content-check.ts';
import { localToday } from '../../../src/schemas/dates.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const template = readFileSync(path.join(projectRoot, 'content', 'roles', '_template.mdx'), 'utf8');

const temporary: string[] = [];
afterEach(() => {
  for (const directory of temporary.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A project with the real template, registries and imported data, and no roles. */
function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'career-atlas-new-role-'));
  temporary.push(root);
  mkdirSync(path.join(root, 'content', 'roles'), { recursive: true });
  cpSync(path.join(projectRoot, 'content', 'roles', '_template.mdx'), path.join(root, 'content', 'roles', '_template.mdx'));
  for (const name of ['sources.yaml', 'skills.yaml', 'data'])
    cpSync(path.join(projectRoot, 'content', name), path.join(root, 'content', name), { recursive: true });
  return root;
}

describe('slugify', () => {
  it('makes lowercase hyphenated slugs', () => {
    expect(slugify('Site Reliability Engineer')).toBe('site-reliability-engineer');
    expect(slugify('  Front-End   Developer ')).toBe('front-end-developer');
    expect(slugify('Head of R&D')).toBe('head-of-r-and-d');
    expect(slugify('Développeur Café (C#/.NET)')).toBe('developpeur-cafe-c-net');
    expect(slugify('!!!')).toBe('');
  });
});

describe('newRoleText', () => {
  it('sets the title and lastReviewed and drops the template notes', () => {
    const text = newRoleText(template, 'Site Reliability Engineer', '2026-11-23');
    expect(text).toMatch(/^---\n# Job title/);
    expect(text).toContain('\ntitle: Site Reliability Engineer\n');
    expect(text).toContain('\nlastReviewed: 2026-11-23\n');
    expect(text).not.toContain('TEMPLATE');
    expect(text.match(/^title:/gm)).toHaveLength(1);
  });

  it('quotes titles YAML would misread', () => {
    expect(newRoleText(template, 'QA: Lead', '2026-11-23')).toContain('\ntitle: "QA: Lead"\n');
    expect(newRoleText(template, 'Yes', '2026-11-23')).toContain('\ntitle: "Yes"\n');
    expect(newRoleText(template, "Developer's # 1", '2026-11-23')).toContain('\ntitle: "Developer\'s # 1"\n');
  });
});

describe('createRole', () => {
  it('writes content/roles/<slug>.mdx dated today, which the check refuses until every placeholder is replaced', async () => {
    const root = project();
    const result = createRole(root, 'Site Reliability Engineer');
    expect(result).toEqual({ ok: true, path: 'content/roles/site-reliability-engineer.mdx' });
    const file = path.join(root, 'content', 'roles', 'site-reliability-engineer.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`\nlastReviewed: ${localToday()}\n`);
    const errors = (await checkContent(root)).filter((finding) => finding.severity === 'error');
    expect(errors.map(({ file: where, field, rule }) => `${where} ${field} ${rule}`)).toEqual([
      'content/roles/site-reliability-engineer.mdx summary placeholder',
      'content/roles/site-reliability-engineer.mdx occupations[0].reason placeholder',
      'content/roles/site-reliability-engineer.mdx salaries[0].source placeholder',
      'content/roles/site-reliability-engineer.mdx salaries[0].median placeholder',
      'content/roles/site-reliability-engineer.mdx responsibilities[0] placeholder',
      'content/roles/site-reliability-engineer.mdx qualifications[0] placeholder',
      'content/roles/site-reliability-engineer.mdx body placeholder',
      'content/roles/site-reliability-engineer.mdx body placeholder',
      'content/roles/site-reliability-engineer.mdx body placeholder',
    ]);
    // The editor's work: every marked value and guidance paragraph replaced, the marks deleted.
    let finished = text
      .replace(/^summary: .*$/m, 'summary: Keeps production systems reliable by treating operations as a software problem.')
      .replace(/^(\s*)reason: .*$/m, '$1reason: BLS has no reliability occupation; software developers do the closest work.')
      .replace(/^(\s*- source:) .*$/m, '$1 glassdoor-back-end-developer')
      .replace(/^(\s*)median: .*$/m, '$1median: 120000')
      .replace(/^(responsibilities:\n\s*- ).*$/m, '$1Keep services within their error budgets.')
      .replace(/^(qualifications:\n\s*- ).*$/m, '$1Experience running production systems.');
    for (const paragraph of finished.match(/^\{\/\* placeholder \*\/\} .*$/gm) ?? []) finished = finished.replace(paragraph, 'Our own words about the role.');
    writeFileSync(file, finished);
    expect((await checkContent(root)).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('refuses to overwrite a role, whatever the case of its file name', () => {
    const root = project();
    writeFileSync(path.join(root, 'content', 'roles', 'Test-Analyst.mdx'), 'existing');
    expect(createRole(root, 'Test Analyst', '2026-11-23')).toEqual({
      ok: false,
      message: 'content/roles/Test-Analyst.mdx already exists; edit it, or choose another title',
    });
    expect(readFileSync(path.join(root, 'content', 'roles', 'Test-Analyst.mdx'), 'utf8')).toBe('existing');
    expect(createRole(root, 'Data Engineer', '2026-11-23').ok).toBe(true);
    expect(createRole(root, 'Data Engineer', '2026-11-23').ok).toBe(false);
  });

  it('refuses empty titles and titles without letters or digits', () => {
    const root = project();
    expect(createRole(root, '   ', '2026-11-23')).toEqual({ ok: false, message: 'expected a role title, got nothing; run: npm run new:role -- "Role Title"' });
    expect(createRole(root, '---', '2026-11-23')).toEqual({ ok: false, message: 'expected a title with letters or digits, got "---"' });
  });
});
