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

/** The first query on a catalogue of `roles` roles: pagefind's script, wasm, index chunks and the shown results. */
export const searchBudget = {
  roles: 1000,
  query: 'developer',
  budget: { what: 'first search query', measure: 'transferred', limitBytes: 100 * kilobyte } satisfies ByteBudget,
};

/** Exact bytes with thousands separators: "14,296 B". A rounded figure ("14.0 KB > 14 KB") hides by how much. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B`;
}

/** A budget as people say it and as it is checked: "14 KB (14,336 B)". */
function formatLimit(budget: ByteBudget): string {
  return `${budget.limitBytes / kilobyte} KB (${formatBytes(budget.limitBytes)})`;
}

/** How a measurement stands against its budget, for a test's annotation: "HTML 13,821 B gzip of 14 KB (14,336 B), 515 B to spare". */
export function budgetReport(budget: ByteBudget, bytes: number): string {
  const margin = budget.limitBytes - bytes;
  return `${budget.what} ${formatBytes(bytes)} ${budget.measure} of ${formatLimit(budget)}, ${margin >= 0 ? `${formatBytes(margin)} to spare` : `${formatBytes(-margin)} over`}`;
}

/**
 * The failure line for a measurement over its budget, naming the page, or undefined when within it;
 * e.g. "roles/back-end-developer/: HTML 14,380 B gzip is 44 B over its 14 KB (14,336 B) budget".
 */
export function overBudget(page: string, budget: ByteBudget, bytes: number): string | undefined {
  if (bytes <= budget.limitBytes) return undefined;
  return `${page}: ${budget.what} ${formatBytes(bytes)} ${budget.measure} is ${formatBytes(bytes - budget.limitBytes)} over its ${formatLimit(budget)} budget`;
}
