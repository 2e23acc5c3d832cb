import { createRequire } from 'node:module';
import { LineCounter, parseDocument } from 'yaml';
import type { Position } from './yaml-positions.ts';

/**
 * Astro's own frontmatter pattern (@astrojs/internal-helpers/frontmatter): optional BOM or
 * leading blank lines, `---`, the YAML, a line starting with `---`.
 */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** An .mdx file cut into its YAML frontmatter and MDX body. */
export interface SplitFile {
  // The YAML between the fences, starting with the rest of the opening `---` line.
  yaml: string;
  // Lines before the YAML's first line (added to YAML line numbers).
  yamlLineOffset: number;
  // Everything after the closing `---`, starting with the rest of its line.
  body: string;
  // Lines before the body's first line.
  bodyLineOffset: number;
  // Columns taken by the closing `---` on the body's first line.
  bodyFirstLineColumnOffset: number;
  // The fence was `+++` (TOML), which the check does not read.
  toml: boolean;
}

/** Splits an .mdx file the way Astro does; `undefined` when there is no frontmatter block. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  const bodyStart = match.index + match[0].length;
  const yamlStart = bodyStart - 3 - yaml.length;
  return {
    yaml,
    yamlLineOffset: countLines(text, yamlStart) - 1,
    body: text.slice(bodyStart),
    bodyLineOffset: countLines(text, bodyStart) - 1,
    bodyFirstLineColumnOffset: 3,
    toml: match[0].trimStart().replace(/^\uFEFF/, '').startsWith('+++'),
  };
}

/** 1-based line number of the character at `offset`. */
function countLines(text: string, offset: number): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}

// ---- Parsing ------------------------------------------------------------------

/** A YAML syntax error with its place in the parsed text (1-based). */
export interface YamlSyntaxError extends Position {
  message: string;
}

export type YamlResult = { ok: true; data: unknown } | { ok: false; errors: YamlSyntaxError[] };

interface JsYamlException extends Error {
  reason?: string;
  mark?: { line: number; column: number };
}

// js-yaml is the parser Astro itself runs on frontmatter and YAML collections, so values
// (dates, numbers, duplicate keys) come out exactly as the build sees them, and it is
// about eight times faster than `yaml`. It arrives with Astro (it has no types of its own);
// should it ever be missing, `yaml` with the timestamp tag reads the same values, slower.
const jsYaml = loadJsYaml();

function loadJsYaml(): { load(text: string): unknown } | undefined {
  try {
    return createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  } catch {
    return undefined;
  }
}

/**
 * Parses YAML as Astro does. On a syntax error, `yaml` (which reports every error with
 * its position, not only the first) describes what is wrong; js-yaml's own message is
 * the fallback when the two parsers disagree.
 */
export function parseYaml(text: string): YamlResult {
  if (!jsYaml) return parseWithYaml(text);
  try {
    return { ok: true, data: jsYaml.load(text) };
  } catch (error) {
    const exception = error as JsYamlException;
    if (!exception.mark) throw error;
    const result = parseWithYaml(text);
    if (!result.ok) return result;
    const { line, column } = exception.mark;
    return { ok: false, errors: [{ line: line + 1, column: column + 1, message: exception.reason ?? firstLine(exception.message) }] };
  }
}

/** `yaml`, set up to read values as js-yaml does (unquoted dates become Dates). */
export function parseWithYaml(text: string): YamlResult {
  const counter = new LineCounter();
  const document = parseDocument(text, { customTags: ['timestamp'], lineCounter: counter, prettyErrors: false });
  if (document.errors.length === 0) return { ok: true, data: document.toJS() };
  const errors = document.errors.map((found) => {
    const { line, col } = found.linePos?.[0] ?? counter.linePos(found.pos[0]);
    return { line, column: col, message: firstLine(found.message) };
  });
  return { ok: false, errors };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
