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

/**
 * Reports each entry of a registry whose id an earlier entry already uses (naming that entry), and returns
 * where each id first stands.
 */
export function firstIndexById(entries: readonly { id: string }[], kind: string, context: z.RefinementCtx): Map<string, number> {
  const first = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, index);
    else
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `expected an id no other ${kind} uses, got ${JSON.stringify(entry.id)}, already the id of entry [${earlier}]`,
      });
  });
  return first;
}
