import { z } from 'zod';
import { expected, isoDate, referencePeriod, sourceId, text } from './common.ts';

/** One publisher's document that figures on the site are cited to. */
export const sourceSchema = z
  .object({
    // Stable id that role files cite, e.g. "robert-half-back-end-developer".
    id: sourceId,
    // Organisation that published the figures (the original publisher, not a site quoting it).
    publisher: text,
    // Title of the page, dataset or report.
    title: text,
    // Where a reader can check it.
    url: z.url(expected('an http(s) URL')),
    // Date the document was published, when it states one.
    published: isoDate.optional(),
    // Period the figures describe (e.g. 2025-05 for May 2025 OEWS), when known.
    referencePeriod: referencePeriod.optional(),
    // Day we read it.
    retrieved: isoDate,
    // Licence or terms of use, in a few words.
    licence: text,
    // Credit line the licence requires on every page that uses it.
    attribution: text.optional(),
    // Id of the source through which we read this one, when we saw it quoted elsewhere.
    via: sourceId.optional(),
    // Anything a reader must know to weigh the figures (method, caveats).
    note: text.optional(),
  })
  .strict();

/** The sources registry: every citable document, in one file. */
export const sourcesFileSchema = z.array(sourceSchema, expected('a list of sources'));

export type Source = z.output<typeof sourceSchema>;
