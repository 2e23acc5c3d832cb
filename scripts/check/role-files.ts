import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RoleFile } from '../../src/lib/references.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { checkBody } from './body-check.ts';
import { FileReport } from './file-report.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { AllowedComponent } from './mdx-safety.ts';
import { YamlDocument } from './yaml-document.ts';

export interface RoleFileOptions {
  allowedComponents: Record<string, AllowedComponent>;
  // The template's guidance paragraphs; undefined when reading the template itself.
  guidance: readonly string[] | undefined;
}

export interface RoleRead {
  report: FileReport;
  role: RoleFile;
  // The frontmatter, when the file has a YAML mapping of fields.
  document: YamlDocument | undefined;
  body: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** One role file (or the template): its frontmatter through the role schema, its body through the body rules. */
export function readRoleFile(root: string, relative: string, options: RoleFileOptions): RoleRead {
  const report = new FileReport(relative, readFileSync(path.join(root, relative), 'utf8'));
  const slug = path.basename(relative, '.mdx');
  const split = splitFrontmatter(report.text);
  const body = split?.body ?? report.text;
  for (const found of checkBody(body, options, split?.bodyLineOffset ?? 0, split?.bodyFirstLineColumnOffset ?? 0)) {
    const plain = found.rule === 'placeholder' || found.rule === 'empty-section';
    report.at(found, 'body', plain ? found.message : `${found.rule}: ${found.message}`, found.rule);
  }
  const unread = { report, role: { file: relative, slug, data: undefined }, document: undefined, body };
  if (!split) {
    report.at(
      { line: 1, column: 1 },
      'frontmatter',
      'expected a YAML frontmatter block between --- lines at the top of the file, got none',
      'frontmatter-missing',
    );
    return unread;
  }
  if (split.toml) {
    report.at(
      { line: split.yamlLineOffset + 1, column: 1 },
      'frontmatter',
      'expected YAML frontmatter between --- lines, got TOML between +++ lines',
      'frontmatter-missing',
    );
    return unread;
  }
  const document = new YamlDocument(split.yaml, split.yamlLineOffset);
  report.yaml(document);
  const data = document.data;
  if (!isRecord(data)) {
    const got = data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : JSON.stringify(data);
    report.atField([], `expected a mapping of fields, got ${got}`, 'schema');
    return unread;
  }
  report.schema(roleSchema, data);
  return { report, role: { file: relative, slug, data, markedPlaceholders: document.placeholderPaths() }, document, body };
}

/** Role files by name in `directory` (relative to `root`). */
export function readRoleFiles(root: string, directory: string, names: readonly string[], options: RoleFileOptions): RoleRead[] {
  return names.map((name) => readRoleFile(root, `${directory}/${name}`, options));
}
