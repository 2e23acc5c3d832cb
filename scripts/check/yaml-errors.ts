import type { YAMLError } from 'yaml';

interface Line {
  // 1-based line number.
  number: number;
  text: string;
  indent: number;
}

const LIST_ITEM = /^\s*-(\s|$)/;
const FIELD = /^\s*([^\s#'"{[][^:#]*?|"[^"]*"|'[^']*')\s*:(\s|$)/;

function lineAt(lines: readonly string[], number: number): Line {
  const text = (lines[number - 1] ?? '').replace(/\r$/, '');
  return { number, text, indent: text.length - text.trimStart().length };
}

/** The nearest line above `number` that holds more than spaces or a comment and matches `test`. */
function lineAbove(lines: readonly string[], number: number, test: (line: Line) => boolean = () => true): Line | undefined {
  for (let candidate = number - 1; candidate >= 1; candidate--) {
    const line = lineAt(lines, candidate);
    if (line.text.trim() === '' || line.text.trimStart().startsWith('#')) continue;
    if (test(line)) return line;
  }
  return undefined;
}

function more(current: Line, other: Line): string {
  return current.indent > other.indent ? 'more' : 'less';
}

/** The nearest line below `number` that holds more than spaces or a comment. */
function lineBelow(lines: readonly string[], number: number): Line | undefined {
  for (let candidate = number + 1; candidate <= lines.length; candidate++) {
    const line = lineAt(lines, candidate);
    if (line.text.trim() !== '' && !line.text.trimStart().startsWith('#')) return line;
  }
  return undefined;
}

/** A syntax error in plain words, and the line it is really on when that is not where the parser noticed it. */
export interface SyntaxDescription {
  message: string;
  // 1-based line and column of the mistake, when they differ from the parser's.
  line?: number;
  column?: number;
}

/**
 * A YAML syntax error in plain words, from what the lines around it hold: what is wrong on the
 * line and how to fix it, instead of the parser's vocabulary ("implicit keys", "compact mappings").
 * `number` is the 1-based line the error is reported at.
 */
export function describeSyntaxError(error: YAMLError, lines: readonly string[], number: number, lineOffset = 0): SyntaxDescription {
  const description = describe(error, lines, number, (line) => line + lineOffset);
  return typeof description === 'string' ? { message: description } : description;
}

/** `shown` turns a line of the YAML text into a line of the whole file, for messages. */
function describe(error: YAMLError, lines: readonly string[], number: number, shown: (line: number) => number): string | SyntaxDescription {
  const line = lineAt(lines, number);
  const field = FIELD.exec(line.text)?.[1];
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'this line is indented with a tab; indent with spaces only';
    case 'DUPLICATE_KEY':
      return `${field ? `the field ${field}` : 'this field'} appears twice in the same place; keep one of them`;
    case 'BAD_DQ_ESCAPE':
      return 'this double-quoted text has a backslash escape YAML does not know; write \\\\ for a backslash, or use single quotes';
    case 'TAG_RESOLVE_FAILED':
      return `the YAML tag ${/!\S*/.exec(line.text)?.[0] ?? 'on this line'} is not used in content; remove it`;
    case 'MULTIPLE_DOCS':
      return 'a line of --- or ... ends the YAML early; remove it';
    default:
      break;
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const quote = /"/.test(error.message) ? 'double' : 'single';
    return `the ${quote} quote that opens this value is never closed; close it at the end of the value`;
  }
  if (/flow (sequence|mapping)|\]|\}/i.test(error.message)) {
    const opened = lineAbove(lines, number + 1, (candidate) => /[[{]/.test(candidate.text) && !/[\]}]\s*(#.*)?$/.test(candidate.text));
    if (opened) {
      const bracket = opened.text.includes('[') ? ['list', '[', ']'] : ['mapping', '{', '}'];
      return `the ${bracket[0]} that opens with ${bracket[1]} on line ${shown(opened.number)} is not closed with ${bracket[2]} on that line`;
    }
  }
  if (LIST_ITEM.test(line.text)) {
    const item = lineAbove(lines, number, (candidate) => LIST_ITEM.test(candidate.text) && candidate.indent !== line.indent);
    if (item) {
      return {
        column: line.indent + 1,
        message: `this list item is indented ${more(line, item)} than the one above it on line ${shown(item.number)}; start both - in the same column`,
      };
    }
  }
  const value = field === undefined ? '' : line.text.slice(line.text.indexOf(':', line.text.indexOf(field) + field.length) + 1);
  if (/:\s/.test(value) && !/^\s*['"[{|>]/.test(value)) {
    return `the value of ${field} contains ": ", which YAML reads as the start of another field; put the whole value in quotes`;
  }
  // A field indented under one that already has its value turns that value into a key: the parser
  // notices on the line above the mistake.
  const below = lineBelow(lines, number);
  const hasValue = field !== undefined && !/:\s*(#.*)?$/.test(line.text);
  if (/IMPLICIT_KEY/.test(error.code) && below && hasValue && below.indent > line.indent && FIELD.test(below.text)) {
    return {
      line: below.number,
      column: below.indent + 1,
      message: `this line is indented more than the field above it on line ${shown(number)}, which already has its value; start it in the same column`,
    };
  }
  const above = lineAbove(lines, number);
  if (above && field !== undefined && above.indent !== line.indent) {
    if (line.indent > above.indent && FIELD.test(above.text) && !/:\s*(#.*)?$/.test(above.text)) {
      return {
        column: line.indent + 1,
        message: `this line is indented more than the field above it on line ${shown(above.number)}, which already has its value; start it in the same column`,
      };
    }
    if (line.indent < above.indent) {
      return {
        column: line.indent + 1,
        message: `this line is indented less than the line above it on line ${shown(above.number)}; fields of one entry start in the same column`,
      };
    }
  }
  return `YAML cannot read this line: ${error.message
    .split('\n')[0]!
    .trim()
    .replace(/^\w/, (first) => first.toLowerCase())}`;
}
