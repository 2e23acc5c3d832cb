import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { describeValue } from '../../src/schemas/common.ts';
import type { FieldPath } from './finding.ts';
import type { Target } from './yaml-document.ts';

/** A schema problem, still to be placed in a file. */
export interface IssueFinding {
  // Field the message is about.
  path: FieldPath;
  // Path of the node to point at, and whether at its key or its value.
  at: FieldPath;
  target: Target;
  message: string;
  rule: 'schema' | 'unknown-field';
}

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into findings: every message in the "expected …, got …" style, one
 * finding per unknown key (with a did-you-mean suggestion), missing fields pointed at
 * the mapping that lacks them. `data` is the parsed input the issues are about.
 */
export function issuesToFindings(schema: z.core.$ZodType, issues: readonly Issue[], data: unknown): IssueFinding[] {
  return issues.flatMap((issue): IssueFinding[] => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        at: [...path, key],
        target: 'key',
        message: unknownKeyMessage(key, known),
        rule: 'unknown-field',
      }));
    }
    const missing = isMissing(data, path);
    const input = missing ? undefined : 'input' in issue && issue.input !== undefined ? issue.input : valueAt(data, path);
    return [
      {
        path,
        at: missing ? path.slice(0, -1) : path,
        target: 'value',
        message: issue.message.startsWith('expected ') ? issue.message : `${expectation(issue)}, got ${describeValue(input)}`,
        rule: 'schema',
      },
    ];
  });
}

/** "did you mean" for a key: the closest known key within 2 edits, or one that one is a prefix of. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const lowerCandidate = candidate.toLowerCase();
    const edits = distance(lower, lowerCandidate);
    const prefix = lower.length > 0 && (lowerCandidate.startsWith(lower) || lower.startsWith(lowerCandidate));
    if (edits > 2 && !prefix) continue;
    if (!best || edits < best.distance) best = { key: candidate, distance: edits };
  }
  return best?.key;
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const suggestion = suggestKey(key, known);
  if (suggestion) return `expected a known field, got ${JSON.stringify(key)}; did you mean ${JSON.stringify(suggestion)}?`;
  if (known.length === 0) return `expected no fields here, got ${JSON.stringify(key)}`;
  return `expected one of the fields ${known.join(', ')}, got ${JSON.stringify(key)}`;
}

/** What a default zod message expected, rephrased; the caller adds ", got …". */
function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeName(issue.expected)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? describeValue(issue.values[0]) : `one of ${issue.values.map(describeValue).join(', ')}`}`;
    case 'too_small':
      return `expected ${bound('at least', 'more than', issue.minimum, issue.inclusive, issue.origin)}`;
    case 'too_big':
      return `expected ${bound('at most', 'less than', issue.maximum, issue.inclusive, issue.origin)}`;
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern ? `expected text matching ${issue.pattern}` : `expected a valid ${issue.format}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'expected a value of one of the accepted kinds';
    case 'invalid_key':
      return 'expected a valid key';
    case 'invalid_element':
      return 'expected a valid element';
    default:
      return `expected ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping of fields',
    array: 'a list',
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    date: 'a date',
    null: 'null',
    undefined: 'nothing',
  };
  return names[type] ?? `a ${type}`;
}

function bound(inclusiveWord: string, exclusiveWord: string, limit: number | bigint, inclusive: boolean | undefined, origin: string): string {
  const word = inclusive === false ? exclusiveWord : inclusiveWord;
  const count = Number(limit);
  if (origin === 'array' || origin === 'set') return `${word} ${count} item${count === 1 ? '' : 's'}`;
  if (origin === 'string') return `${word} ${count} character${count === 1 ? '' : 's'}`;
  return `a number ${word} ${count}`;
}

// ---- Data ---------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The value at a path, or undefined when the path leaves the data. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string' && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

/** True when the last key of the path is absent from a mapping that exists. */
function isMissing(data: unknown, path: FieldPath): boolean {
  const last = path.at(-1);
  if (typeof last !== 'string') return false;
  const parent = valueAt(data, path.slice(0, -1));
  return isRecord(parent) && !Object.hasOwn(parent, last);
}

// ---- Schema introspection ----------------------------------------------------------

interface SchemaDef {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  options?: readonly Schema[];
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, string | number>;
  getter?: () => Schema;
  left?: Schema;
  right?: Schema;
}

interface Schema {
  _zod: { def: SchemaDef };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** Strips optional/default/nullable/pipe/lazy wrappers; refinements live on the schema itself in zod 4. */
export function unwrapSchema(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema as unknown as Schema;
  for (let guard = 0; guard < 50; guard++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else break;
  }
  return current as unknown as z.core.$ZodType;
}

function defOf(schema: z.core.$ZodType): SchemaDef {
  return (unwrapSchema(schema) as unknown as Schema)._zod.def;
}

function asType(schema: Schema | undefined): z.core.$ZodType[] {
  return schema ? [schema as unknown as z.core.$ZodType] : [];
}

/** The schemas a path can lead to (several inside unions). */
function schemasAt(schema: z.core.$ZodType, path: FieldPath): z.core.$ZodType[] {
  let current = [schema];
  for (const segment of path) {
    current = current.flatMap((candidate) => childSchemas(candidate, segment));
  }
  return current;
}

function childSchemas(schema: z.core.$ZodType, segment: string | number): z.core.$ZodType[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return typeof segment === 'string' && def.shape && Object.hasOwn(def.shape, segment) ? asType(def.shape[segment]) : [];
    case 'array':
      return typeof segment === 'number' ? asType(def.element) : [];
    case 'record':
      return asType(def.valueType);
    case 'union':
      return (def.options ?? []).flatMap((option) => childSchemas(option as unknown as z.core.$ZodType, segment));
    case 'intersection':
      return [...asType(def.left), ...asType(def.right)].flatMap((side) => childSchemas(side, segment));
    default:
      return [];
  }
}

/** Keys a mapping at this path may have: an object's shape or a record's enum keys. */
export function knownKeys(schema: z.core.$ZodType, path: FieldPath): string[] {
  const keys = new Set<string>();
  const collect = (candidate: z.core.$ZodType): void => {
    const def = defOf(candidate);
    if (def.type === 'object' && def.shape) Object.keys(def.shape).forEach((key) => keys.add(key));
    else if (def.type === 'record' && def.keyType) {
      const keyDef = defOf(def.keyType as unknown as z.core.$ZodType);
      if (keyDef.type === 'enum' && keyDef.entries) Object.values(keyDef.entries).forEach((key) => keys.add(String(key)));
    } else if (def.type === 'union') (def.options ?? []).forEach((option) => collect(option as unknown as z.core.$ZodType));
    else if (def.type === 'intersection') [...asType(def.left), ...asType(def.right)].forEach(collect);
  };
  schemasAt(schema, path).forEach(collect);
  return [...keys];
}
