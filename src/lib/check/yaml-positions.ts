import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { FieldPath } from './finding.ts';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Where to point for a path: at the value it names, or at its key (for unknown keys). */
export type Target = 'value' | 'key';

/**
 * Maps field paths in a YAML (or JSON) text to line and column.
 *
 * Most files are plain block YAML, which a line scan resolves in microseconds; anything
 * the scan is not sure about (flow mappings, anchors, tags, tabs, JSON) is answered from
 * `yaml`'s node ranges, parsed at most once per text. `lineOffset` shifts lines for text
 * that starts further down a file (frontmatter). Paths that do not exist resolve to their
 * nearest existing ancestor.
 */
export class YamlPositions {
  readonly #text: string;
  readonly #lineOffset: number;
  #lines: LineInfo[] | null | undefined;
  #document: { contents: unknown; counter: LineCounter } | undefined;

  constructor(text: string, lineOffset = 0) {
    this.#text = text;
    this.#lineOffset = lineOffset;
  }

  locate(path: FieldPath, target: Target = 'value'): Position {
    for (let length = path.length; length >= 0; length--) {
      const prefix = path.slice(0, length);
      // Once the full path is missing, the ancestor's value is the best place to point.
      const want = length === path.length ? target : 'value';
      const found = this.fastLocate(prefix, want) ?? this.yamlLocate(prefix, want);
      if (found) return found;
    }
    return { line: 1 + this.#lineOffset, column: 1 };
  }

  /** The line scan alone; `undefined` when it is not sure. Exposed for tests. */
  fastLocate(path: FieldPath, target: Target): Position | undefined {
    if (this.#lines === undefined) {
      const lines = splitLines(this.#text);
      this.#lines = scannable(lines) ? lines : null;
    }
    if (this.#lines === null) return undefined;
    const found = fastLocate(this.#lines, path, target);
    return found && { line: found.line + 1 + this.#lineOffset, column: found.col + 1 };
  }

  /** `yaml`'s node ranges; `undefined` when the path does not exist. Exposed for tests. */
  yamlLocate(path: FieldPath, target: Target): Position | undefined {
    if (!this.#document) {
      const counter = new LineCounter();
      const document = parseDocument(this.#text, { customTags: ['timestamp'], lineCounter: counter, prettyErrors: false, uniqueKeys: false });
      this.#document = { contents: document.contents, counter };
    }
    const { contents, counter } = this.#document;
    const offset = yamlOffset(contents, path, target);
    if (offset === undefined) return undefined;
    const { line, col } = counter.linePos(offset);
    return { line: line + this.#lineOffset, column: col };
  }
}

// ---- yaml node ranges ---------------------------------------------------------

function yamlOffset(contents: unknown, path: FieldPath, target: Target): number | undefined {
  let node = contents as YamlNode | null | undefined;
  let keyNode: YamlNode | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      keyNode = pair.key as YamlNode;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      if (segment < 0 || segment >= node.items.length) return undefined;
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

// ---- Line scan ------------------------------------------------------------------

interface LineInfo {
  text: string;
  // Column of the first character that is not a space; -1 for blank and comment-only lines.
  indent: number;
  // Leading whitespace contains a tab, which the scan does not interpret.
  tab: boolean;
}

/** A node's start (0-based line and column) and the line its block ends before. */
interface Place {
  line: number;
  col: number;
  end: number;
}

type Step = { value: Place | null; key: { line: number; col: number } | undefined };

// A plain key followed by ": " or ":" at the end of the line.
const KEY = /^([A-Za-z0-9_][\w.$-]*)[ \t]*:(?=[ \t]|$)/;

function splitLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
    let indent = 0;
    let tab = false;
    while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) {
      if (line[indent] === '\t') tab = true;
      indent++;
    }
    const blank = indent === line.length || line[indent] === '#';
    lines.push({ text: line, indent: blank ? -1 : indent, tab });
    start = end + 1;
  }
  return lines;
}

/** Tabs in indentation and directives are left to `yaml`. */
function scannable(lines: LineInfo[]): boolean {
  return !lines.some((line) => line.tab || line.text.startsWith('%'));
}

function fastLocate(lines: LineInfo[], path: FieldPath, target: Target): { line: number; col: number } | undefined {
  const first = lines.findIndex((line) => line.indent >= 0);
  if (first === -1) return undefined;
  let place: Place | null = { line: first, col: lines[first]!.indent, end: lines.length };
  let key: { line: number; col: number } | undefined;
  for (const segment of path) {
    if (!place) return undefined;
    const step = child(lines, place, segment);
    if (!step) return undefined;
    place = step.value;
    key = step.key;
  }
  if (target === 'key' && key) return key;
  if (!place) return key;
  // Anchors, tags and aliases move where `yaml` starts a node; leave those to it.
  const start = lines[place.line]!.text[place.col];
  if (start === '&' || start === '!' || start === '*') return undefined;
  return { line: place.line, col: place.col };
}

function child(lines: LineInfo[], place: Place, segment: string | number): Step | undefined {
  const rest = lines[place.line]!.text.slice(place.col);
  if (isDash(rest)) return typeof segment === 'number' ? sequenceItem(lines, place, segment) : undefined;
  if (rest.startsWith('[')) return typeof segment === 'number' ? flowItem(lines, place, segment) : undefined;
  if (KEY.test(rest)) return typeof segment === 'string' ? mappingEntry(lines, place, segment) : undefined;
  return undefined;
}

function isDash(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** Lines of the same collection: the first, then every later line at its column up to `end`. */
function siblings(lines: LineInfo[], place: Place): number[] | undefined {
  const found = [place.line];
  for (let index = place.line + 1; index < place.end; index++) {
    const indent = lines[index]!.indent;
    if (indent === -1 || indent > place.col) continue;
    if (indent < place.col) return undefined;
    found.push(index);
  }
  return found;
}

function sequenceItem(lines: LineInfo[], place: Place, index: number): Step | undefined {
  const items = siblings(lines, place);
  if (!items || items.some((line) => !isDash(lines[line]!.text.slice(line === place.line ? place.col : lines[line]!.indent)))) return undefined;
  const line = items[index];
  if (line === undefined) return undefined;
  const end = items[index + 1] ?? place.end;
  const dash = line === place.line ? place.col : lines[line]!.indent;
  const value = valueAfter(lines, line, dash + 1, end, place.col + 1, -1);
  return value === undefined ? undefined : { value, key: undefined };
}

function mappingEntry(lines: LineInfo[], place: Place, key: string): Step | undefined {
  // Lines at the mapping's column that start with "- " are a sequence value of the entry above.
  const entries: number[] = [];
  const candidates = siblings(lines, place);
  if (!candidates) return undefined;
  for (const line of candidates) {
    const text = lines[line]!.text.slice(line === place.line ? place.col : lines[line]!.indent);
    if (line !== place.line && isDash(text)) continue;
    if (!KEY.test(text)) return undefined;
    entries.push(line);
  }
  if (entries.length === 0) return undefined;
  const position = entries.findIndex((line) => KEY.exec(lines[line]!.text.slice(line === place.line ? place.col : lines[line]!.indent))![1] === key);
  if (position === -1) return undefined;
  const line = entries[position]!;
  const col = line === place.line ? place.col : lines[line]!.indent;
  const end = entries[position + 1] ?? place.end;
  const colon = col + KEY.exec(lines[line]!.text.slice(col))![0].length;
  const value = valueAfter(lines, line, colon, end, place.col + 1, place.col);
  return value === undefined ? undefined : { value, key: { line, col } };
}

/**
 * The value that starts after `from` on `line` or, when nothing but a comment follows,
 * on the next line of the block indented at least `minIndent` (or a "- " item at
 * `dashCol`, YAML's compact sequence under a key). `null` for an empty value.
 */
function valueAfter(lines: LineInfo[], line: number, from: number, end: number, minIndent: number, dashCol: number): Place | null | undefined {
  const text = lines[line]!.text;
  let col = from;
  while (text[col] === ' ') col++;
  if (col < text.length && text[col] !== '#') {
    return { line, col, end };
  }
  for (let index = line + 1; index < end; index++) {
    const indent = lines[index]!.indent;
    if (indent === -1) continue;
    if (indent >= minIndent || (indent === dashCol && isDash(lines[index]!.text.slice(indent)))) {
      return { line: index, col: indent, end };
    }
    return undefined;
  }
  return null;
}

/** An element of a one-line flow sequence of plain or quoted scalars. */
function flowItem(lines: LineInfo[], place: Place, index: number): Step | undefined {
  const text = lines[place.line]!.text;
  const starts: number[] = [];
  let col = place.col + 1;
  let expectItem = true;
  while (col < text.length) {
    const char = text[col]!;
    if (char === ' ') {
      col++;
    } else if (char === ']') {
      const item = starts[index];
      return item === undefined ? undefined : { value: { line: place.line, col: item, end: place.line + 1 }, key: undefined };
    } else if (char === ',') {
      if (expectItem) return undefined;
      expectItem = true;
      col++;
    } else if (!expectItem || char === '[' || char === '{' || char === '&' || char === '*' || char === '!' || char === '#') {
      return undefined;
    } else {
      starts.push(col);
      expectItem = false;
      col = char === '"' || char === "'" ? quotedEnd(text, col) : plainEnd(text, col);
      if (col === -1) return undefined;
    }
  }
  return undefined; // The sequence continues on another line.
}

function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  for (let col = start + 1; col < text.length; col++) {
    if (quote === '"' && text[col] === '\\') col++;
    else if (text[col] === quote) {
      if (quote === "'" && text[col + 1] === "'") col++;
      else return col + 1;
    }
  }
  return -1;
}

function plainEnd(text: string, start: number): number {
  let col = start;
  while (col < text.length && text[col] !== ',' && text[col] !== ']') {
    if (text[col] === ':' || text[col] === '{' || text[col] === '[' || text[col] === '}') return -1;
    col++;
  }
  return col;
}
