/**
 * Synthetic catalogues for the benchmark and the search budget: N roles shaped like
 * content/roles/back-end-developer.mdx (same frontmatter fields, same body length), citing the real
 * sources and skills registries and the real government data, so the site builds them exactly as it
 * builds the real ones. Deterministic: the same N always gives the same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The project whose content the generator copies (this file lives in <project>/bench/). */
export const projectRoot = join(import.meta.dirname, '..');
const templatePath = join(projectRoot, 'content', 'roles', 'back-end-developer.mdx');

export interface GeneratedRole {
  slug: string;
  title: string;
  summary: string;
  // Frontmatter as YAML text, without the --- fences.
  frontmatter: string;
  // MDX body, shared by our site and the Starlight baseline.
  body: string;
  // The pay figures as a Markdown table, for the Starlight page (our site renders them from frontmatter).
  payTable: string;
  responsibilities: string[];
  qualifications: string[];
}

const levels = ['', 'Junior', 'Senior', 'Staff', 'Principal'];
const specialisms = [
  'Payments',
  'Search',
  'Platform',
  'Data',
  'Mobile',
  'Identity',
  'Billing',
  'Checkout',
  'Messaging',
  'Analytics',
  'Infrastructure',
  'Security',
  'Observability',
  'Integrations',
  'Content',
  'Commerce',
  'Growth',
  'Logistics',
  'Media',
  'Learning',
  'Health',
  'Banking',
  'Insurance',
  'Travel',
  'Gaming',
  'Maps',
  'Notifications',
  'Pricing',
  'Inventory',
  'Recommendations',
  'Accessibility',
  'Localisation',
  'Reporting',
  'Scheduling',
  'Storage',
  'Streaming',
  'Telemetry',
  'Workflow',
  'Compliance',
  'Partner',
];
const disciplines = [
  'Back End Developer',
  'Front End Developer',
  'Full Stack Developer',
  'Software Engineer',
  'Web Developer',
  'Test Analyst',
  'Test Engineer',
  'Site Reliability Engineer',
  'Platform Engineer',
  'Data Engineer',
  'API Developer',
  'Mobile Developer',
  'Systems Analyst',
  'Support Engineer',
  'DevOps Engineer',
  'Integration Developer',
  'Release Engineer',
  'Performance Engineer',
  'Security Engineer',
  'Database Developer',
  'UI Developer',
  'Automation Engineer',
  'Solutions Developer',
  'Application Developer',
  'Tooling Engineer',
];

/** Occupations with OEWS wages, projections and an O*NET profile in content/data, so every page section renders. */
const occupations = [
  { soc: '15-1252', title: 'Software Developers' },
  { soc: '15-1254', title: 'Web Developers' },
  { soc: '15-1253', title: 'Software Quality Assurance Analysts and Testers' },
  { soc: '15-1251', title: 'Computer Programmers' },
  { soc: '15-1211', title: 'Computer Systems Analysts' },
  { soc: '15-1232', title: 'Computer User Support Specialists' },
  { soc: '15-1255', title: 'Web and Digital Interface Designers' },
  { soc: '11-3021', title: 'Computer and Information Systems Managers' },
];
/** The parts of the template's frontmatter the generator varies; the rest is copied as is. */
interface TemplateFrontmatter {
  title: string;
  summary: string;
  family: string;
  seniority: string;
  occupations: { soc: string; onet?: string; title: string }[];
  related: string[];
  progression: { from: string[]; to: string[] };
  salaries: Record<string, unknown>[];
  skills: Record<string, string[]>;
  responsibilities: string[];
  qualifications: string[];
}

const ladderDepth = 5;
const families = ['engineering', 'quality', 'support', 'leadership'];
const seniorities = ['entry', 'mid', 'senior', 'lead', 'executive'];

/** Small deterministic PRNG (mulberry32), so runs compare like with like. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return chosen;
}

function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Unique titles: level × specialism × discipline gives 5,000 before a number is needed. */
export function titleFor(index: number): string {
  const discipline = disciplines[index % disciplines.length]!;
  const specialism = specialisms[Math.floor(index / disciplines.length) % specialisms.length]!;
  const combos = disciplines.length * specialisms.length;
  const level = levels[Math.floor(index / combos) % levels.length]!;
  const round = Math.floor(index / (combos * levels.length));
  return [level, specialism, discipline, round > 0 ? String(round + 1) : ''].filter(Boolean).join(' ');
}

