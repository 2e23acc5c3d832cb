import { z } from 'zod';
import { expected, text } from './common.ts';
import { soc2020CodeSchema } from './ashe.ts';
import { occupationMatches, proxyHasReason } from './occupation.ts';
import { withRules } from './rules.ts';

/** A UK SOC 2020 unit group linked to a role (ONS ASHE pay); a different classification from the US SOC. */
export const ukOccupationSchema = withRules(
  z
    .object({
      // SOC 2020 unit group code, four digits, e.g. "2134".
      soc2020: soc2020CodeSchema.regex(/^\d{4}$/, expected('a four-digit SOC 2020 unit group code such as 2134')),
      // Unit group title as ONS writes it, e.g. "Programmers and software development professionals".
      title: text,
      // exact: the role is this group; classified: ONS lists the job title in the group's related titles; proxy: our stand-in.
      match: z.enum(occupationMatches, expected(`one of ${occupationMatches.join(', ')}`)),
      // Why this group stands in for the role (shown on the page; required for proxies).
      reason: text.optional(),
      // Whether its ASHE figures lead the UK pay on the page (one per role).
      primary: z.boolean(expected('true or false')).default(false),
    })
    .strict()
    .refine(proxyHasReason.check, proxyHasReason.issue),
  'a `proxy` unit group has a `reason`',
);

export type UkOccupation = z.output<typeof ukOccupationSchema>;
