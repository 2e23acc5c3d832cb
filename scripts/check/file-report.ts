import type { z } from 'zod';
import type { ContentFinding, FieldPath } from '../../src/lib/references.ts';
import { formatPath, type Finding, type Severity } from './finding.ts';
import { YamlDocument, type Position, type Target } from './yaml-document.ts';
import { issuesToFindings } from './zod-findings.ts';

/** Collects the findings of one file, at most one per field, placed with the file's own parse. */
export class FileReport {
  readonly file: string;
  readonly text: string;
  readonly findings: Finding[] = [];
  readonly #reported = new Set<string>();
  #document: YamlDocument | undefined;
  #positions: (() => YamlDocument) | undefined;

  constructor(file: string, text = '') {
    this.file = file;
    this.text = text;
  }

  /** Places findings with `document`, or with a document made on demand (JSON data files). */
  usePositions(document: YamlDocument | (() => YamlDocument)): void {
    if (document instanceof YamlDocument) this.#document = document;
    else this.#positions = document;
  }

  /** A finding at a field; skipped when the field already has one or a syntax error damaged it. */
  atField(field: FieldPath, message: string, rule: string, options: { at?: FieldPath; target?: Target; severity?: Severity } = {}): void {
    const name = formatPath(field);
    if (this.#reported.has(name) || this.isDamaged(field)) return;
    this.#document ??= this.#positions?.();
    const position = this.#document?.locate(options.at ?? field, options.target ?? 'value') ?? { line: 1, column: 1 };
    this.#reported.add(name);
    this.at(position, name, message, rule, options.severity);
  }

  at(position: Position, field: string, message: string, rule: string, severity: Severity = 'error'): void {
    this.findings.push({ file: this.file, line: position.line, column: position.column, field, message, severity, rule });
  }

  isDamaged(field: FieldPath): boolean {
    const damaged = this.#document?.damaged;
    return damaged === true || (damaged !== undefined && field.length > 0 && damaged.has(String(field[0])));
  }

  /** Reports the YAML syntax errors of `document` and places later findings with it. */
  yaml(document: YamlDocument): void {
    for (const problem of document.problems) this.at(problem, 'yaml', problem.message, 'yaml-syntax');
    this.usePositions(document);
  }

  /** Runs a zod schema; true when the data passed. */
  schema(schema: z.core.$ZodType, data: unknown): boolean {
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    if (result.success) return true;
    const hasSyntaxErrors = this.#document !== undefined && this.#document.problems.length > 0;
    for (const issue of issuesToFindings(schema, result.error.issues, data)) {
      // A field a syntax error swallowed (into an unclosed quote, or under a mis-indented line) is
      // not missing but damaged, and the syntax error already names it.
      const missingAtRoot = issue.path.length === 1 && issue.at.length === 0;
      if (hasSyntaxErrors && missingAtRoot && new RegExp(`^\\s*${String(issue.path[0])}\\s*:`, 'm').test(this.text)) continue;
      this.atField(issue.path, issue.message, issue.rule, { at: issue.at, target: issue.target });
    }
    return false;
  }

  /** Places a finding of the cross-reference pass. */
  place(found: ContentFinding): void {
    if (found.wholeFile) this.at({ line: 1, column: 1 }, '(file)', found.message, found.rule, found.severity);
    else this.atField(found.path, found.message, found.rule, { severity: found.severity });
  }
}
