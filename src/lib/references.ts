import { contentPaths, dataFiles } from '../content-paths.ts';
import { describeValue, slug as slugSchema } from '../schemas/common.ts';
import { ageInYears, isFuture, toPeriod } from '../schemas/dates.ts';
import { skillCategories } from '../schemas/skill.ts';

/** A path into a file's parsed YAML or JSON: keys and list indices. */
export type FieldPath = readonly (string | number)[];

/** One problem between files, still to be placed at a line (the check) or listed (the catalogue). */
export interface ContentFinding {
  // File the finding is in, relative to the project root.
  file: string;
  // Field it is about; [] with `wholeFile` for the file itself.
  path: FieldPath;
  // What was expected and what was found.
  message: string;
  // The rule's id, from `crossReferenceRules`.
  rule: CrossReferenceRule;
  severity: 'error' | 'warning';
  // About the file as a whole (its name), not a field in it.
  wholeFile?: boolean;
}

/** A role file as read: its frontmatter whether or not it passed the schema. */
export interface RoleFile {
  // Path relative to the project root, e.g. "content/roles/test-analyst.mdx".
  file: string;
  // File name without .mdx.
  slug: string;
  // Parsed frontmatter (validated in the site, raw in the check).
  data: unknown;
  // Fields the file itself marks `# placeholder`, as the template does.
  markedPlaceholders?: readonly FieldPath[];
}

/** What `npm run data:import` supplies, so role files neither repeat it nor rely on data it lacks. */
export interface ImportedData {
  // Source id of every release the import supplies figures from → the data file holding them.
  releases: ReadonlyMap<string, string>;
  // SOC codes with OEWS wages.
  wages: ReadonlySet<string>;
  // O*NET-SOC codes with a profile.
  profiles: ReadonlySet<string>;
}

/** A value the template marks `# placeholder`: its field with list indices as [] (e.g. "salaries[].median"). */
export interface TemplateExample {
  field: string;
  value: unknown;
}

export interface CatalogueContent {
  roles: readonly RoleFile[];
  // Registry ids; undefined when a registry could not be read, so its references are not reported one by one.
  sourceIds?: ReadonlySet<string> | undefined;
  skillIds?: ReadonlySet<string> | undefined;
  // Undefined when the data files could not be read.
  imported?: ImportedData | undefined;
  // Every source id the data files cite, with where.
  dataCitations?: readonly { file: string; path: FieldPath; id: string }[];
  // O*NET profiles with the code written inside them.
  onetProfiles?: readonly { file: string; code: unknown }[];
  // The template's marked example values.
  examples?: readonly TemplateExample[];
  // Warn about salary figures whose period ended at least this many years before `today`.
  staleness?: { today: string; maxAgeYears: number };
}

/** Every rule of the pass, in plain words, for the field reference. */
export const crossReferenceRules = {
  reference: `every role, skill and source id names a file in ${contentPaths.roles}/, an entry in ${contentPaths.skills} or an entry in ${contentPaths.sources}`,
  'self-reference': 'a role does not list itself as related or in its own progression',
  'duplicate-title': 'no two roles have the same title (case and spacing ignored)',
  'duplicate-slug': 'no two role file names differ only in case',
  'file-name': `a role file is named after its slug, lowercase-hyphenated, plus .mdx; an O*NET profile in ${contentPaths.data}/${dataFiles.onetProfiles}/ is named after the code inside it`,
  'imported-figure': `a salaries or outlook entry does not cite a release \`npm run data:import\` already supplies (${dataFiles.oews}, ${dataFiles.projections}): the page shows those figures for every occupation of the role`,
  'missing-data': `the primary occupation has OEWS wages in ${contentPaths.data}/${dataFiles.oews}, and every O*NET code has a profile in ${contentPaths.data}/${dataFiles.onetProfiles}/`,
  placeholder: `no value is left as the template's example (marked \`# placeholder\` in ${contentPaths.template})`,
  'stale-figure': 'warning only: a salary figure whose period ended three or more years ago (`--max-age-years`) is flagged for a newer one',
} as const;

export type CrossReferenceRule = keyof typeof crossReferenceRules;

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function record(value: unknown): Data {
  return isRecord(value) ? value : {};
}

/** Names compared for clashes: case, surrounding and repeated spaces ignored. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** "salaries[].median" for ["salaries", 2, "median"]. */
export function examplePattern(path: FieldPath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? '[]' : `${index === 0 ? '' : '.'}${segment}`)).join('');
}

/** A YAML date, a year number or a YYYY[-MM[-DD]] string as a period. */
function periodOf(value: unknown): ReturnType<typeof toPeriod> {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : toPeriod(value.toISOString().slice(0, 10));
  if (typeof value === 'number' && Number.isInteger(value)) return toPeriod(String(value));
  return typeof value === 'string' ? toPeriod(value) : undefined;
}

