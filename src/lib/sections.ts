import type { RolePage } from './role-page.ts';

export interface Section {
  id: string;
  title: string;
}

/** The "On this page" entries: fixed sections the page has, with the body's own h2 headings in place. */
export function roleSections(page: RolePage, bodyHeadings: { depth: number; slug: string; text: string }[]): Section[] {
  const before: (Section | false)[] = [
    { id: 'pay', title: 'Pay' },
    page.outlook.length > 0 && { id: 'outlook', title: 'Outlook' },
    page.experience !== undefined && { id: 'experience', title: 'Experience' },
    { id: 'education', title: 'Education' },
    { id: 'responsibilities', title: 'Responsibilities' },
    { id: 'qualifications', title: 'Qualifications' },
    { id: 'skills', title: 'Skills' },
  ];
  const body = bodyHeadings.filter((heading) => heading.depth === 2).map((heading) => ({ id: heading.slug, title: heading.text }));
  const after: (Section | false)[] = [
    (page.progression.from.length > 0 || page.progression.to.length > 0) && { id: 'career-path', title: 'Career path' },
    page.related.length > 0 && { id: 'related', title: 'Related roles' },
    { id: 'sources', title: 'Sources' },
  ];
  return [...before.filter((s): s is Section => s !== false), ...body, ...after.filter((s): s is Section => s !== false)];
}
