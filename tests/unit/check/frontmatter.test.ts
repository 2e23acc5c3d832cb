import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithYaml, parseYaml, splitFrontmatter } from '../../../src/lib/check/frontmatter.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');

describe('splitFrontmatter', () => {
  it('cuts the file as Astro does and counts the lines before each part', () => {
    const split = splitFrontmatter('---\ntitle: A\n---\n\nBody\n');
    expect(split).toEqual({ yaml: '\ntitle: A\n', yamlLineOffset: 0, body: '\n\nBody\n', bodyLineOffset: 2, bodyFirstLineColumnOffset: 3, toml: false });
  });

  it('allows leading blank lines and CRLF line ends', () => {
    const split = splitFrontmatter('\n\n---\r\ntitle: A\r\n---\r\nBody');
    expect(split).toMatchObject({ yaml: '\r\ntitle: A\r\n', yamlLineOffset: 2, body: '\r\nBody', bodyLineOffset: 4 });
  });

  it('finds no frontmatter without both fences', () => {
    expect(splitFrontmatter('# Title\n')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: A\n')).toBeUndefined();
    expect(splitFrontmatter('+++\ntitle = "A"\n+++\n')).toMatchObject({ toml: true });
  });
});

describe('parseYaml', () => {
  it('reads dates as Dates, like Astro', () => {
    expect(parseYaml('a: 2026-11-01\nb: 2025-05\nc: 2025\n')).toEqual({ ok: true, data: { a: new Date('2026-11-01T00:00:00Z'), b: '2025-05', c: 2025 } });
  });

  it('reports syntax errors with yaml’s positions', () => {
    const unclosed = parseYaml('a: 1\nb: [1, 2\nc: 3\n');
    expect(unclosed.ok).toBe(false);
    // yaml reports the unclosed flow sequence at a line and column of its own choosing.
    expect(unclosed.ok ? [] : unclosed.errors.map((error) => [typeof error.line, typeof error.column])).toContainEqual(['number', 'number']);
    expect(parseYaml('a: 1\na: 2\n')).toEqual({ ok: false, errors: [{ line: 2, column: 1, message: 'Map keys must be unique' }] });
  });

  it('reads the same values with yaml, its fallback, in all real content', () => {
    const texts = [readFileSync(path.join(projectRoot, 'content', 'sources.yaml'), 'utf8'), readFileSync(path.join(projectRoot, 'content', 'skills.yaml'), 'utf8')];
    for (const name of readdirSync(path.join(projectRoot, 'content', 'roles')).filter((file) => file.endsWith('.mdx'))) {
      texts.push(splitFrontmatter(readFileSync(path.join(projectRoot, 'content', 'roles', name), 'utf8'))!.yaml);
    }
    for (const text of texts) expect(parseWithYaml(text)).toEqual(parseYaml(text));
  });
});
