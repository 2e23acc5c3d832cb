// npm run docs:fields [-- --check]
// Writes the field reference in CONTRIBUTING.md from the definitions the check and the build run:
// the zod schemas with the `//` comment above each field in src/schemas/*.ts and the rule note of
// every refinement (src/schemas/rules.ts), the cross-reference rules (src/lib/references.ts) and the
// body rules (scripts/check/mdx-safety.ts). With --check, exits 1 when CONTRIBUTING.md is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { z } from 'zod';
import { contentPaths } from '../src/content-paths.ts';
import { crossReferenceRules } from '../src/lib/references.ts';
import * as common from '../src/schemas/common.ts';
import { roleSchema } from '../src/schemas/role.ts';
import { ruleNotes } from '../src/schemas/rules.ts';
import { skillSchema, skillsFileSchema } from '../src/schemas/skill.ts';
import { sourceSchema, sourcesFileSchema } from '../src/schemas/source.ts';
import { mdxSafetyRules } from './check/mdx-safety.ts';
import { GUIDANCE_MARK } from './check/template.ts';

export const START_MARKER = '<!-- fields:start -->';
export const END_MARKER = '<!-- fields:end -->';
export const BODY_START_MARKER = '<!-- body-rules:start -->';
export const BODY_END_MARKER = '<!-- body-rules:end -->';

const projectRoot = path.resolve(import.meta.dirname, '..');
const schemasDir = path.join(projectRoot, 'src', 'schemas');
export const CONTRIBUTING_PATH = path.join(projectRoot, 'CONTRIBUTING.md');

/** The files editors write, each documented from its root schema down (and the whole file's schema, for its rules). */
const DOCUMENTS: { id: string; title: string; schema: z.core.$ZodType; file?: z.core.$ZodType }[] = [
  { id: 'role', title: `Role file frontmatter (\`${contentPaths.roles}/<slug>.mdx\`)`, schema: roleSchema },
  { id: 'source', title: `Source entry (\`${contentPaths.sources}\`)`, schema: sourceSchema, file: sourcesFileSchema },
  { id: 'skill', title: `Skill entry (\`${contentPaths.skills}\`)`, schema: skillSchema, file: skillsFileSchema },
];

/** Shared field types from common.ts, named as editors know them. */
const NAMED_TYPES = new Map<unknown, string>([
  [common.text, 'text'],
  [common.slug, 'id (lowercase-hyphenated)'],
  [common.sourceId, 'source id'],
  [common.isoDate, 'date (YYYY-MM-DD)'],
  [common.pastDate, 'date (YYYY-MM-DD)'],
  [common.referencePeriod, 'year, month or day (2025, 2025-05, 2025-05-15)'],
  [common.pastPeriod, 'year, month or day (2025, 2025-05, 2025-05-15)'],
  [common.currencyCode, 'currency code'],
  [common.positiveNumber, 'number above 0'],
  [common.percent, 'percentage (0–100)'],
]);

// ---- Comments from the TypeScript source ------------------------------------------

interface ObjectComments {
  // The `/** … */` comment of the const the object is assigned to, when there is one.
  description: string | undefined;
  fields: Map<string, string>;
  file: string;
}

function commentText(source: string, ranges: readonly ts.CommentRange[] | undefined, kind: ts.SyntaxKind): string[] {
  return (ranges ?? []).filter((range) => range.kind === kind).map((range) => source.slice(range.pos, range.end));
}

