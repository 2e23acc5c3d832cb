import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { FieldPath } from './finding.ts';
import { describeSyntaxError } from './yaml-errors.ts';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Where to point for a path: at the value it names, or at its key (for unknown keys). */
export type Target = 'value' | 'key';

/** A YAML syntax error, in plain words, at its place in the whole file. */
export interface SyntaxProblem extends Position {
  message: string;
}

/** The marker that flags a template value editors must replace: `median: 1 # placeholder`. */
export const PLACEHOLDER_MARK = 'placeholder';

/**
 * One YAML text parsed once with `yaml`'s document API: the values the schemas read and the
 * positions findings are placed at come from the same parse. `lineOffset` shifts lines for text
 * that starts further down a file (frontmatter).
 */
export class YamlDocument {
  // The values, as Astro reads them (unquoted dates become Dates).
  readonly data: unknown;
  // Syntax errors: one per top-level field they damage, so one slip is reported once.
  readonly problems: SyntaxProblem[] = [];
  // Top-level keys (or list indices) whose values a syntax error made unreliable; `true` when the whole text is.
  readonly damaged: ReadonlySet<string> | true;
  readonly #document: Document.Parsed;
  readonly #text: string;
  readonly #counter = new LineCounter();
  readonly #lineOffset: number;

  constructor(text: string, lineOffset = 0) {
    this.#text = text;
    this.#lineOffset = lineOffset;
    // logLevel 'error': recovery from a syntax error may build odd keys, which toJS would warn about on stderr.
    this.#document = parseDocument(text, { customTags: ['timestamp'], lineCounter: this.#counter, prettyErrors: false, logLevel: 'error' });
    // An unknown tag parses (as a warning) in `yaml` but stops Astro's parser, so it is an error here.
    const errors = [...this.#document.errors, ...this.#document.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED')];
    this.damaged = errors.length === 0 ? new Set() : this.#report(errors);
    this.data = this.#document.toJS();
  }

  /** Where a path is; a path that does not exist resolves to its nearest existing ancestor. */
  locate(path: FieldPath, target: Target = 'value'): Position {
    for (let length = path.length; length >= 0; length--) {
      const offset = this.#offset(path.slice(0, length), length === path.length ? target : 'value');
      if (offset !== undefined) return this.#position(offset);
    }
    return { line: 1 + this.#lineOffset, column: 1 };
  }

  /** Paths of the values marked `# placeholder` on their own line. */
  placeholderPaths(): FieldPath[] {
    if (!this.#text.includes(PLACEHOLDER_MARK)) return [];
    const found: FieldPath[] = [];
    const visit = (node: unknown, path: (string | number)[]): void => {
      // Only a value on one line can carry the mark: a scalar, or a flow list such as [a, b].
      if (isScalar(node) || (isCollection(node) && node.flow === true)) {
        if (this.#markedOnItsLine(node)) found.push(path);
      }
      if (isMap(node)) for (const pair of node.items) visit(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : String(pair.key)]);
      else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
    };
    visit(this.#document.contents, []);
    return found;
  }

  #markedOnItsLine(node: YamlNode): boolean {
    if (node.comment?.trim() !== PLACEHOLDER_MARK || !node.range) return false;
    const hash = this.#text.indexOf('#', node.range[1]);
    return hash !== -1 && !this.#text.slice(node.range[0], hash).includes('\n');
  }

  #position(offset: number): Position {
    const { line, col } = this.#counter.linePos(offset);
    return { line: line + this.#lineOffset, column: col };
  }

  #offset(path: FieldPath, target: Target): number | undefined {
    let node = this.#document.contents as YamlNode | null;
    let keyNode: YamlNode | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return undefined;
        keyNode = pair.key as YamlNode;
        node = pair.value as YamlNode | null;
      } else if (isSeq(node) && typeof segment === 'number' && segment >= 0 && segment < node.items.length) {
        keyNode = undefined;
        node = node.items[segment] as YamlNode | null;
      } else {
        return undefined;
      }
    }
    const keyStart = keyNode?.range?.[0];
    if (target === 'key' && keyStart !== undefined) return keyStart;
    const range = node?.range;
    // An empty value (`title:`) has an empty range; its key is the better place to point.
    if (!range || range[0] === range[1]) return keyStart ?? range?.[0];
    return range[0];
  }

  /** Reports the first error in each top-level field and returns the fields they damaged. */
  #report(errors: readonly YAMLError[]): ReadonlySet<string> | true {
    const root = this.#document.contents;
    const lines = this.#text.split('\n');
    // Top-level entries: the fields of a mapping, or the items of a list (the registries).
    const starts = isMap(root)
      ? root.items.map((pair) => ({ key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key), start: (pair.key as YamlNode | null)?.range?.[0] }))
      : isSeq(root)
        ? root.items.map((item, index) => ({ key: String(index), start: (item as YamlNode | null)?.range?.[0] }))
        : [];
    const spans = starts.map((span, index) => ({ key: span.key, start: index === 0 ? 0 : (span.start ?? 0) }));
    const damaged = new Set<string>();
    let whole = spans.length === 0;
    for (const error of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
      const start = this.#brokenStart(error);
      const key = spans.findLast((span) => span.start <= start)?.key;
      const end = spans.findLast((span) => span.start <= error.pos[0])?.key;
      if (key === undefined) whole = true;
      if (key !== undefined && damaged.has(key)) continue;
      if (key !== undefined) damaged.add(key);
      if (end !== undefined) damaged.add(end);
      const { line, col } = this.#counter.linePos(start);
      const described = describeSyntaxError(error, lines, line, this.#lineOffset);
      this.problems.push({ line: (described.line ?? line) + this.#lineOffset, column: described.column ?? col, message: described.message });
    }
    return whole ? true : damaged;
  }

  /** Where the broken construct starts: an unclosed quote is reported where it opens, not where the text ends. */
  #brokenStart(error: YAMLError): number {
    if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return error.pos[0];
    let start = error.pos[0];
    const visit = (node: unknown): void => {
      if (
        isScalar(node) &&
        node.range &&
        (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
        node.range[0] < error.pos[0] &&
        node.range[2] >= error.pos[0]
      ) {
        start = node.range[0];
      } else if (isMap(node)) for (const pair of node.items) visit(pair.value);
      else if (isSeq(node)) node.items.forEach(visit);
    };
    visit(this.#document.contents);
    return start;
  }
}