class Findings {
  readonly all: ContentFinding[] = [];

  add(file: string, path: FieldPath, rule: CrossReferenceRule, message: string, options: { severity?: 'error' | 'warning'; wholeFile?: boolean } = {}): void {
    this.all.push({ file, path, message, rule, severity: options.severity ?? 'error', ...(options.wholeFile ? { wholeFile: true } : {}) });
  }
}

/**
 * The catalogue's cross-reference pass: every rule that needs more than one file. The site runs it on
 * validated collections (createCatalog); the check runs it on whatever each file holds, so a dangling
 * id is reported beside schema errors. Values of the wrong type are left to the schemas.
 */
export function crossReferenceFindings(content: CatalogueContent): ContentFinding[] {
  const findings = new Findings();
  const roleSlugs = new Set(content.roles.map((role) => role.slug.toLowerCase()));
  checkFileNames(content.roles, findings);
  const examples = new Map<string, Set<unknown>>();
  for (const example of content.examples ?? []) {
    const values = examples.get(example.field) ?? new Set();
    values.add(typeof example.value === 'string' ? example.value.trim() : example.value);
    examples.set(example.field, values);
  }
  const titles = new Map<string, string>();
  for (const role of content.roles) {
    const data = record(role.data);
    // Placeholders first: a placeholder id is reported as that, not also as a dangling reference.
    checkPlaceholders(role, examples, findings);
    if (typeof data.title === 'string') {
      const first = titles.get(normalise(data.title));
      if (first === undefined) titles.set(normalise(data.title), role.file);
      else
        findings.add(
          role.file,
          ['title'],
          'duplicate-title',
          `expected a title no other role uses, got ${JSON.stringify(data.title)}, already the title of ${first}`,
        );
    }
    checkRoleReferences(role, data, { roles: roleSlugs, sourceIds: content.sourceIds, skillIds: content.skillIds }, findings);
    if (content.imported) checkImportedData(role, data, content.imported, findings);
    if (content.staleness) checkStaleness(role, data, content.staleness, findings);
  }
  for (const citation of content.dataCitations ?? []) {
    if (content.sourceIds && !content.sourceIds.has(citation.id)) {
      findings.add(citation.file, citation.path, 'reference', `expected the id of a source in ${contentPaths.sources}, got ${JSON.stringify(citation.id)}`);
    }
  }
  for (const profile of content.onetProfiles ?? []) {
    const named = /([^/]+)\.json$/.exec(profile.file)?.[1];
    if (typeof profile.code === 'string' && named !== undefined && profile.code !== named) {
      findings.add(profile.file, ['code'], 'file-name', `expected ${JSON.stringify(named)} to match the file name, got ${JSON.stringify(profile.code)}`);
    }
  }
  return findings.all;
}

function checkFileNames(roles: readonly RoleFile[], findings: Findings): void {
  const firstBySlug = new Map<string, string>();
  for (const role of roles) {
    if (!slugSchema.safeParse(role.slug).success) {
      findings.add(
        role.file,
        [],
        'file-name',
        `expected a lowercase-hyphenated file name such as back-end-developer.mdx, got ${JSON.stringify(`${role.slug}.mdx`)}`,
        { wholeFile: true },
      );
    }
    const key = role.slug.toLowerCase();
    const first = firstBySlug.get(key);
    if (first === undefined) firstBySlug.set(key, role.file);
    else
      findings.add(role.file, [], 'duplicate-slug', `expected a slug no other role uses, got ${JSON.stringify(key)}, already used by ${first}`, {
        wholeFile: true,
      });
  }
}

/** ["salaries", "[]", "median"] for "salaries[].median": keys, and "[]" for any list index. */
function patternSteps(pattern: string): string[] {
  return pattern
    .split(/\.|(?=\[\])/)
    .map((step) => (step === '[]' || step === '' ? step : step.replace(/^\[\]/, '')))
    .filter((step) => step !== '');
}

/** Every value at `steps` in `data`, with its path. */
function valuesAt(data: unknown, steps: readonly string[], path: (string | number)[] = []): [FieldPath, unknown][] {
  const [step, ...rest] = steps;
  if (step === undefined) return [[path, data]];
  if (step === '[]') return list(data).flatMap((item, index) => valuesAt(item, rest, [...path, index]));
  return isRecord(data) && Object.hasOwn(data, step) ? valuesAt(data[step], rest, [...path, step]) : [];
}

