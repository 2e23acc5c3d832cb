import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../scripts/check/frontmatter.ts';

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
