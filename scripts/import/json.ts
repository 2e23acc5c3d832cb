/** The committed form: 2-space indent, trailing newline; key order is the schema's, because values come from schema.parse. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
