import type { z } from 'zod';

/** A problem in the input or output data; the entry point prints its message and exits non-zero. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Keys that identify an element of an array in our outputs, so paths read "occupations[3] (15-1252)". */
const identifyingKeys = ['soc', 'code', 'siteRole', 'period'];

function labelOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const labels = identifyingKeys.map((key): unknown => Reflect.get(node, key)).filter((value): value is string => typeof value === 'string');
  return labels.length > 0 ? labels.join(', ') : undefined;
}

function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let node = root;
  let described = '';
  for (const key of path) {
    node = typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
    if (typeof key === 'number') {
      const label = labelOf(node);
      described += `[${key}]${label ? ` (${label})` : ''}`;
    } else {
      described += `${described ? '.' : ''}${String(key)}`;
    }
  }
  return described || '(top level)';
}

/** Parses with a schema; on failure throws one line per issue naming the file and the field. */
export function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown, file: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${file}: ${describePath(value, issue.path)}: ${issue.message}`);
  throw new ImportError(lines.join('\n'));
}
