import { z } from 'zod';
import type { UkOccupationPage } from '../occupations/uk-page.ts';

export const ukOccupationsIndexSchema = z
  .object({
    count: z.int().nonnegative(),
    classification: z.literal('SOC 2020 (UK)').meta({ description: 'Not the US SOC 2018: codes do not map between the two.' }),
    attribution: z.string(),
    occupations: z.array(
      z
        .object({
          code: z
            .string()
            .regex(/^\d{4}$/)
            .meta({ description: 'SOC 2020 unit group code.' }),
          title: z.string(),
          url: z.string().regex(/^\//),
          median: z
            .object({
              amount: z.number().positive(),
              currency: z.literal('GBP'),
              unit: z.literal('year'),
              employees: z.literal('full-time'),
              period: z.literal('April 2024 (tax year to 5 April 2024)'),
            })
            .strict()
            .nullable()
            .meta({ description: 'ASHE 2024 provisional full-time annual median; null where ONS suppresses it or its CV is over 20%.' }),
        })
        .strict(),
    ),
  })
  .strict();

/** /api/uk-occupations.json, from the UK occupation page objects. */
export function ukOccupationsIndex(pages: readonly UkOccupationPage[]) {
  return ukOccupationsIndexSchema.parse({
    count: pages.length,
    classification: 'SOC 2020 (UK)',
    attribution: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0.',
    occupations: pages.map((page) => ({
      code: page.code,
      title: page.title,
      url: page.url,
      median:
        page.medianFullTimeAnnual !== undefined
          ? { amount: page.medianFullTimeAnnual, currency: 'GBP', unit: 'year', employees: 'full-time', period: 'April 2024 (tax year to 5 April 2024)' }
          : null,
    })),
  });
}
