import { ImportError } from './errors.ts';

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The committed form: 2-space indent, trailing newline; key order is the schema's, because values come from schema.parse. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
