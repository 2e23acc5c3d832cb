// npm run docs:fields [-- --check]
// Writes the field reference in CONTRIBUTING.md from the zod schemas and the `//` comment
// above each field in src/schemas/*.ts. With --check, exits 1 when CONTRIBUTING.md is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { z } from 'zod';
import * as common from '../src/schemas/common.ts';
import { roleSchema } from '../src/schemas/role.ts';
import { skillSchema } from '../src/schemas/skill.ts';
import { sourceSchema } from '../src/schemas/source.ts';

export const START_MARKER = '<!-- fields:start -->';
export const END_MARKER = '<!-- fields:end -->';

const projectRoot = path.resolve(import.meta.dirname, '..');
const schemasDir = path.join(projectRoot, 'src', 'schemas');
export const CONTRIBUTING_PATH = path.join(projectRoot, 'CONTRIBUTING.md');

/** The files editors write, each documented from its root schema down. */
const DOCUMENTS: { id: string; title: string; schema: z.core.$ZodType }[] = [
  { id: 'role', title: 'Role file frontmatter (`content/roles/<slug>.mdx`)', schema: roleSchema },
  { id: 'source', title: 'Source entry (`content/sources.yaml`)', schema: sourceSchema },
  { id: 'skill', title: 'Skill entry (`content/skills.yaml`)', schema: skillSchema },
];

/** Shared field types from common.ts, named as editors know them. */
const NAMED_TYPES = new Map<unknown, string>([
  [common.text, 'text'],
  [common.slug, 'id (lowercase-hyphenated)'],
  [common.sourceId, 'source id'],
  [common.isoDate, 'date (YYYY-MM-DD)'],
  [common.referencePeriod, 'year, month or day (2025, 2025-05, 2025-05-15)'],
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
  return (ranges ?? [])
    .filter((range) => range.kind === kind)
    .map((range) => source.slice(range.pos, range.end));
}

/** Every `z.object({ … })` literal in src/schemas, keyed by its sorted field names. */
function readSchemaComments(): Map<string, ObjectComments> {
  const objects = new Map<string, ObjectComments>();
  for (const name of readdirSync(schemasDir).filter((file) => file.endsWith('.ts')).sort()) {
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
            const comment = lines.map((line) => line.replace(/^\/\/\s?/, '').trim()).join(' ').trim();
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
  return doc.replace(/^\/\*\*|\*\/$/g, '').split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim()).join(' ').trim();
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
  meaning: string;
}

interface Table {
  anchor: string;
  heading: string;
  description: string;
  fields: Field[];
}

function code(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

class ReferenceBuilder {
  readonly tables: Table[] = [];
  readonly problems: string[] = [];
  readonly #comments: Map<string, ObjectComments>;

  constructor(comments: Map<string, ObjectComments>) {
    this.#comments = comments;
  }

  /** Adds the table for an object schema and, depth first, the tables of the objects inside it. */
  addObject(schema: z.core.$ZodType, anchor: string, heading: string, fallbackDescription: string, pathLabel = ''): void {
    const shape = defOf(schema).shape ?? {};
    const key = Object.keys(shape).sort().join(',');
    const comments = this.#comments.get(key);
    if (!comments) this.problems.push(`no z.object literal in src/schemas has the fields of ${heading}`);
    const table: Table = { anchor, heading, description: comments?.description ?? fallbackDescription, fields: [] };
    this.tables.push(table);
    const nested: (() => void)[] = [];
    for (const [name, fieldSchema] of Object.entries(shape)) {
      const meaning = comments?.fields.get(name) ?? '';
      if (!meaning) this.problems.push(`${heading}: field ${name} has no // comment above it in src/schemas`);
      const childAnchor = `${anchor}-${name.toLowerCase()}`;
      const { type, required, object } = this.describeField(fieldSchema, childAnchor);
      table.fields.push({ name, type, required, meaning });
      if (object) {
        const childPath = `${pathLabel ? `${pathLabel}.` : ''}${name}${object.list ? '[]' : ''}`;
        nested.push(() => this.addObject(object.schema, childAnchor, `\`${childPath}\``, meaning, childPath));
      }
    }
    for (const add of nested) add();
  }

  describeField(schema: z.core.$ZodType, anchor: string): { type: string; required: string; object?: { schema: z.core.$ZodType; list: boolean } } {
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
    return { type: nullable ? `${type} or null` : type, required, ...(object ? { object } : {}) };
  }

  describeType(schema: z.core.$ZodType): string {
    const named = NAMED_TYPES.get(schema);
    if (named) return named;
    const def = defOf(schema);
    switch (def.type) {
      case 'enum':
        return `one of ${Object.values(def.entries ?? {}).map(code).join(', ')}`;
      case 'literal':
        return (def.values ?? []).map(code).join(' or ');
      case 'boolean':
        return '`true` or `false`';
      case 'array':
        return `list of ${def.element ? this.describeType(def.element) : 'values'}`;
      case 'record': {
        const keys = def.keyType ? defOf(def.keyType) : undefined;
        const keyText = keys?.type === 'enum' ? Object.values(keys.entries ?? {}).map(code).join(', ') : 'text';
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

/** The Markdown that goes between the markers in CONTRIBUTING.md. */
export function fieldReferenceMarkdown(): string {
  const builder = new ReferenceBuilder(readSchemaComments());
  const sections = DOCUMENTS.map((document) => {
    const first = builder.tables.length;
    builder.addObject(document.schema, document.id, document.title, '');
    return { document, tables: builder.tables.slice(first) };
  });
  if (builder.problems.length > 0) throw new Error(`cannot document the schemas:\n  ${builder.problems.join('\n  ')}`);
  const lines = [
    '<!-- Generated by `npm run docs:fields` from src/schemas/*.ts: edit the schemas and their comments, then rerun it. -->',
    '',
  ];
  for (const { tables } of sections) {
    tables.forEach((table, index) => {
      lines.push(`${index === 0 ? '###' : '####'} <a id="${table.anchor}"></a>${table.heading}`, '');
      if (table.description) lines.push(table.description, '');
      lines.push('| Field | Type | Required | Meaning |', '| --- | --- | --- | --- |');
      for (const field of table.fields) {
        lines.push(`| \`${field.name}\` | ${escapeCell(field.type)} | ${field.required} | ${escapeCell(field.meaning)} |`);
      }
      lines.push('');
    });
  }
  return lines.join('\n');
}

/** CONTRIBUTING.md's text with the generated reference between the markers. */
export function withFieldReference(contributing: string, reference: string): string {
  const start = contributing.indexOf(START_MARKER);
  const end = contributing.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) throw new Error(`expected ${START_MARKER} and ${END_MARKER} in CONTRIBUTING.md, in that order`);
  return `${contributing.slice(0, start + START_MARKER.length)}\n${reference}${contributing.slice(end)}`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const current = readFileSync(CONTRIBUTING_PATH, 'utf8');
  const updated = withFieldReference(current, fieldReferenceMarkdown());
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
