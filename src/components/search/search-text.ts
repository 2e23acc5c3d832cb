/** Words the search panel shows, shared by its markup (SearchPanel.astro) and the parts search.ts adds. */

/** Under the query box. */
export const searchHint = 'A role, a skill (aliases work: “Postgres”, “Golang”) or a task. Down arrow moves to the results.';

/** The filters' disclosure. */
export const filtersSummary = 'Narrow the results';
