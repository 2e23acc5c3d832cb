/** The role guides as editors wrote them (content/roles/, the template left out), so tests follow whatever roles exist. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The frontmatter fields end-to-end tests read; the schema checks the rest. */
export interface RoleFrontmatter {
  title: string;
  family?: string;
  aliases?: string[];
  ukOccupations?: { soc2020: string }[];
}

const rolesDir = new URL('../../content/roles/', import.meta.url);

/** Every role file's slug and frontmatter, sorted by slug. */
export function roleFiles(): { slug: string; data: RoleFrontmatter }[] {
  return readdirSync(rolesDir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(new URL(name, rolesDir), 'utf8'))?.[1] ?? '';
      return { slug: name.replace(/\.mdx$/, ''), data: parse(frontmatter) as RoleFrontmatter };
    });
}
