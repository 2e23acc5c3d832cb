/**
 * Element ids made from data, as plain tokens: letters, digits, "-" and "_". Source ids ("onet-29.3") and
 * O*NET-SOC codes ("15-1252.00") carry dots, and an id with a dot cannot be written as `#id` in CSS or
 * querySelector without escaping, and fails html-validate's valid-id. Every other character becomes "_",
 * which neither kind of id uses, so two different ids never make the same token.
 */
export function elementId(...parts: string[]): string {
  return parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A source's entry in a role page's source list and on /sources/: "source-onet-29_3". */
export const sourceElementId = (sourceId: string): string => elementId('source', sourceId);

/** The heading of an O*NET occupation's summary on a role page: "onet-15-1252_00". */
export const onetElementId = (code: string): string => elementId('onet', code);

/** A role's group in the list of every comparison on /compare/: "compare-back-end-developer". */
export const comparisonsElementId = (slug: string): string => elementId('compare', slug);
