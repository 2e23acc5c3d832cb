import { z } from 'zod';
import { percent, sourceId, text } from './common.ts';

/** One education level and, where a source measures it, the share of workers holding it. */
const educationLevelSchema = z
  .object({
    // Level, e.g. "Bachelor's degree".
    level: text,
    // Share of workers at this level, in percent, when measured.
    share: percent.optional(),
    // Id of the source for this level.
    source: sourceId,
  })
  .strict();

/** What schooling the role asks for. */
export const educationSchema = z
  .object({
    // The level most employers ask for at entry.
    typicalEntry: text,
    // Id of the source for the typical entry level.
    source: sourceId,
    // Levels with shares, when a source measures them.
    levels: z.array(educationLevelSchema).default([]),
    // Subjects employers name.
    fields: z.array(text).default([]),
  })
  .strict();
