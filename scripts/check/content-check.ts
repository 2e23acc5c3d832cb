import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { contentPaths, dataFiles } from '../../src/content-paths.ts';
import { crossReferenceFindings, type ContentFinding, type FieldPath, type ImportedData } from '../../src/lib/references.ts';
import { contentToday } from '../../src/schemas/dates.ts';
import { oewsFileSchema } from '../../src/schemas/oews.ts';
import { onetProfileSchema } from '../../src/schemas/onet.ts';
import { asheFileSchema } from '../../src/schemas/ashe.ts';
import { soc2020FileSchema } from '../../src/schemas/soc2020.ts';
import { projectionsFileSchema } from '../../src/schemas/projections.ts';
import { skillsFileSchema } from '../../src/schemas/skill.ts';
import { sourcesFileSchema } from '../../src/schemas/source.ts';
import { allowedComponents as defaultAllowedComponents } from './allowed-components.ts';
import { FileReport } from './file-report.ts';
import { compareFindings, type Finding } from './finding.ts';
import type { AllowedComponent } from './mdx-safety.ts';
import { shareRoleFiles } from './parallel.ts';
import { readRoleFile, readRoleFiles } from './role-files.ts';
import { templateExamples, type TemplateExamples } from './template.ts';
import { YamlDocument, type Position } from './yaml-document.ts';
import { valueAt } from './zod-findings.ts';

export interface CheckOptions {
  // Salary figures whose period ended at least this many years ago are warned about.
  maxAgeYears?: number;
  // Components role bodies may use; defaults to scripts/check/allowed-components.ts.
  allowedComponents?: Readonly<Record<string, AllowedComponent>>;
  // Threads to share the role files between; by default one per core from 200 files on (parallel.ts).
  threads?: number;
}

export interface CheckResult {
  findings: Finding[];
  // Number of files checked.
  files: number;
}

export const DEFAULT_MAX_AGE_YEARS = 3;

/** Every finding in the content under `root`, sorted by file, line and column. */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<Finding[]> {
  return (await runCheck(root, options)).findings;
}

/**
 * Checks the content under `root` with the content rules: the zod schemas for each file's own fields,
 * the body rules for MDX, and the catalogue's cross-reference pass between files. This module only
 * reads files, runs those rules and places each finding at its line and column. Today is
 * $CHECK_TODAY or the local date, as in the schemas. `astro build` runs this same function first.
 */
export async function runCheck(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const today = contentToday();
  const context: Context = { root, reports: new Map(), allowedComponents: { ...(options.allowedComponents ?? defaultAllowedComponents) } };
  const template = checkTemplate(context);
  const roleOptions = { allowedComponents: context.allowedComponents, guidance: template.guidance };
  // Role files are the bulk of the work: workers start on their share while this thread reads the rest.
  const names = roleFileNames(context);
  const shares = shareRoleFiles(root, contentPaths.roles, names, roleOptions, options.threads);
  try {
    const sourceIds = checkRegistry(context, contentPaths.sources, sourcesFileSchema, 'the sources registry');
    const skillIds = checkRegistry(context, contentPaths.skills, skillsFileSchema, 'the skills registry');
    const data = checkDataFiles(context);
    const local = readRoleFiles(root, contentPaths.roles, shares.local, roleOptions);
    for (const { report } of local) context.reports.set(report.file, report);
    const remote = await Promise.all(shares.workers.map((worker) => worker.roles()));
    const crossReferences = crossReferenceFindings({
      roles: [...local.map(({ role }) => role), ...remote.flat()],
      sourceIds,
      skillIds,
      imported: data.imported,
      dataCitations: data.citations,
      onetProfiles: data.onetProfiles,
      examples: template.values,
      staleness: { today, maxAgeYears: options.maxAgeYears ?? DEFAULT_MAX_AGE_YEARS },
    });
    // Each finding is placed by the thread that parsed its file.
    const byWorker = shares.workers.map(() => [] as ContentFinding[]);
    const workerOf = new Map<string, number>(
      shares.workers.flatMap((worker, index) => worker.names.map((name) => [`${contentPaths.roles}/${name}`, index] as const)),
    );
    for (const found of crossReferences) {
      const index = workerOf.get(found.file);
      if (index !== undefined) byWorker[index]!.push(found);
      else context.reports.get(found.file)?.place(found);
    }
    const remoteFindings = await Promise.all(shares.workers.map((worker, index) => worker.findings(byWorker[index]!)));
    const findings = [...[...context.reports.values()].flatMap((report) => report.findings), ...remoteFindings.flat()];
    return { findings: findings.sort(compareFindings), files: context.reports.size + names.length - shares.local.length };
  } finally {
    // A worker left waiting would keep the process alive after an error.
    await Promise.all(shares.workers.map((worker) => worker.terminate()));
  }
}

