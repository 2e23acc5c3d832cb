import { z } from 'zod';
import { currencyCode, expected, pastPeriod, positiveNumber, sourceId, text } from './common.ts';
import { withRules } from './rules.ts';

/** The percentile and mean keys a salary figure may carry. */
export const statisticKeys = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;
export type StatisticKey = (typeof statisticKeys)[number];

/** A low–high band a source gives without naming percentiles. */
const rangeSchema = withRules(
  z
    .object({
      // Bottom of the band.
      low: positiveNumber,
      // Top of the band.
      high: positiveNumber,
      // What the source calls the band, when it names it; leave it out rather than invent a name.
      label: text.optional(),
    })
    .strict()
    .refine((range) => range.low < range.high, { message: 'expected low to be below high' }),
  '`low` is below `high`',
);

/** One pay figure (or set of percentiles) from one source, for one region, currency and period. */
export const salaryFigureSchema = withRules(
  z
    .object({
      // Id of the source in the sources registry.
      source: sourceId,
      // Where the figure applies: an ISO 3166 country code (US, GB) or an area name.
      region: text,
      // ISO 4217 currency code; never converted.
      currency: currencyCode,
      // Whether the amounts are per year or per hour.
      period: z.enum(['year', 'hour'], expected('"year" or "hour"')),
      // What the amounts include: base salary, total pay (base plus bonus etc.), or not stated.
      basis: z.enum(['base', 'total', 'unspecified'], expected('"base", "total" or "unspecified"')).default('unspecified'),
      // Statistic the source calls its headline when it is not a median: "mean" (an average) or "total" (a total pay estimate).
      headline: z.enum(['median', 'mean', 'total'], expected('"median", "mean" or "total"')).default('median'),
      // 10th percentile.
      p10: positiveNumber.optional(),
      // 25th percentile.
      p25: positiveNumber.optional(),
      // 50th percentile.
      median: positiveNumber.optional(),
      // 75th percentile.
      p75: positiveNumber.optional(),
      // 90th percentile.
      p90: positiveNumber.optional(),
      // Arithmetic mean ("average").
      mean: positiveNumber.optional(),
      // A total pay estimate (base plus additional pay) that the source calls neither a median nor a mean.
      total: positiveNumber.optional(),
      // Base pay part of a total, when the source splits it.
      base: positiveNumber.optional(),
      // Additional pay part (bonus, commission, profit sharing), when the source splits it.
      additional: positiveNumber.optional(),
      // A band such as "most likely range", when the source gives one.
      range: rangeSchema.optional(),
      // The occupation or job title the figure was published for, when it differs from the role.
      publishedFor: text.optional(),
      // Who was counted, e.g. "reported salaries", when the source says.
      sample: text.optional(),
      // Period the figure describes: a year, month or day.
      asOf: pastPeriod,
      // What the date is when it is not the source's own, e.g. "the date of the article quoting PayScale" (shown beside it).
      asOfNote: text.optional(),
      // False when the source gives no date and asOf is the day we read it.
      asOfStated: z.boolean(expected('true or false')).default(true),
      // Notes the source attaches to single percentiles, e.g. demand levels.
      percentileNotes: z.partialRecord(z.enum(statisticKeys), text).optional(),
      // Our reading of something the source does not state (say so on the page).
      assumption: text.optional(),
      // Anything else a reader needs to weigh the figure.
      note: text.optional(),
    })
    .strict()
    .refine((figure) => figure.total !== undefined || statisticKeys.some((key) => figure[key] !== undefined), {
      message: 'expected at least one of p10, p25, median, p75, p90, mean or total',
    })
    .refine((figure) => figure.headline !== 'total' || figure.total !== undefined, { message: 'expected a total for headline: total', path: ['total'] }),
  'at least one statistic: `p10`, `p25`, `median`, `p75`, `p90`, `mean` or `total`',
  '`headline: total` needs `total`',
);

export type SalaryFigureInput = z.input<typeof salaryFigureSchema>;
export type SalaryFigure = z.output<typeof salaryFigureSchema>;