/** Every `z.object({ … })` literal in src/schemas, keyed by its sorted field names. */
function readSchemaComments(): Map<string, ObjectComments> {
  const objects = new Map<string, ObjectComments>();
  for (const name of readdirSync(schemasDir)
    .filter((file) => file.endsWith('.ts'))
    .sort()) {
    const text = readFileSync(path.join(schemasDir, name), 'utf8');
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (isZObjectCall(node)) {
        const literal = node.arguments[0];
        if (literal && ts.isObjectLiteralExpression(literal)) {
          const fields = new Map<string, string>();
          for (const property of literal.properties) {
            if (!ts.isPropertyAssignment(property) || !property.name) continue;
            const lines = commentText(text, ts.getLeadingCommentRanges(text, property.getFullStart()), ts.SyntaxKind.SingleLineCommentTrivia);
            const comment = lines
              .map((line) => line.replace(/^\/\/\s?/, '').trim())
              .join(' ')
              .trim();
            fields.set(property.name.getText(file).replace(/^['"]|['"]$/g, ''), comment);
          }
          const key = [...fields.keys()].sort().join(',');
          if (objects.has(key)) throw new Error(`two z.object literals have the fields ${key} (${objects.get(key)!.file} and ${name})`);
          objects.set(key, { description: describingJsDoc(node, text), fields, file: name });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return objects;
}

function isZObjectCall(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'object' &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === 'z'
  );
}

/** The JSDoc above `const x = z.object(…)…`, through any chained calls. */
function describingJsDoc(node: ts.Node, text: string): string | undefined {
  let current: ts.Node = node;
  while (current.parent && (ts.isPropertyAccessExpression(current.parent) || ts.isCallExpression(current.parent))) current = current.parent;
  const declaration = current.parent;
  if (!declaration || !ts.isVariableDeclaration(declaration)) return undefined;
  const statement = declaration.parent.parent;
  const docs = commentText(text, ts.getLeadingCommentRanges(text, statement.getFullStart()), ts.SyntaxKind.MultiLineCommentTrivia);
  const doc = docs.at(-1);
  if (!doc?.startsWith('/**')) return undefined;
  return doc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .trim();
}

// ---- Types from the runtime schemas ----------------------------------------------------

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  element?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  defaultValue?: unknown;
  checks?: readonly { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
}

function defOf(schema: z.core.$ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema's own "expected …" wording, from parsing a value nothing accepts. */
function expectedWording(schema: z.core.$ZodType): string | undefined {
  const result = (schema as z.ZodType).safeParse(Symbol('nothing'));
  const message = result.success ? undefined : result.error.issues[0]?.message;
  const match = message && /^expected (.+), got /.exec(message);
  return match ? match[1] : undefined;
}

interface Field {
  name: string;
  type: string;
  required: string;
  rules: string[];
  meaning: string;
}

interface Table {
  anchor: string;
  heading: string;
  description: string;
  fields: Field[];
  // Rules of the entry as a whole (refinements of the object).
  rules: string[];
}

function code(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/**
 * What one schema layer requires beyond its type: its length limits and the note of each of its
 * refinements. A refinement without a note is added to `problems`, so no rule goes undocumented.
 */
export function schemaRules(schema: z.core.$ZodType, label: string, problems: string[]): string[] {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const limits = checks.flatMap((check) => {
    if (check.check === 'max_length') return [`at most ${check.maximum} ${def.type === 'array' ? 'items' : 'characters'}`];
    if (check.check === 'min_length' && def.type === 'array') return [check.minimum === 1 ? 'at least one' : `at least ${check.minimum}`];
    return [];
  });
  const notes = ruleNotes.get(schema)?.rules ?? [];
  const refinements = checks.filter((check) => check.check === 'custom').length;
  if (refinements > notes.length)
    problems.push(`${label}: ${refinements} refinement(s) but ${notes.length} rule note(s); describe each with withRules() (src/schemas/rules.ts)`);
  return [...limits, ...notes];
}

class ReferenceBuilder {
  readonly tables: Table[] = [];
  readonly problems: string[] = [];
  readonly #comments: Map<string, ObjectComments>;

  constructor(comments: Map<string, ObjectComments>) {
    this.#comments = comments;
  }

  rulesOf(schema: z.core.$ZodType, label: string): string[] {
    return schemaRules(schema, label, this.problems);
  }

  /** Adds the table for an object schema and, depth first, the tables of the objects inside it. */
  addObject(schema: z.core.$ZodType, anchor: string, heading: string, fallbackDescription: string, pathLabel = ''): void {
    const shape = defOf(schema).shape ?? {};
    const key = Object.keys(shape).sort().join(',');
    const comments = this.#comments.get(key);
    if (!comments) this.problems.push(`no z.object literal in src/schemas has the fields of ${heading}`);
    const table: Table = { anchor, heading, description: comments?.description ?? fallbackDescription, fields: [], rules: this.rulesOf(schema, heading) };
    this.tables.push(table);
    const nested: (() => void)[] = [];
    for (const [name, fieldSchema] of Object.entries(shape)) {
      const meaning = comments?.fields.get(name) ?? '';
      if (!meaning) this.problems.push(`${heading}: field ${name} has no // comment above it in src/schemas`);
      const childAnchor = `${anchor}-${name.toLowerCase()}`;
      const { type, required, rules, object } = this.describeField(fieldSchema, childAnchor, `${heading} ${name}`);
      table.fields.push({ name, type, required, rules, meaning });
      if (object) {
        const childPath = `${pathLabel ? `${pathLabel}.` : ''}${name}${object.list ? '[]' : ''}`;
        nested.push(() => this.addObject(object.schema, childAnchor, `\`${childPath}\``, meaning, childPath));
      }
    }
    for (const add of nested) add();
  }

  describeField(
    schema: z.core.$ZodType,
    anchor: string,
    label: string,
  ): { type: string; required: string; rules: string[]; object?: { schema: z.core.$ZodType; list: boolean } } {
    let current = schema;
    let required = 'yes';
    let nullable = false;
    for (;;) {
      const def = defOf(current);
      if (NAMED_TYPES.has(current)) break;
      if (def.type === 'optional' && def.innerType) {
        required = 'no';
        current = def.innerType;
      } else if (def.type === 'default' && def.innerType) {
        const value = def.defaultValue;
        required = typeof value === 'object' && value !== null && !Array.isArray(value) ? 'no' : `no (default ${code(value)})`;
        current = def.innerType;
      } else if (def.type === 'nullable' && def.innerType) {
        nullable = true;
        current = def.innerType;
      } else break;
    }
    const def = defOf(current);
    let object: { schema: z.core.$ZodType; list: boolean } | undefined;
    if (def.type === 'object') object = { schema: current, list: false };
    if (def.type === 'array' && def.element && defOf(def.element).type === 'object') object = { schema: def.element, list: true };
    const type = object ? `${object.list ? 'list of ' : ''}[${object.list ? 'entries' : 'fields'} below](#${anchor})` : this.describeType(current);
    // An object's own rules are listed under its table, not on the field that holds it.
    const rules = object && !object.list ? [] : this.rulesOf(current, label);
    return { type: nullable ? `${type} or null` : type, required, rules, ...(object ? { object } : {}) };
  }

  describeType(schema: z.core.$ZodType): string {
    const named = NAMED_TYPES.get(schema);
    if (named) return named;
    const def = defOf(schema);
    switch (def.type) {
      case 'enum':
        return `one of ${Object.values(def.entries ?? {})
          .map(code)
          .join(', ')}`;
      case 'literal':
        return (def.values ?? []).map(code).join(' or ');
      case 'boolean':
        return '`true` or `false`';
      case 'array':
        return `list of ${def.element ? this.describeType(def.element) : 'values'}`;
      case 'record': {
        const keys = def.keyType ? defOf(def.keyType) : undefined;
        const keyText =
          keys?.type === 'enum'
            ? Object.values(keys.entries ?? {})
                .map(code)
                .join(', ')
            : 'text';
        return `map from ${keyText} to ${def.valueType ? this.describeType(def.valueType) : 'values'}`;
      }
      case 'optional':
      case 'default':
      case 'nullable':
        return def.innerType ? this.describeType(def.innerType) : 'value';
      default:
        return expectedWording(schema) ?? def.type;
    }
  }
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function rulesCell(rules: readonly string[]): string {
  return rules.length > 0 ? escapeCell(rules.join('; ')) : '–';
}

/** The Markdown that goes between the field markers in CONTRIBUTING.md. */
export function fieldReferenceMarkdown(): string {
  const builder = new ReferenceBuilder(readSchemaComments());
  const sections = DOCUMENTS.map((document) => {
    const first = builder.tables.length;
    builder.addObject(document.schema, document.id, document.title, '');
    const fileRules = document.file ? builder.rulesOf(document.file, document.title) : [];
    return { document, fileRules, tables: builder.tables.slice(first) };
  });
  if (builder.problems.length > 0) throw new Error(`cannot document the schemas:\n  ${builder.problems.join('\n  ')}`);
  const lines = [
    '<!-- Generated by `npm run docs:fields` from src/schemas/*.ts (fields, comments and rule notes) and src/lib/references.ts: edit those, then rerun it. -->',
    '',
    'Every rule below is enforced twice by the same code: `npm run check` lists every breach with its line, and `npm run build` stops on them before it renders a page.',
    '',
  ];
  for (const { fileRules, tables } of sections) {
    tables.forEach((table, index) => {
      lines.push(`${index === 0 ? '###' : '####'} <a id="${table.anchor}"></a>${table.heading}`, '');
      if (table.description) lines.push(table.description, '');
      lines.push('| Field | Type | Required | Rules | Meaning |', '| --- | --- | --- | --- | --- |');
      for (const field of table.fields) {
        lines.push(`| \`${field.name}\` | ${escapeCell(field.type)} | ${field.required} | ${rulesCell(field.rules)} | ${escapeCell(field.meaning)} |`);
      }
      lines.push('');
      if (table.rules.length > 0) lines.push(`Each entry: ${table.rules.join('; ')}.`, '');
      if (index === 0 && fileRules.length > 0) lines.push(`The whole file: ${fileRules.join('; ')}.`, '');
    });
  }
  lines.push('### <a id="between-files"></a>Rules between files', '', "Checked across all the files at once (the catalogue's cross-reference pass):", '');
  lines.push('| Rule | What it requires |', '| --- | --- |');
  for (const [rule, text] of Object.entries(crossReferenceRules)) lines.push(`| \`${rule}\` | ${escapeCell(text)} |`);
  lines.push('');
  return lines.join('\n');
}

/** The Markdown that goes between the body-rule markers: what the body rules reject, and why. */
export function bodyRulesMarkdown(): string {
  const rows = [
    ...mdxSafetyRules,
    { rejected: 'a heading with nothing under it', why: 'an empty section promises readers something the page does not have; write it or delete the heading' },
    {
      rejected: `the template's guidance paragraphs, and paragraphs still marked \`${GUIDANCE_MARK}\``,
      why: `they are instructions to you, not text for readers (see \`${contentPaths.template}\`)`,
    },
  ];
  return [
    '<!-- Generated by `npm run docs:fields` from scripts/check/mdx-safety.ts and the body rules. -->',
    '',
    '| Rejected | Why |',
    '| --- | --- |',
    ...rows.map((row) => `| ${escapeCell(row.rejected)} | ${escapeCell(row.why)} |`),
    '',
  ].join('\n');
}

/** `text` with `generated` between the `start` and `end` markers. */
export function withFieldReference(text: string, generated: string, start = START_MARKER, end = END_MARKER): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) throw new Error(`expected ${start} and ${end} in CONTRIBUTING.md, in that order`);
  return `${text.slice(0, from + start.length)}\n${generated}${text.slice(to)}`;
}

/** CONTRIBUTING.md with both generated parts brought up to date. */
export function updatedContributing(text: string): string {
  return withFieldReference(withFieldReference(text, fieldReferenceMarkdown()), bodyRulesMarkdown(), BODY_START_MARKER, BODY_END_MARKER);
}

function main(): void {
  const check = process.argv.includes('--check');
  const current = readFileSync(CONTRIBUTING_PATH, 'utf8');
  const updated = updatedContributing(current);
  if (check) {
    if (updated !== current) {
      process.stderr.write('CONTRIBUTING.md field reference is out of date; run: npm run docs:fields\n');
      process.exitCode = 1;
    } else {
      process.stdout.write('CONTRIBUTING.md field reference is up to date.\n');
    }
    return;
  }
  if (updated === current) {
    process.stdout.write('CONTRIBUTING.md field reference already up to date.\n');
    return;
  }
  writeFileSync(CONTRIBUTING_PATH, updated);
  process.stdout.write('Updated the field reference in CONTRIBUTING.md.\n');
}

if (import.meta.main) main();
