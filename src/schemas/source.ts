import { z } from 'zod';
import { expected, pastDate, referencePeriod, sourceId, text } from './common.ts';
import { firstIndexById, withRules } from './rules.ts';

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
    // False when the address was built from the publisher's usual URL pattern rather than read from the document (readers are told).
    urlVerified: z.boolean(expected('true or false')).default(true),
    // Date the document was published, when it states one.
    published: pastDate.optional(),
    // Period the figures describe (e.g. 2025-05 for May 2025 OEWS), when known.
    referencePeriod: referencePeriod.optional(),
    // Day we read it.
    retrieved: pastDate,
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
export const sourcesFileSchema = withRules(
  z.array(sourceSchema, expected('a list of sources')).superRefine((sources, context) => {
    const first = firstIndexById(sources, 'source', context);
    sources.forEach((source, index) => {
      if (source.via === undefined) return;
      if (source.via === source.id) context.addIssue({ code: 'custom', path: [index, 'via'], message: 'expected another source, got the source itself' });
      else if (!first.has(source.via))
        context.addIssue({ code: 'custom', path: [index, 'via'], message: `expected the id of a source in this file, got ${JSON.stringify(source.via)}` });
    });
  }),
  'every `id` is used by one source only',
  '`via` names another source in this file',
);

export type Source = z.output<typeof sourceSchema>;
