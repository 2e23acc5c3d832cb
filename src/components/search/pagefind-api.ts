/** The part of pagefind's browser API we use (https://pagefind.app/docs/api/), typed for our code. */

export type FilterSelection = Record<string, string | string[] | { any: string[] } | { all: string[] }>;

export interface SearchOptions {
  filters?: FilterSelection;
}

export interface ResultData {
  url: string;
  // HTML: text with entities encoded and the matches wrapped in <mark>.
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  // Counts per filter value within these results.
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: SearchOptions) => Promise<SearchResponse>;
  debouncedSearch: (term: string | null, options?: SearchOptions, wait?: number) => Promise<SearchResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, options?: SearchOptions) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Imports pagefind once, from the bundle the build wrote next to the pages. */
export function loadPagefind(bundlePath: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    // Not a module Vite can see: the index is written after the build, so resolve it at run time.
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await pagefind.options({ bundlePath, baseUrl, excerptLength: 22 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
