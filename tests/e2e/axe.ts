/** axe-core as every accessibility check here runs it: WCAG 2.2 A and AA, failures short enough to read. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0–2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG rules whose outcome depends on colour. The two schemes differ only in colour (one palette, written with
 * light-dark()), so the second scheme re-runs these on the same page rather than every rule a second time.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(page: Page, rules?: string[]) {
  // resultTypes: only violations carry their nodes, which is what makes axe quick on the long occupation tables.
  const builder = new AxeBuilder({ page }).options({
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
  });
  const results = await builder.analyze();
  // Short enough to read in a failure message: the rule, and where.
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}