function splitMdx(text: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${templatePath}: expected frontmatter between --- lines`);
  return { frontmatter: match[1]!, body: match[2]! };
}

interface Registries {
  template: { frontmatter: string; body: string };
  skillsByCategory: Map<string, string[]>;
  vocabulary: string[];
}

function loadRegistries(): Registries {
  const template = splitMdx(readFileSync(templatePath, 'utf8'));
  const skills = parse(readFileSync(join(projectRoot, 'content', 'skills.yaml'), 'utf8')) as { id: string; category: string }[];
  const skillsByCategory = new Map<string, string[]>();
  for (const skill of skills) skillsByCategory.set(skill.category, [...(skillsByCategory.get(skill.category) ?? []), skill.id]);
  // Words from every real role body, so each synthetic page adds realistic terms to the search index.
  const rolesDir = join(projectRoot, 'content', 'roles');
  const words = readdirSync(rolesDir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .flatMap(
      (name) =>
        splitMdx(readFileSync(join(rolesDir, name), 'utf8'))
          .body.toLowerCase()
          .match(/[a-z]{4,}/g) ?? [],
    );
  return { template, skillsByCategory, vocabulary: [...new Set(words)].sort() };
}

function scaled(value: number, factor: number): number {
  return Number.isInteger(value) ? Math.round((value * factor) / 10) * 10 : Math.round(value * factor * 100) / 100;
}

/** A paragraph of our own words that makes each page's text (and search terms) its own. */
function uniqueParagraph(title: string, next: () => number, vocabulary: readonly string[]): string {
  const terms = pick(next, vocabulary, 36);
  return `As a ${title.toLowerCase()}, the work touches ${terms.slice(0, 12).join(', ')} and ${terms[12]}. Teams hiring for it often mention ${terms.slice(13, 24).join(', ')}; interviews tend to probe ${terms.slice(24, 35).join(', ')} and ${terms[35]}.`;
}

function payTable(salaries: Record<string, unknown>[]): string {
  const keys = ['p25', 'median', 'p75', 'mean'] as const;
  const rows = salaries.map(
    (figure) =>
      `| ${String(figure.source)} | ${String(figure.region)} | ${String(figure.currency)} | ${String(figure.period)} | ${keys.map((key) => (figure[key] === undefined ? '–' : Number(figure[key]).toLocaleString('en-US'))).join(' | ')} | ${String(figure.asOf)} |`,
  );
  return [
    '| Source | Region | Currency | Period | 25th | Median | 75th | Mean | As of |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** N roles; each one's related and progression slugs point at its neighbours, so every reference resolves. */
export function generateRoles(count: number): GeneratedRole[] {
  if (count < 6) throw new Error('generateRoles needs at least 6 roles so each has distinct neighbours');
  const { template, skillsByCategory, vocabulary } = loadRegistries();
  const titles = Array.from({ length: count }, (_, index) => titleFor(index));
  const slugs = titles.map(slugify);
  const neighbour = (index: number, offset: number) => slugs[(index + offset + count) % count]!;
  const shape = parse(template.frontmatter) as TemplateFrontmatter;
  return titles.map((title, index) => {
    const next = random(index + 1);
    const slug = slugs[index]!;
    const data = structuredClone(shape);
    const [primary, secondary] = pick(next, occupations, 2);
    const summary =
      `Builds and looks after ${specialisms[Math.floor(index / disciplines.length) % specialisms.length]!.toLowerCase()} software as a ${title.toLowerCase()}, from first design to running it in production.`.slice(
        0,
        200,
      );
    data.title = title;
    data.summary = summary;
    data.family = families[index % families.length]!;
    data.seniority = seniorities[index % seniorities.length]!;
    data.occupations = data.occupations.map((occupation, position) => {
      const chosen = position === 0 ? primary! : secondary!;
      return { ...occupation, soc: chosen.soc, onet: `${chosen.soc}.00`, title: chosen.title };
    });
    data.related = [1, 2, 3, -1, -2].map((offset) => neighbour(index, offset));
    // Career ladders five steps deep, as real ones are shallow: each role leads to the next of its ladder.
    const step = index % ladderDepth;
    const last = step === ladderDepth - 1 || index === count - 1;
    data.progression = { from: [step > 0 ? [slugs[index - 1]!] : [], step > 1 ? [slugs[index - 2]!] : []].flat(), to: last ? [] : [slugs[index + 1]!] };
    // Same figures and sources, scaled so roles differ and the pay-sorted tables really sort.
    const factor = 0.7 + next() * 0.6;
    for (const figure of data.salaries) {
      for (const key of ['p25', 'median', 'p75', 'mean', 'base'] as const) {
        const value = figure[key];
        if (typeof value === 'number') figure[key] = scaled(value, factor);
      }
      if (typeof figure.mean === 'number' && typeof figure.base === 'number' && typeof figure.additional === 'number')
        figure.additional = figure.mean - figure.base;
    }
    for (const category of Object.keys(data.skills)) {
      data.skills[category] = pick(next, skillsByCategory.get(category) ?? [], data.skills[category]!.length);
    }
    const body = template.body
      .replace('/roles/lead-engineer/', `/roles/${neighbour(index, 1)}/`)
      .replace('/roles/full-stack-developer/', `/roles/${neighbour(index, 2)}/`)
      .replace(/(## What the job is\n\n)/, `$1${uniqueParagraph(title, next, vocabulary)}\n\n`);
    return {
      slug,
      title,
      summary,
      frontmatter: stringify(data, { lineWidth: 0 }).trimEnd(),
      body,
      payTable: payTable(data.salaries),
      responsibilities: data.responsibilities,
      qualifications: data.qualifications,
    };
  });
}

/**
 * Writes a content/ directory our site builds from: the roles, plus the real sources and skills
 * registries and government data they cite.
 */
export function writeCareerAtlasContent(contentDir: string, roles: readonly GeneratedRole[]): void {
  mkdirSync(join(contentDir, 'roles'), { recursive: true });
  for (const name of ['sources.yaml', 'skills.yaml']) cpSync(join(projectRoot, 'content', name), join(contentDir, name));
  cpSync(join(projectRoot, 'content', 'data'), join(contentDir, 'data'), { recursive: true });
  for (const role of roles) writeFileSync(join(contentDir, 'roles', `${role.slug}.mdx`), `---\n${role.frontmatter}\n---\n${role.body}`);
}

function rolesTable(roles: readonly GeneratedRole[]): string {
  const rows = roles.map((role) => `| [${role.title}](/roles/${role.slug}/) | ${role.summary} |`);
  return ['| Role | Summary |', '| --- | --- |', ...rows].join('\n');
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Writes Starlight's src/content/docs/ for the same roles: one docs page per role with the same body
 * plus the frontmatter our site renders (pay, responsibilities, qualifications) as Markdown, and a
 * home page and roles index that list every role, as ours do.
 */
export function writeStarlightDocs(docsDir: string, roles: readonly GeneratedRole[]): void {
  mkdirSync(join(docsDir, 'roles'), { recursive: true });
  const index = `---\ntitle: Career Atlas\ndescription: An open career guide to software roles.\n---\n\n${rolesTable(roles)}\n`;
  writeFileSync(join(docsDir, 'index.mdx'), index);
  writeFileSync(join(docsDir, 'roles', 'index.mdx'), `---\ntitle: All roles\ndescription: Every software role in the guide.\n---\n\n${rolesTable(roles)}\n`);
  const sources = parse(readFileSync(join(projectRoot, 'content', 'sources.yaml'), 'utf8')) as {
    id: string;
    publisher: string;
    title: string;
    url: string;
    note?: string;
  }[];
  const sourceList = sources.map((source) => `- **${source.publisher}**, [${source.title}](${source.url}). ${source.note ?? ''}`).join('\n');
  writeFileSync(join(docsDir, 'sources.mdx'), `---\ntitle: Sources\ndescription: Every document a figure is cited to.\n---\n\n${sourceList}\n`);
  for (const role of roles) {
    const page = [
      `---\ntitle: ${yamlString(role.title)}\ndescription: ${yamlString(role.summary)}\n---`,
      '',
      `## Pay\n\n${role.payTable}`,
      '',
      `## Responsibilities\n\n${role.responsibilities.map((item) => `- ${item}`).join('\n')}`,
      '',
      `## Qualifications\n\n${role.qualifications.map((item) => `- ${item}`).join('\n')}`,
      '',
      role.body,
    ].join('\n');
    writeFileSync(join(docsDir, 'roles', `${role.slug}.mdx`), page);
  }
}