interface Context {
  root: string;
  // One report per file read, by path relative to the root.
  reports: Map<string, FileReport>;
  allowedComponents: Record<string, AllowedComponent>;
}

// ---- Files ---------------------------------------------------------------------

function read(context: Context, relative: string): FileReport {
  const report = new FileReport(relative, readFileSync(path.join(context.root, relative), 'utf8'));
  context.reports.set(relative, report);
  return report;
}

function missingFile(context: Context, relative: string, what: string): void {
  const report = new FileReport(relative);
  context.reports.set(relative, report);
  report.at({ line: 1, column: 1 }, '(file)', `expected ${what} at ${relative}, got no file`, 'missing-file');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// ---- Registries ---------------------------------------------------------------------

/** A registry (a YAML list of entries with ids); returns its ids, or undefined when they cannot be trusted. */
function checkRegistry(context: Context, relative: string, schema: z.core.$ZodType, what: string): ReadonlySet<string> | undefined {
  if (!existsSync(path.join(context.root, relative))) {
    missingFile(context, relative, what);
    return undefined;
  }
  const report = read(context, relative);
  const document = new YamlDocument(report.text);
  report.yaml(document);
  const data = document.data ?? [];
  report.schema(schema, data);
  // Ids read past a syntax error may be wrong, so references to this registry wait for the fix.
  if (document.problems.length > 0 || !Array.isArray(data)) return undefined;
  return new Set(data.flatMap((entry) => (isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : [])));
}

// ---- Data files -------------------------------------------------------------------------

interface DataFilesResult {
  imported: ImportedData | undefined;
  citations: { file: string; path: FieldPath; id: string }[];
  onetProfiles: { file: string; code: unknown }[];
}

const listPaths = (data: unknown, key: string): FieldPath[] => {
  const value = valueAt(data, [key]);
  return Array.isArray(value) ? value.map((_, index) => [key, index]) : [];
};

const oewsPeriodPaths = (data: unknown): FieldPath[] =>
  listPaths(data, 'occupations').flatMap((occupation) => {
    const periods = valueAt(data, [...occupation, 'periods']);
    return Array.isArray(periods) ? periods.map((_, index) => [...occupation, 'periods', index, 'sourceId']) : [];
  });

/** Each data file's schema and the paths of the source ids it cites. */
const DATA_RULES: { name: (relative: string) => boolean; schema: z.core.$ZodType; sourceIds(data: unknown): FieldPath[] }[] = [
  { name: (relative) => relative === dataFiles.oews, schema: oewsFileSchema, sourceIds: (data) => [...listPaths(data, 'sourceIds'), ...oewsPeriodPaths(data)] },
  { name: (relative) => relative === dataFiles.projections, schema: projectionsFileSchema, sourceIds: () => [['sourceId']] },
  { name: (relative) => relative === dataFiles.ashe, schema: asheFileSchema, sourceIds: () => [['sourceId']] },
  { name: (relative) => relative === dataFiles.soc2020, schema: soc2020FileSchema, sourceIds: () => [['sourceId']] },
  {
    name: (relative) => new RegExp(`^${dataFiles.onetProfiles}/\\d{2}-\\d{4}\\.\\d{2}\\.json$`).test(relative),
    schema: onetProfileSchema,
    sourceIds: () => [['sourceId']],
  },
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

function jsonErrorPosition(text: string, error: unknown): Position {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /position (\d+)/.exec(message);
  if (!offset) return { line: 1, column: 1 };
  const lines = text.slice(0, Number(offset[1])).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

function checkDataFiles(context: Context): DataFilesResult {
  const result: DataFilesResult = { imported: undefined, citations: [], onetProfiles: [] };
  const parsed = new Map<string, unknown>();
  const directory = path.join(context.root, contentPaths.data);
  for (const required of [dataFiles.oews, dataFiles.projections]) {
    if (!existsSync(path.join(directory, required))) missingFile(context, `${contentPaths.data}/${required}`, 'imported data (run npm run data:import)');
  }
  for (const relative of listJsonFiles(directory)) {
    const file = `${contentPaths.data}/${relative}`;
    const rule = DATA_RULES.find((candidate) => candidate.name(relative));
    if (!rule) {
      const known = `${dataFiles.oews}, ${dataFiles.projections}, ${dataFiles.ashe}, ${dataFiles.soc2020} or ${dataFiles.onetProfiles}/<O*NET-SOC code>.json`;
      const report = new FileReport(file);
      context.reports.set(file, report);
      report.at(
        { line: 1, column: 1 },
        '(file)',
        `expected a known data file (${known}), got ${JSON.stringify(relative)}; it is not checked`,
        'unknown-data-file',
        'warning',
      );
      continue;
    }
    const report = read(context, file);
    let data: unknown;
    try {
      data = JSON.parse(report.text);
    } catch (error) {
      report.at(jsonErrorPosition(report.text, error), 'json', `JSON syntax error: ${(error as Error).message.split('\n')[0]}`, 'json-syntax');
      continue;
    }
    // JSON.parse reads the values; `yaml` (which reads JSON too) only places findings, when there are any.
    report.usePositions(() => new YamlDocument(report.text));
    if (report.schema(rule.schema, data)) parsed.set(relative, data);
    for (const field of rule.sourceIds(data)) {
      const id = valueAt(data, field);
      if (typeof id === 'string') result.citations.push({ file, path: field, id });
    }
    if (rule.schema === onetProfileSchema) result.onetProfiles.push({ file, code: valueAt(data, ['code']) });
  }
  const oews = parsed.get(dataFiles.oews) as z.output<typeof oewsFileSchema> | undefined;
  const projections = parsed.get(dataFiles.projections) as z.output<typeof projectionsFileSchema> | undefined;
  if (oews && projections) {
    const releases = new Map<string, string>();
    for (const id of oews.sourceIds) releases.set(id, `${contentPaths.data}/${dataFiles.oews}`);
    releases.set(projections.sourceId, `${contentPaths.data}/${dataFiles.projections}`);
    const profiles = result.onetProfiles.flatMap((profile) => (typeof profile.code === 'string' ? [profile.code] : []));
    result.imported = { releases, wages: new Set(oews.occupations.map((occupation) => occupation.soc)), profiles: new Set(profiles) };
  }
  return result;
}

// ---- Role files ---------------------------------------------------------------------

/** The template: checked against the schema and the body rules; its marked examples are what roles must replace. */
function checkTemplate(context: Context): TemplateExamples {
  if (!existsSync(path.join(context.root, contentPaths.template))) return { values: [], guidance: [] };
  const { report, document, body } = readRoleFile(context.root, contentPaths.template, { allowedComponents: context.allowedComponents, guidance: undefined });
  context.reports.set(report.file, report);
  return templateExamples(document, body);
}

/** The role files' names, sorted; files the site would ignore are warned about. */
function roleFileNames(context: Context): string[] {
  const directory = path.join(context.root, contentPaths.roles);
  if (!existsSync(directory)) {
    missingFile(context, contentPaths.roles, 'a folder of role files');
    return [];
  }
  const names = readdirSync(directory).sort();
  // Astro only loads .mdx files, so a role saved as .md would silently never appear.
  for (const name of names.filter((file) => /\.(md|markdown)$/i.test(file))) {
    const report = new FileReport(`${contentPaths.roles}/${name}`);
    context.reports.set(report.file, report);
    report.at({ line: 1, column: 1 }, '(file)', `expected a .mdx file, got ${JSON.stringify(name)}; the site ignores it`, 'file-name', 'warning');
  }
  return names.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
}
