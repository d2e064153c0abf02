/**
 * The directory's own state in the URL (`#/directory?kind=Firm&q=…&sort=-updated&after=…&page=2`):
 * its filter is not the canvas's, so moving between views mixes nothing. Read and written through
 * the view registry (`../../views.ts`).
 */
import { int, list, text, type Put } from '../../lib/route-params.js';

export const DIRECTORY_SORTS = [
  'name',
  '-name',
  'city',
  '-city',
  'country',
  '-country',
  '-updated',
  'updated',
] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export interface DirectoryState {
  /** One actor kind, or null for all kinds. */
  kind: string | null;
  /** Words for the full-text search (accent-folding, fuzzy), or null. */
  q: string | null;
  countries: string[];
  city: string | null;
  /** A region id (`region-piemonte`): actors BASED_IN it. */
  region: string | null;
  /** Every one of these tags. */
  tags: string[];
  sort: DirectorySort;
  /** The cursor of the page shown (the generated connection's `endCursor` of the page before). */
  after: string | null;
  /** Its 1-based number, kept beside the opaque cursor for "page 3" and the way back. */
  page: number;
}

export function defaultDirectory(): DirectoryState {
  return { kind: null, q: null, countries: [], city: null, region: null, tags: [], sort: 'name', after: null, page: 1 };
}

export function parseDirectory(params: URLSearchParams): DirectoryState {
  const sort = params.get('sort');
  const after = text(params.get('after'));
  return {
    kind: text(params.get('kind')),
    q: text(params.get('q')),
    countries: list(params.get('country')),
    city: text(params.get('city')),
    region: text(params.get('region')),
    tags: list(params.get('tags')),
    sort: (DIRECTORY_SORTS as readonly string[]).includes(sort ?? '') ? (sort as DirectorySort) : 'name',
    after,
    // A page number without its cursor means nothing: the first page.
    page: after ? (int(params.get('page'), 2, 100000) ?? 2) : 1,
  };
}

/** The directory's parameters, defaults left out: the cursor and its page number only together. */
export function formatDirectory(d: DirectoryState, put: Put): void {
  put('kind', d.kind);
  put('q', d.q);
  put('country', d.countries);
  put('city', d.city);
  put('region', d.region);
  put('tags', d.tags);
  put('sort', d.sort, 'name');
  if (d.after) {
    put('after', d.after);
    put('page', d.page);
  }
}
