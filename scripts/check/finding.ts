import type { FieldPath } from '../../src/lib/references.ts';

/** How bad a finding is: errors fail `npm run check`, warnings only inform. */
export type Severity = 'error' | 'warning';

/** One problem in one content file. */
export interface Finding {
  // Path of the file relative to the content root, "/"-separated.
  file: string;
  // 1-based line in the whole file.
  line: number;
  // 1-based column.
  column: number;
  // Field in JS notation, e.g. "salaries[1].median"; "body" for the MDX body.
  field: string;
  // What was expected and what was found.
  message: string;
  severity: Severity;
  // Short name of the rule that produced the finding, e.g. "schema" or "unknown-field".
  rule: string;
}

export type { FieldPath } from '../../src/lib/references.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a path in JS notation: `salaries[1].median`, `a["odd key"]`; the empty path is "(root)". */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Orders findings by file, line and column, then field and message so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.field, b.field) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