function checkPlaceholders(role: RoleFile, examples: ReadonlyMap<string, ReadonlySet<unknown>>, findings: Findings): void {
  const reported = new Set<string>();
  for (const [pattern, values] of examples) {
    for (const [path, value] of valuesAt(role.data, patternSteps(pattern))) {
      if (!values.has(typeof value === 'string' ? value.trim() : value)) continue;
      reported.add(JSON.stringify(path));
      findings.add(
        role.file,
        path,
        'placeholder',
        `expected the role's own value, got the template's example ${describeValue(value)}; replace it with what the source says (and delete the # placeholder mark)`,
      );
    }
  }
  for (const path of role.markedPlaceholders ?? []) {
    if (reported.has(JSON.stringify(path))) continue;
    findings.add(
      role.file,
      path,
      'placeholder',
      "expected the role's own value, got a value still marked # placeholder; delete the mark once the value is the source's",
    );
  }
}

interface Targets {
  roles: ReadonlySet<string>;
  sourceIds?: ReadonlySet<string> | undefined;
  skillIds?: ReadonlySet<string> | undefined;
}

function checkRoleReferences(role: RoleFile, data: Data, targets: Targets, findings: Findings): void {
  const check = (path: FieldPath, value: unknown, known: ReadonlySet<string> | undefined, kind: string) => {
    if (typeof value === 'string' && known && !known.has(value))
      findings.add(role.file, path, 'reference', `expected the id of ${kind}, got ${JSON.stringify(value)}`);
  };
  const roleLists: [FieldPath, unknown][] = [
    [['related'], data.related],
    [['progression', 'from'], record(data.progression).from],
    [['progression', 'to'], record(data.progression).to],
  ];
  for (const [path, values] of roleLists) {
    list(values).forEach((other, index) => {
      if (other === role.slug) findings.add(role.file, [...path, index], 'self-reference', 'expected another role, got the role itself');
      else check([...path, index], other, targets.roles, 'a role');
    });
  }
  const skills = record(data.skills);
  for (const category of skillCategories) {
    list(skills[category]).forEach((id, index) => check(['skills', category, index], id, targets.skillIds, `a skill in ${contentPaths.skills}`));
  }
  const source = (path: FieldPath, value: unknown) => check(path, value, targets.sourceIds, `a source in ${contentPaths.sources}`);
  list(data.salaries).forEach((figure, index) => source(['salaries', index, 'source'], record(figure).source));
  list(data.outlook).forEach((outlook, index) => source(['outlook', index, 'source'], record(outlook).source));
  if (isRecord(data.experience)) source(['experience', 'source'], data.experience.source);
  const education = record(data.education);
  source(['education', 'source'], education.source);
  list(education.levels).forEach((level, index) => source(['education', 'levels', index, 'source'], record(level).source));
}

function checkImportedData(role: RoleFile, data: Data, imported: ImportedData, findings: Findings): void {
  for (const key of ['salaries', 'outlook'] as const) {
    list(data[key]).forEach((entry, index) => {
      const source = record(entry).source;
      const file = typeof source === 'string' ? imported.releases.get(source) : undefined;
      if (file === undefined) return;
      findings.add(
        role.file,
        [key, index, 'source'],
        'imported-figure',
        `expected a figure the import does not already supply, got one cited to ${JSON.stringify(source)}, which ${file} supplies for every occupation of the role; delete this entry`,
      );
    });
  }
  list(data.occupations).forEach((entry, index) => {
    const occupation = record(entry);
    if (occupation.primary === true && typeof occupation.soc === 'string' && !imported.wages.has(occupation.soc)) {
      findings.add(
        role.file,
        ['occupations', index, 'soc'],
        'missing-data',
        `expected a primary occupation with imported wages, got ${JSON.stringify(occupation.soc)}, which ${contentPaths.data}/${dataFiles.oews} does not cover; import its data or make another occupation primary`,
      );
    }
    if (typeof occupation.onet === 'string' && !imported.profiles.has(occupation.onet)) {
      findings.add(
        role.file,
        ['occupations', index, 'onet'],
        'missing-data',
        `expected an O*NET code with an imported profile, got ${JSON.stringify(occupation.onet)}, which has no file in ${contentPaths.data}/${dataFiles.onetProfiles}/; import it or leave the code out`,
      );
    }
  });
}

function checkStaleness(role: RoleFile, data: Data, staleness: { today: string; maxAgeYears: number }, findings: Findings): void {
  list(data.salaries).forEach((figure, index) => {
    const period = periodOf(record(figure).asOf);
    if (!period || isFuture(period, staleness.today)) return;
    const age = ageInYears(period, staleness.today);
    if (age >= staleness.maxAgeYears) {
      findings.add(
        role.file,
        ['salaries', index, 'asOf'],
        'stale-figure',
        `figure for ${period.text} is ${age} year${age === 1 ? '' : 's'} old; check for a newer figure`,
        { severity: 'warning' },
      );
    }
  });
}
