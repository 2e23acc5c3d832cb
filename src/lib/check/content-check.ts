import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { findBrokenReferences, type ReferenceTargets } from '../references.ts';
import { slug as slugSchema } from '../../schemas/common.ts';
import { oewsFileSchema } from '../../schemas/oews.ts';
import { onetProfileSchema } from '../../schemas/onet.ts';
import { asheFileSchema } from '../../schemas/ashe.ts';
import { soc2020FileSchema } from '../../schemas/soc2020.ts';
import { projectionsFileSchema } from '../../schemas/projections.ts';
import { roleSchema, type RoleData } from '../../schemas/role.ts';
import { roleSkillsSchema, skillsFileSchema } from '../../schemas/skill.ts';
import { sourcesFileSchema } from '../../schemas/source.ts';
import { allowedComponents as defaultAllowedComponents } from './allowed-components.ts';
import { checkBody } from './body-check.ts';
import { ageInYears, isFuture, localToday, toDay, toPeriod, type Period } from './dates.ts';
import { compareFindings, formatPath, type FieldPath, type Finding, type Severity } from './finding.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { AllowedComponent } from './mdx-safety.ts';
import { YamlPositions, type Position, type Target } from './yaml-positions.ts';
import { issuesToFindings, valueAt } from './zod-findings.ts';

export interface CheckOptions {
  // Today's date, YYYY-MM-DD; defaults to $CHECK_TODAY, then the local date.
  today?: string;
  // Salary figures whose period ended at least this many years ago are warned about.
  maxAgeYears?: number;
  // Components role bodies may use; defaults to src/lib/check/allowed-components.ts.
  allowedComponents?: Readonly<Record<string, AllowedComponent>>;
}

export interface CheckResult {
  findings: Finding[];
  // Number of files checked.
  files: number;
}

export const DEFAULT_MAX_AGE_YEARS = 3;

export const ROLES_DIR = 'content/roles';
export const SOURCES_FILE = 'content/sources.yaml';
export const SKILLS_FILE = 'content/skills.yaml';
export const DATA_DIR = 'content/data';
export const TEMPLATE_FILE = '_template.mdx';

/** Every finding in the content under `root`, sorted by file, line and column. */
export function checkContent(root: string, options: CheckOptions = {}): Finding[] {
  return runCheck(root, options).findings;
}

