import { z } from 'zod';
import { expected } from './common.ts';
import { soc2020CodeSchema, soc2020Levels } from './ashe.ts';
import { dataSourceIdSchema } from './oews.ts';

const words = z.string(expected('text')).min(1, expected('non-empty text'));

/** One SOC 2020 group as ONS describes it (SOC 2020 Volume 1). */
export const soc2020GroupSchema = z
  .object({
    // SOC 2020 code, e.g. "2134".
    code: soc2020CodeSchema,
    // Level of the code: major (1 digit) … unit group (4 digits).
    level: z.enum(soc2020Levels, expected(`one of ${soc2020Levels.join(', ')}`)),
    // Current group title.
    title: words,
    // ONS's description of the group (quoted on pages with the OGL attribution, never as our words).
    description: words,
    // Typical entry routes and associated qualifications; null for groups above unit level.
    entryRoutes: words.nullable(),
    // Typical tasks, one per line ONS starts with "~"; empty above unit level.
    tasks: z.array(words),
    // Related job titles ONS lists; empty above unit level.
    relatedJobTitles: z.array(words),
  })
  .strict();

/** content/data/soc2020.json: the ONS SOC 2020 structure and unit-group descriptions. */
export const soc2020FileSchema = z
  .object({
    // Id of the SOC 2020 publication in the sources registry.
    sourceId: dataSourceIdSchema,
    // Groups in ONS's order.
    groups: z.array(soc2020GroupSchema),
  })
  .strict();

export type Soc2020Group = z.output<typeof soc2020GroupSchema>;
export type Soc2020File = z.output<typeof soc2020FileSchema>;
export type Soc2020FileInput = z.input<typeof soc2020FileSchema>;
