/**
 * Element ids made from data, as plain tokens: letters, digits, "-" and "_". Source ids ("onet-29.3") and
 * O*NET-SOC codes ("15-1252.00") carry dots, and an id with a dot cannot be written as `#id` in CSS or
 * querySelector without escaping, and fails html-validate's valid-id. Every other character becomes "_",
 * which neither kind of id uses, so two different ids never make the same token.
 */
export function idToken(part: string): string {
  return part.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** An element id from its parts, each made a plain token, joined with "-". */
export function elementId(...parts: string[]): string {
  return parts.map(idToken).join('-');
}

/** A source's entry in a role page's source list and on /sources/: "source-onet-29_3". */
export const sourceElementId = (sourceId: string): string => elementId('source', sourceId);

/** An O*NET occupation's summary on a role page, or its profile on an occupation page: "onet-15-1252_00". */
export const onetElementId = (code: string): string => elementId('onet', code);
