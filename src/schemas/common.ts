import { z } from 'zod';
import { contentToday, isFuture, toPeriod } from './dates.ts';
import { withRules } from './rules.ts';

/** How a received value is named in error messages: quoted strings, JSON for the rest. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // JSON.stringify gives undefined only for functions and symbols.
  const json = JSON.stringify(value) ?? (typeof value === 'symbol' ? value.toString() : 'a function');
  if (json.length <= 60) return json;
  // Keep the closing quote of a long string so it still reads as a string.
  return typeof value === 'string' ? `${json.slice(0, 58)}..."` : `${json.slice(0, 57)}...`;
}

/** A custom error that says what was expected and what was received. */
export function expected(what: string) {
  return { error: (issue: { input?: unknown }) => `expected ${what}, got ${describeValue(issue.input)}` };
}

/** Turns a YAML date (parsed as Date) or an ISO string into 'YYYY-MM-DD'. */
function toIsoDay(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/** A calendar day, written unquoted (2026-11-01) or quoted in YAML. */
export const isoDate = z
  .union([z.date(expected('a date as YYYY-MM-DD')), z.iso.date(expected('a date as YYYY-MM-DD'))], expected('a date as YYYY-MM-DD'))
  .transform(toIsoDay);

/** A reference period: a year (2025), a month (2025-05) or a day (2025-05-15). */
export const referencePeriod = z.union(
  [
    z.date().transform(toIsoDay),
    z.int().min(1990).max(2100).transform(String),
    z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, expected('a year, month or day such as 2025, 2025-05 or 2025-05-15')),
  ],
  expected('a year, month or day such as 2025, 2025-05 or 2025-05-15'),
);

/** Rejects a day or period that starts after today ($CHECK_TODAY or the local date). */
function notFuture(value: string): boolean {
  const period = toPeriod(value);
  return period === undefined || !isFuture(period, contentToday());
}

const notFutureMessage = {
  error: (issue: { input?: unknown }) => `expected a date no later than today (${contentToday()}), got ${describeValue(issue.input).replace(/^"|"$/g, '')}`,
};

/** A calendar day that has already come: review, retrieval and publication dates. */
export const pastDate = withRules(isoDate.refine(notFuture, notFutureMessage), 'no later than today');

/** A reference period that has already begun: the period a figure describes. */
export const pastPeriod = withRules(referencePeriod.refine(notFuture, notFutureMessage), 'no later than today');

/** The ISO 4217 codes of currencies in use, from the runtime's ICU data (162 in Node 24). */
export const iso4217Codes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code such as USD or GBP; lower case and made-up codes (XYZ) are refused. */
export const currencyCode = withRules(
  z.string(expected('an ISO 4217 currency code')).refine((code) => iso4217Codes.has(code), expected('an ISO 4217 currency code such as USD or GBP')),
  'an ISO 4217 code of a currency in use (as `Intl.supportedValuesOf("currency")` lists them)',
);

/** A lowercase, hyphenated identifier such as "back-end-developer". */
export const slug = z.string(expected('a string')).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, expected('a lowercase-hyphenated id'));

/** An id in the sources registry; dots allowed for versions, e.g. "onet-29.3". */
export const sourceId = z.string(expected('a source id')).regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, expected('a source id such as bls-ep-2024-34'));

/** A 2018 US Standard Occupational Classification code such as "15-1252". */
export const socCode = z.string(expected('a SOC code')).regex(/^\d{2}-\d{4}$/, expected('a SOC code such as 15-1252'));

/** A money amount or other count that must be above zero. */
export const positiveNumber = z.number(expected('a positive number')).positive(expected('a positive number'));

/** A share of a whole, in percent. */
export const percent = z
  .number(expected('a percentage between 0 and 100'))
  .min(0, expected('a percentage between 0 and 100'))
  .max(100, expected('a percentage between 0 and 100'));

/** Non-empty prose written by us. */
export const text = z.string(expected('text')).trim().min(1, expected('non-empty text'));
