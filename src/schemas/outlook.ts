import { z } from 'zod';
import { expected, positiveNumber, sourceId, text } from './common.ts';
import { withRules } from './rules.ts';

const year = z.int(expected('a year')).min(1990, expected('a year')).max(2100, expected('a year'));

/** A projection of how many jobs there will be. */
export const outlookSchema = withRules(
  z
    .object({
      // Id of the source in the sources registry.
      source: sourceId,
      // Region the projection covers.
      region: text,
      // Projected change in employment, in percent (negative for decline).
      growthPct: z.number(expected('a number (percent)')),
      // Length of the projection period in years.
      years: z.int(expected('a whole number of years')).positive(expected('a whole number of years')),
      // First year of the projection period, when the source states it.
      fromYear: year.optional(),
      // Last year of the projection period, when the source states it.
      toYear: year.optional(),
      // Job openings the source gives, when it gives them.
      openings: positiveNumber.optional(),
      // What the openings figure counts, e.g. "per year, average" or "current listings".
      openingsBasis: text.optional(),
      // The occupation the projection was published for, when it differs from the role.
      publishedFor: text.optional(),
      // Anything a reader needs to weigh the projection.
      note: text.optional(),
    })
    .strict()
    .refine((o) => o.fromYear === undefined || o.toYear === undefined || o.toYear - o.fromYear === o.years, {
      message: 'expected toYear minus fromYear to equal years',
      path: ['toYear'],
    }),
  '`toYear` minus `fromYear` equals `years`, when both are given',
);
