/**
 * On the 404 page: suggests roles whose slug or title resembles the address asked for, and fills the search
 * box with its words, so a mistyped /roles/backend-dev/ is one click from the right page.
 */
import { distance } from 'fastest-levenshtein';

interface Candidate {
  slug: string;
  title: string;
  score: number;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !['roles', 'role', 'compare', 'skills', 'html'].includes(word));
}

/** Lower is closer: edit distance between the last path segment and the slug, less shared words and prefixes. */
function score(asked: string, askedWords: string[], slug: string): number {
  const slugWords = slug.split('-');
  const shared = askedWords.filter((word) => slugWords.some((candidate) => candidate.startsWith(word) || word.startsWith(candidate))).length;
  return distance(asked, slug) / Math.max(asked.length, slug.length) - shared;
}

export function suggestRoles(): void {
  const box = document.querySelector<HTMLElement>('[data-not-found]');
  const list = box?.querySelector('[data-suggestions]');
  const query = document.querySelector<HTMLInputElement>('[data-not-found-query]');
  if (!box || !list) return;
  const segments = decodeURIComponent(window.location.pathname).split('/').filter(Boolean);
  const asked = (segments.at(-1) ?? '').toLowerCase();
  const askedWords = words(segments.join(' '));
  if (query && !query.value) query.value = askedWords.join(' ');
  if (!asked) return;
  const candidates: Candidate[] = (box.dataset.roles ?? '')
    .split('|')
    .map((pair) => pair.split('='))
    .flatMap(([slug, title]) => (slug && title ? [{ slug, title, score: score(asked, askedWords, slug) }] : []))
    // A relative distance above 0.6 with no shared word is a different word altogether.
    .filter((candidate) => candidate.score < 0.6)
    .sort((a, b) => a.score - b.score)
    .slice(0, 3);
  if (candidates.length === 0) return;
  const roleUrl = box.dataset.roleUrl ?? '/roles/ROLE/';
  list.replaceChildren(
    ...candidates.map((candidate) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = roleUrl.replace('ROLE', candidate.slug);
      link.textContent = candidate.title;
      item.append(link);
      return item;
    }),
  );
  box.hidden = false;
}
