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
    toml: match[0]
      .trimStart()
      .replace(/^\uFEFF/, '')
      .startsWith('+++'),
  };
}

/** 1-based line number of the character at `offset`. */
function countLines(text: string, offset: number): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
