import type { Source } from '../schemas/source.ts';

/** A numbered reference to a source, as a page shows it next to a figure. */
export interface Citation {
  number: number;
  source: Source;
}

/** Numbers sources in the order a page first cites them. */
export class CitationList {
  readonly #sources: ReadonlyMap<string, Source>;
  readonly #cited = new Map<string, Citation>();

  constructor(sources: ReadonlyMap<string, Source>) {
    this.#sources = sources;
  }

  /** The citation for a source id, numbering it on first use. Also cites the site it was read through. */
  cite(sourceId: string): Citation {
    const existing = this.#cited.get(sourceId);
    if (existing) return existing;
    const source = this.#sources.get(sourceId);
    if (!source) throw new Error(`Unknown source "${sourceId}"`);
    const citation = { number: this.#cited.size + 1, source };
    this.#cited.set(sourceId, citation);
    if (source.via) this.cite(source.via);
    return citation;
  }

  /** Every cited source, in citation order. */
  all(): Citation[] {
    return [...this.#cited.values()];
  }
}
