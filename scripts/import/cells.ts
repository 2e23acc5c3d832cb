import { cellError } from './errors.ts';
import type { RowPlace } from './errors.ts';

// Plain decimal notation only: thousands separators, currency signs or footnote marks must fail, not be guessed at.
const decimal = /^-?\d+(\.\d+)?$/;

export function numberCell(text: string, place: RowPlace, column: string): number {
  if (!decimal.test(text)) throw cellError(place, column, `expected a number, got ${JSON.stringify(text)}`);
  return Number(text);
}

/** An empty cell is BLS's "—" (not available). */
export function optionalNumberCell(text: string, place: RowPlace, column: string): number | null {
  return text === '' ? null : numberCell(text, place, column);
}

export function optionalTextCell(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** A semicolon-separated list such as "02;04;10"; empty means none. */
export function listCell(text: string): string[] {
  return text === '' ? [] : text.split(';');
}
