/**
 * What a page may cost a reader, checked on the production build by tests/e2e/budgets.spec.ts.
 * One place, so a budget is changed on purpose and in review, never quietly in a test.
 */

/** Budgets are in kilobytes of 1,024 bytes. */
export const kilobyte = 1024;

export interface ByteBudget {
  // What is measured, as the failure message names it.
  what: string;
  // How it is measured: gzip (level 6, the zlib default hosts use) or bytes on the wire.
  measure: 'gzip' | 'transferred';
  limitBytes: number;
}

/** A role page: what a reader downloads before they can read it. */
export const rolePageBudgets = {
  // The whole document; about the first 10 TCP packets, so the page can render in one round trip.
  html: { what: 'HTML', measure: 'gzip', limitBytes: 14 * kilobyte },
  // Every stylesheet the page loads, external and inline, summed.
  css: { what: 'CSS', measure: 'gzip', limitBytes: 10 * kilobyte },
  // Scripts fetched or inlined during load, before any interaction (a theme or search loader); search loads on intent.
  scriptBeforeInteraction: { what: 'JavaScript before interaction', measure: 'gzip', limitBytes: 1 * kilobyte },
} as const satisfies Record<string, ByteBudget>;

/** Cumulative layout shift a role page may show while it loads: none (every image and chart has its size). */
export const layoutShiftBudget = 0;

/**
 * The first query on a catalogue of `roles` roles: pagefind's script, wasm, index chunks and the shown results.
 * `target` is the goal (100 KB); it is MISSED today: 112.2 KB (2 December 2026), because the index also holds the
 * 1,276 official occupation pages (US and UK) and 234 skill pages beside the 1,000 roles, and pagefind's metadata
 * (18.1 KB) grows with every indexed page. The test fails above `budget` (115 KB), so it still catches growth, and
 * prints the excess over the target on every run.
 */
export const searchBudget = {
  roles: 1000,
  query: 'developer',
  target: { what: 'first search query', measure: 'transferred', limitBytes: 100 * kilobyte } satisfies ByteBudget,
  budget: { what: 'first search query', measure: 'transferred', limitBytes: 115 * kilobyte } satisfies ByteBudget,
};

/** "12.3 KB", one decimal, in the unit budgets use. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / kilobyte).toFixed(1)} KB`;
}

/**
 * The failure line for a measurement over its budget, naming the page, or undefined when within it;
 * e.g. "roles/back-end-developer/: HTML 15.2 KB gzip > 14 KB budget".
 */
export function overBudget(page: string, budget: ByteBudget, bytes: number): string | undefined {
  if (bytes <= budget.limitBytes) return undefined;
  return `${page}: ${budget.what} ${formatKilobytes(bytes)} ${budget.measure} > ${budget.limitBytes / kilobyte} KB budget`;
}
