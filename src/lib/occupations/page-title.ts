/** Most characters a page title may have with the site name appended (html-validate's long-title limit is 70). */
const maxLength = 70 - ' · Career Atlas'.length;

// The limit applies to the title as written in the HTML, where an apostrophe is the five characters "&#39;".
const htmlLength = (text: string) => text.replace(/['"]/g, '&#39;').replace(/&(?!#39;)/g, '&amp;').length;

/**
 * The first of "title" + each suffix that fits, else the title cut at a word with an ellipsis and the `keep` suffix
 * (such as the code), so that two long titles that share their first words still get different page titles.
 */
export function fittedTitle(title: string, suffixes: readonly string[], keep = ''): string {
  for (const suffix of suffixes) if (htmlLength(title + suffix) <= maxLength) return `${title}${suffix}`;
  if (htmlLength(title + keep) <= maxLength) return `${title}${keep}`;
  const room = maxLength - htmlLength(keep) - 1;
  const cut = title.slice(0, room);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[,;:]$/, '')}…${keep}`;
}
