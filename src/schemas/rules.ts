import { z } from 'zod';

/** What a schema requires beyond its type, in plain words, for the generated field reference. */
export interface RuleNote {
  // One sentence per refinement the schema carries, e.g. "no later than today".
  rules: readonly string[];
}

/**
 * The rules behind every refinement, keyed by schema. `npm run docs:fields` refuses a schema with
 * more refinements than notes here, so a rule cannot be added without being documented.
 */
export const ruleNotes = z.registry<RuleNote>();

/** Records the rules `schema`'s refinements enforce and returns the schema unchanged. */
export function withRules<T extends z.core.$ZodType>(schema: T, ...rules: string[]): T {
  ruleNotes.add(schema, { rules });
  return schema;
}
