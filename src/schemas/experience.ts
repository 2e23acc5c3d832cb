import { z } from 'zod';
import { expected, percent, sourceId, text } from './common.ts';
import { withRules } from './rules.ts';

/** One band of years of experience and the share of workers in it. */
const experienceBandSchema = z
  .object({
    // Band label as a range of years, e.g. "2–4 years".
    label: text,
    // Share of workers in the band, in percent.
    share: percent,
  })
  .strict();

/** How experienced the people in a role are, from one source. */
export const experienceSchema = withRules(
  z
    .object({
      // Id of the source in the sources registry.
      source: sourceId,
      // Bands in ascending order of experience.
      bands: z.array(experienceBandSchema).min(1, expected('at least one band')),
      // What the bands leave out, e.g. "excludes years in education".
      note: text.optional(),
    })
    .strict()
    .refine((experience) => Math.abs(experience.bands.reduce((sum, band) => sum + band.share, 0) - 100) <= 1, {
      message: 'expected the band shares to add up to 100',
      path: ['bands'],
    }),
  'the band shares add up to 100 (±1)',
);
