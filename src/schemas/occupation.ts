import { z } from 'zod';
import { expected, socCode, text } from './common.ts';
import { withRules } from './rules.ts';

/** How closely an official occupation matches the role. */
export const occupationMatches = ['exact', 'classified', 'proxy'] as const;

/** The rule both kinds of occupation link keep, US and UK: a proxy says why it stands in for the role. */
export const proxyHasReason = {
  check: (occupation: { match: (typeof occupationMatches)[number]; reason?: string | undefined }) =>
    occupation.match !== 'proxy' || occupation.reason !== undefined,
  issue: { message: 'expected a reason for a proxy occupation', path: ['reason'] },
};

/** An official occupation (US SOC, O*NET-SOC) linked to a role. */
export const occupationSchema = withRules(
  z
    .object({
      // US Standard Occupational Classification code, e.g. "15-1252".
      soc: socCode,
      // O*NET-SOC code, when O*NET profiles the occupation, e.g. "15-1252.00".
      onet: z
        .string(expected('an O*NET-SOC code'))
        .regex(/^\d{2}-\d{4}\.\d{2}$/, expected('an O*NET-SOC code such as 15-1252.00'))
        .optional(),
      // Official occupation title.
      title: text,
      // exact: the role is this occupation; classified: O*NET files the job title here; proxy: our editorial stand-in.
      match: z.enum(occupationMatches, expected(`one of ${occupationMatches.join(', ')}`)),
      // Why this occupation stands in for the role (shown on the page; required for proxies).
      reason: text.optional(),
      // Whether its wage and outlook data lead the page (one per role).
      primary: z.boolean(expected('true or false')).default(false),
    })
    .strict()
    .refine(proxyHasReason.check, proxyHasReason.issue),
  'a `proxy` occupation has a `reason`',
);

export type Occupation = z.output<typeof occupationSchema>;
