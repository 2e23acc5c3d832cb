import { examplePattern, type TemplateExample } from '../../src/lib/references.ts';
import type { MdxFinding } from './mdx-safety.ts';
import { valueAt } from './zod-findings.ts';
import type { YamlDocument } from './yaml-document.ts';

/** How the template marks a guidance paragraph of the body, which a role must replace. */
export const GUIDANCE_MARK = '{/* placeholder */}';

/** The template's marked examples: frontmatter values and body guidance paragraphs. */
export interface TemplateExamples {
  values: TemplateExample[];
  guidance: string[];
}

/**
 * Reads what the template marks as examples: values with `# placeholder` after them on their line,
 * and body paragraphs that start with {/* placeholder *\/}. A role still holding one is unfinished.
 */
export function templateExamples(frontmatter: YamlDocument | undefined, body: string): TemplateExamples {
  const values = (frontmatter?.placeholderPaths() ?? []).map((path) => ({ field: examplePattern(path), value: valueAt(frontmatter!.data, path) }));
  const guidance = body
    .split('\n')
    .filter((line) => line.trimStart().startsWith(GUIDANCE_MARK))
    .map((line) => line.trimStart().slice(GUIDANCE_MARK.length).trim())
    .filter((paragraph) => paragraph !== '');
  return { values, guidance };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Guidance left in a role body: a template paragraph word for word, or the marker (one finding per line). */
export function guidanceFindings(body: string, guidance: readonly string[]): MdxFinding[] {
  const findings = new Map<number, MdxFinding>();
  const report = (offset: number, message: string) => {
    const at = positionOf(body, offset);
    if (!findings.has(at.line)) findings.set(at.line, { ...at, rule: 'placeholder', message });
  };
  for (const paragraph of guidance) {
    const offset = body.indexOf(paragraph);
    if (offset !== -1) report(offset, `expected your own text, got the template's guidance ${quoted(paragraph)}; replace it (and delete ${GUIDANCE_MARK})`);
  }
  for (let offset = body.indexOf(GUIDANCE_MARK); offset !== -1; offset = body.indexOf(GUIDANCE_MARK, offset + 1)) {
    report(offset, `expected your own text, got a paragraph still marked ${GUIDANCE_MARK}; delete the mark once the paragraph is yours`);
  }
  return [...findings.values()];
}
