// npm run new:role -- "Role Title"
// Writes content/roles/<slug>.mdx from content/roles/_template.mdx with the title and today's date.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../src/content-paths.ts';
import { localToday } from '../src/schemas/dates.ts';

export const TEMPLATE_PATH = contentPaths.template;

/** "Front-End Developer" → "front-end-developer"; accents dropped, "&" read as "and". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The title as a YAML scalar: plain when that reads back unchanged, double-quoted otherwise. */
function yamlString(value: string): string {
  const plain = /^[A-Za-z0-9(][^:#"'\n\\]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+.\d][\d.eE+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/**
 * The text of a new role file: the template with its `# TEMPLATE:` notes removed, the
 * title set and `lastReviewed` set to `today` (YYYY-MM-DD). The `# placeholder` marks stay, so
 * `npm run check` points at every example value still to replace.
 */
export function newRoleText(template: string, title: string, today: string): string {
  const replaceOnce = (text: string, pattern: RegExp, replacement: string, field: string): string => {
    if (!pattern.test(text)) throw new Error(`expected a ${field}: line in ${TEMPLATE_PATH}, got none`);
    return text.replace(pattern, replacement);
  };
  let text = template.replace(/^# TEMPLATE:.*\n/gm, '').replace(/^---\n\n+/, '---\n');
  text = replaceOnce(text, /^title:.*$/m, `title: ${yamlString(title.trim())}`, 'title');
  text = replaceOnce(text, /^lastReviewed:.*$/m, `lastReviewed: ${today}`, 'lastReviewed');
  return text;
}

export type NewRoleResult = { ok: true; path: string } | { ok: false; message: string };

/** Creates the role file under `root`; refuses an empty title or an existing slug. */
export function createRole(root: string, title: string, today = localToday()): NewRoleResult {
  const slug = slugify(title);
  if (title.trim() === '') return { ok: false, message: 'expected a role title, got nothing; run: npm run new:role -- "Role Title"' };
  if (slug === '') return { ok: false, message: `expected a title with letters or digits, got ${JSON.stringify(title)}` };
  const rolesDir = path.join(root, contentPaths.roles);
  const relative = `${contentPaths.roles}/${slug}.mdx`;
  const existing = existsSync(rolesDir) ? readdirSync(rolesDir).find((name) => name.toLowerCase() === `${slug}.mdx`) : undefined;
  if (existing) return { ok: false, message: `${contentPaths.roles}/${existing} already exists; edit it, or choose another title` };
  const template = readFileSync(path.join(root, TEMPLATE_PATH), 'utf8');
  writeFileSync(path.join(root, relative), newRoleText(template, title, today), { flag: 'wx' });
  return { ok: true, path: relative };
}

function main(): void {
  const title = process.argv.slice(2).join(' ');
  const result = createRole(process.cwd(), title, process.env.CHECK_TODAY ?? localToday());
  if (!result.ok) {
    process.stderr.write(`new:role: ${result.message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`Created ${result.path}

Next steps:
  1. Add every source you cite to ${contentPaths.sources} and any missing skill to ${contentPaths.skills}.
  2. Replace every value marked "# placeholder" in ${result.path} and delete the marks: each figure
     exactly as its source publishes it, with region, currency, period and asOf; uncomment the
     optional fields you need.
  3. Write the body under the template's headings, replacing each {/* placeholder */} paragraph.
  4. npm run check      (it lists every placeholder still left; fix everything it reports)
  5. npm test
`);
}

if (import.meta.main) main();