/** Checks the content under `root`: role files, the source and skill registries, and the data files. */
export function runCheck(root: string, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? process.env.CHECK_TODAY ?? localToday();
  if (!toDay(today)) throw new Error(`expected today as YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const context: Context = {
    root,
    today,
    maxAgeYears: options.maxAgeYears ?? DEFAULT_MAX_AGE_YEARS,
    allowedComponents: { ...(options.allowedComponents ?? defaultAllowedComponents) },
    findings: [],
    files: 0,
  };
  const sources = checkSources(context);
  const skills = checkSkills(context);
  checkRoles(context, { roles: new Set(), sources: sources ?? EVERYTHING, skills: skills ?? EVERYTHING });
  checkDataFiles(context, sources ?? EVERYTHING);
  return { findings: context.findings.sort(compareFindings), files: context.files };
}

interface Context {
  root: string;
  today: string;
  maxAgeYears: number;
  allowedComponents: Record<string, AllowedComponent>;
  findings: Finding[];
  files: number;
}

/** Stands in for a registry that could not be read, so its references are not reported one by one. */
class AnyId extends Set<string> {
  override has(): boolean {
    return true;
  }
}
const EVERYTHING: ReadonlySet<string> = new AnyId();

// ---- One file ---------------------------------------------------------------------

/** Collects findings for one file, placing field paths with its YAML positions. */
class FileReport {
  readonly file: string;
  readonly #context: Context;
  #positions: YamlPositions | undefined;
  readonly #reported = new Set<string>();

  constructor(context: Context, file: string) {
    this.#context = context;
    this.file = file;
    context.files++;
  }

  usePositions(positions: YamlPositions): void {
    this.#positions = positions;
  }

  /** A finding at a field of the parsed YAML or JSON. */
  atField(field: FieldPath, message: string, rule: string, options: { at?: FieldPath; target?: Target; severity?: Severity } = {}): void {
    const position = this.#positions?.locate(options.at ?? field, options.target ?? 'value') ?? { line: 1, column: 1 };
    this.#reported.add(formatPath(field));
    this.at(position, formatPath(field), message, rule, options.severity);
  }

  at(position: Position, field: string, message: string, rule: string, severity: Severity = 'error'): void {
    this.#context.findings.push({ file: this.file, line: position.line, column: position.column, field, message, severity, rule });
  }

  /** Whether a finding already names this field (so a reference check need not repeat it). */
  hasFinding(field: FieldPath): boolean {
    return this.#reported.has(formatPath(field));
  }

  schemaFindings(schema: z.core.$ZodType, data: unknown): boolean {
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    if (result.success) return true;
    for (const issue of issuesToFindings(schema, result.error.issues, data)) {
      this.atField(issue.path, issue.message, issue.rule, { at: issue.at, target: issue.target });
    }
    return false;
  }
}

function readText(context: Context, relative: string): string {
  return readFileSync(path.join(context.root, relative), 'utf8');
}

/** Parses a YAML file, reporting syntax errors; `undefined` when it cannot be read. */
function loadYamlFile(report: FileReport, text: string, lineOffset = 0): { data: unknown } | undefined {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      report.at({ line: error.line + lineOffset, column: error.column }, 'yaml', `YAML syntax error: ${error.message}`, 'yaml-syntax');
    }
    return undefined;
  }
  report.usePositions(new YamlPositions(text, lineOffset));
  return { data: parsed.data };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function records(value: unknown): [number, Record<string, unknown>][] {
  return Array.isArray(value) ? value.flatMap((item, index) => (isRecord(item) ? [[index, item] as [number, Record<string, unknown>]] : [])) : [];
}

function missingFile(context: Context, relative: string, what: string): void {
  const report = new FileReport(context, relative);
  report.at({ line: 1, column: 1 }, '(file)', `expected ${what} at ${relative}, got no file`, 'missing-file');
}

// ---- Dates ------------------------------------------------------------------------

function checkNotFuture(report: FileReport, context: Context, field: FieldPath, period: Period | undefined): void {
  if (period && isFuture(period, context.today)) {
    report.atField(field, `expected a date no later than today (${context.today}), got ${period.text}`, 'future-date');
  }
}

// ---- Registries ------------------------------------------------------------------------

const SOURCES_REFERENCE = 'the id of a source in content/sources.yaml';

/** content/sources.yaml; returns its ids, or undefined when it cannot be read. */
function checkSources(context: Context): ReadonlySet<string> | undefined {
  if (!existsSync(path.join(context.root, SOURCES_FILE))) {
    missingFile(context, SOURCES_FILE, 'the sources registry');
    return undefined;
  }
  const report = new FileReport(context, SOURCES_FILE);
  const loaded = loadYamlFile(report, readText(context, SOURCES_FILE));
  if (!loaded) return undefined;
  const data = loaded.data ?? [];
  report.schemaFindings(sourcesFileSchema, data);
  const entries = records(data);
  const ids = new Map<string, number>();
  for (const [index, source] of entries) {
    if (typeof source.id !== 'string') continue;
    const first = ids.get(source.id);
    if (first === undefined) ids.set(source.id, index);
    else report.atField([index, 'id'], `expected an id no other source uses, got ${JSON.stringify(source.id)}, already the id of entry [${first}]`, 'duplicate-id');
  }
  for (const [index, source] of entries) {
    if (typeof source.via === 'string' && !report.hasFinding([index, 'via'])) {
      if (source.via === source.id) report.atField([index, 'via'], 'expected another source, got the source itself', 'reference');
      else if (!ids.has(source.via)) report.atField([index, 'via'], `expected ${SOURCES_REFERENCE}, got ${JSON.stringify(source.via)}`, 'reference');
    }
    checkNotFuture(report, context, [index, 'retrieved'], toDay(source.retrieved));
    checkNotFuture(report, context, [index, 'published'], toDay(source.published));
  }
  return new Set(ids.keys());
}

/** content/skills.yaml; returns its ids, or undefined when it cannot be read. */
function checkSkills(context: Context): ReadonlySet<string> | undefined {
  if (!existsSync(path.join(context.root, SKILLS_FILE))) {
    missingFile(context, SKILLS_FILE, 'the skills registry');
    return undefined;
  }
  const report = new FileReport(context, SKILLS_FILE);
  const loaded = loadYamlFile(report, readText(context, SKILLS_FILE));
  if (!loaded) return undefined;
  const data = loaded.data ?? [];
  report.schemaFindings(skillsFileSchema, data);
  const entries = records(data);
  const ids = new Map<string, number>();
  for (const [index, skill] of entries) {
    if (typeof skill.id !== 'string') continue;
    const first = ids.get(skill.id);
    if (first === undefined) ids.set(skill.id, index);
    else report.atField([index, 'id'], `expected an id no other skill uses, got ${JSON.stringify(skill.id)}, already the id of entry [${first}]`, 'duplicate-id');
  }
  // Aliases send readers' searches to one skill, so each may belong to one skill only.
  const names = new Map<string, { id: string; what: string }>();
  for (const [, skill] of entries) {
    if (typeof skill.name === 'string' && typeof skill.id === 'string') names.set(normalise(skill.name), { id: skill.id, what: 'the name' });
  }
  const aliases = new Map<string, string>();
  for (const [index, skill] of entries) {
    if (!Array.isArray(skill.aliases) || typeof skill.id !== 'string') continue;
    skill.aliases.forEach((alias: unknown, aliasIndex: number) => {
      if (typeof alias !== 'string') return;
      const key = normalise(alias);
      const owner = aliases.get(key);
      const named = names.get(key);
      const field = [index, 'aliases', aliasIndex];
      if (owner !== undefined && owner !== skill.id) {
        report.atField(field, `expected an alias no other skill uses, got ${JSON.stringify(alias)}, already an alias of "${owner}"`, 'duplicate-alias');
      } else if (named && named.id !== skill.id) {
        report.atField(field, `expected an alias no other skill uses, got ${JSON.stringify(alias)}, ${named.what} of "${named.id}"`, 'duplicate-alias');
      }
      if (owner === undefined) aliases.set(key, skill.id as string);
    });
  }
  return new Set(ids.keys());
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

// ---- Roles --------------------------------------------------------------------------

interface RoleTitle {
  report: FileReport;
  title: string;
}

function checkRoles(context: Context, targets: ReferenceTargets & { roles: Set<string> }): void {
  const directory = path.join(context.root, ROLES_DIR);
  if (!existsSync(directory)) {
    missingFile(context, ROLES_DIR, 'a directory of role files');
    return;
  }
  const all = readdirSync(directory).sort();
  // Astro only loads .mdx files, so a role saved as .md would silently never appear.
  for (const name of all.filter((file) => /\.(md|markdown)$/i.test(file))) {
    new FileReport(context, `${ROLES_DIR}/${name}`).at({ line: 1, column: 1 }, '(file)', `expected a .mdx file, got ${JSON.stringify(name)}; the site ignores it`, 'file-name', 'warning');
  }
  const names = all.filter((name) => name.endsWith('.mdx'));
  const roleNames = names.filter((name) => !name.startsWith('_'));
  for (const name of roleNames) targets.roles.add(name.slice(0, -4).toLowerCase());

  const titles: RoleTitle[] = [];
  const firstBySlug = new Map<string, string>();
  for (const name of roleNames) {
    const report = new FileReport(context, `${ROLES_DIR}/${name}`);
    const slug = name.slice(0, -4);
    if (!slugSchema.safeParse(slug).success) {
      report.at({ line: 1, column: 1 }, '(file)', `expected a lowercase-hyphenated file name such as back-end-developer.mdx, got ${JSON.stringify(name)}`, 'file-name');
    }
    const first = firstBySlug.get(slug.toLowerCase());
    if (first) {
      report.at({ line: 1, column: 1 }, '(file)', `expected a slug no other role uses, got ${JSON.stringify(slug.toLowerCase())}, already used by ${first}`, 'duplicate-slug');
    } else {
      firstBySlug.set(slug.toLowerCase(), report.file);
    }
    const title = checkRoleFile(context, report, slug.toLowerCase(), targets);
    if (title !== undefined) titles.push({ report, title });
  }
  // The template is checked as a role would be, but is not a role others may point at.
  if (names.includes(TEMPLATE_FILE)) {
    checkRoleFile(context, new FileReport(context, `${ROLES_DIR}/${TEMPLATE_FILE}`), TEMPLATE_FILE.slice(0, -4), targets);
  }

  const firstByTitle = new Map<string, string>();
  for (const { report, title } of titles) {
    const key = normalise(title);
    const first = firstByTitle.get(key);
    if (first) report.atField(['title'], `expected a title no other role uses, got ${JSON.stringify(title)}, already the title of ${first}`, 'duplicate-title');
    else firstByTitle.set(key, report.file);
  }
}

/** Checks one role file; returns its title for the duplicate check when it has one. */
function checkRoleFile(context: Context, report: FileReport, slug: string, targets: ReferenceTargets): string | undefined {
  const text = readText(context, report.file);
  const split = splitFrontmatter(text);
  if (!split) {
    report.at({ line: 1, column: 1 }, 'frontmatter', 'expected a YAML frontmatter block between --- lines at the top of the file, got none', 'frontmatter-missing');
    checkRoleBody(context, report, text, 0, 0);
    return undefined;
  }
  checkRoleBody(context, report, split.body, split.bodyLineOffset, split.bodyFirstLineColumnOffset);
  if (split.toml) {
    report.at({ line: split.yamlLineOffset + 1, column: 1 }, 'frontmatter', 'expected YAML frontmatter between --- lines, got TOML between +++ lines', 'frontmatter-missing');
    return undefined;
  }
  const loaded = loadYamlFile(report, split.yaml, split.yamlLineOffset);
  if (!loaded) return undefined;
  const data = loaded.data;
  if (!isRecord(data)) {
    report.atField([], `expected a mapping of fields, got ${data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : JSON.stringify(data)}`, 'schema');
    return undefined;
  }
  report.schemaFindings(roleSchema, data);
  checkRoleReferences(report, slug, data, targets);
  checkNotFuture(report, context, ['lastReviewed'], toDay(data.lastReviewed));
  for (const [index, figure] of records(data.salaries)) {
    const period = toPeriod(figure.asOf);
    if (!period) continue;
    const field = ['salaries', index, 'asOf'];
    if (isFuture(period, context.today)) {
      checkNotFuture(report, context, field, period);
    } else {
      const age = ageInYears(period, context.today);
      if (age >= context.maxAgeYears) {
        report.atField(field, `figure for ${period.text} is ${age} year${age === 1 ? '' : 's'} old; check for a newer figure`, 'stale-figure', { severity: 'warning' });
      }
    }
  }
  return typeof data.title === 'string' ? data.title : undefined;
}

function checkRoleBody(context: Context, report: FileReport, body: string, lineOffset: number, columnOffset: number): void {
  for (const found of checkBody(body, { allowedComponents: context.allowedComponents }, lineOffset, columnOffset)) {
    report.at({ line: found.line, column: found.column }, 'body', `${found.rule}: ${found.message}`, found.rule);
  }
}

/**
 * Runs `findBrokenReferences` on whatever the frontmatter holds, valid or not, so a
 * dangling id is reported alongside schema errors; values the schema already rejected
 * are not reported again.
 */
function checkRoleReferences(report: FileReport, slug: string, data: Record<string, unknown>, targets: ReferenceTargets): void {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const object = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
  const progression = object(data.progression);
  const skills = object(data.skills);
  const education = object(data.education);
  const categories = Object.keys(roleSkillsSchema.shape) as (keyof RoleData['skills'])[];
  const view = {
    related: list(data.related),
    progression: { from: list(progression.from), to: list(progression.to) },
    skills: Object.fromEntries(categories.map((category) => [category, list(skills[category])])),
    salaries: list(data.salaries).map(object),
    outlook: list(data.outlook).map(object),
    experience: isRecord(data.experience) ? data.experience : undefined,
    education: { ...education, levels: list(education.levels).map(object) },
  } as unknown as RoleData;
  for (const broken of findBrokenReferences(slug, view, targets)) {
    const value = valueAt(data, broken.path);
    const wholeField = broken.path.length === 1;
    if (!wholeField && (typeof value !== 'string' || report.hasFinding(broken.path))) continue;
    report.atField(broken.path, broken.message, 'reference');
  }
}

// ---- Data files -------------------------------------------------------------------------

interface DataRule {
  schema: z.core.$ZodType;
  // Paths of every source id the file cites.
  sourceIds(data: unknown): FieldPath[];
}

const listPaths = (data: unknown, key: string): FieldPath[] => {
  const value = valueAt(data, [key]);
  return Array.isArray(value) ? value.map((_, index) => [key, index]) : [];
};

const DATA_RULES: { pattern: RegExp; rule: DataRule }[] = [
  {
    pattern: /^oews-national\.json$/,
    rule: {
      schema: oewsFileSchema,
      sourceIds: (data) => [
        ...listPaths(data, 'sourceIds'),
        ...listPaths(data, 'occupations').flatMap((occupation) => {
          const periods = valueAt(data, [...occupation, 'periods']);
          return Array.isArray(periods) ? periods.map((_, index) => [...occupation, 'periods', index, 'sourceId']) : [];
        }),
      ],
    },
  },
  { pattern: /^projections-\d{4}-\d{2}\.json$/, rule: { schema: projectionsFileSchema, sourceIds: () => [['sourceId']] } },
  { pattern: /^ashe-\d{4}-provisional\.json$/, rule: { schema: asheFileSchema, sourceIds: () => [['sourceId']] } },
  { pattern: /^soc2020\.json$/, rule: { schema: soc2020FileSchema, sourceIds: () => [['sourceId']] } },
  { pattern: /^onet\/\d{2}-\d{4}\.\d{2}\.json$/, rule: { schema: onetProfileSchema, sourceIds: () => [['sourceId']] } },
];

function listJsonFiles(directory: string, prefix = ''): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) return listJsonFiles(full, `${prefix}${name}/`);
      return name.endsWith('.json') ? [`${prefix}${name}`] : [];
    });
}

function checkDataFiles(context: Context, sources: ReadonlySet<string>): void {
  for (const relative of listJsonFiles(path.join(context.root, DATA_DIR))) {
    const report = new FileReport(context, `${DATA_DIR}/${relative}`);
    const rule = DATA_RULES.find((candidate) => candidate.pattern.test(relative))?.rule;
    if (!rule) {
      report.at({ line: 1, column: 1 }, '(file)', `expected a known data file (oews-national.json, projections-YYYY-YY.json, ashe-YYYY-provisional.json, soc2020.json or onet/<O*NET-SOC code>.json), got ${JSON.stringify(relative)}; it is not checked`, 'unknown-data-file', 'warning');
      continue;
    }
    const text = readText(context, report.file);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      report.at(jsonErrorPosition(text, error), 'json', `JSON syntax error: ${(error as Error).message.split('\n')[0]}`, 'json-syntax');
      continue;
    }
    report.usePositions(new YamlPositions(text));
    report.schemaFindings(rule.schema, data);
    for (const field of rule.sourceIds(data)) {
      const id = valueAt(data, field);
      if (typeof id === 'string' && !sources.has(id) && !report.hasFinding(field)) {
        report.atField(field, `expected ${SOURCES_REFERENCE}, got ${JSON.stringify(id)}`, 'reference');
      }
    }
    const code = /^onet\/(.+)\.json$/.exec(relative)?.[1];
    const written = valueAt(data, ['code']);
    if (code && typeof written === 'string' && written !== code && !report.hasFinding(['code'])) {
      report.atField(['code'], `expected ${JSON.stringify(code)} to match the file name, got ${JSON.stringify(written)}`, 'schema');
    }
  }
}

function jsonErrorPosition(text: string, error: unknown): Position {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /position (\d+)/.exec(message);
  if (!offset) return { line: 1, column: 1 };
  const before = text.slice(0, Number(offset[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
