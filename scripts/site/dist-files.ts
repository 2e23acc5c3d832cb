/** Walking the built site: which files it has, and which URL path each is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a directory, as paths relative to it with "/" separators, sorted. */
export function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The built HTML pages, relative to the output directory. */
export function listHtmlPages(directory: string): string[] {
  return listFiles(directory).filter((file) => file.endsWith('.html'));
}

/** "roles/x/index.html" → "/roles/x/"; "404.html" → "/404.html". */
export function pagePathOf(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}
