/**
 * The explorer's state in the URL hash, so every view can be shared and reloaded as it was:
 * `#/explore?ids=a,b&sel=a&kinds=Firm&asOf=2008-01-01`, `#/paths?ids=…&from=a&to=b&hops=4&p=0`.
 * `#/directory?kind=Firm&q=…&page=…`, `#/actor?id=assoc-cerfe`, `#/activity?actor=assoc-cerfe`.
 * Lists are comma-separated; defaults are left out. Pure: parse and format, unit-tested.
 */
export const VIEWS = ['explore', 'paths', 'introductions', 'corridors', 'stats', 'matches', 'directory', 'actor', 'import', 'duplicates', 'activity'] as const;
/** Views for staff and admin only: the navigation hides them from everyone else. */
export const STAFF_VIEWS: readonly View[] = ['import', 'duplicates', 'activity'];
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** The canvas (explore and paths): actors expanded, hidden, pinned, selected. */
  ids: string[];
  hidden: string[];
  pinned: string[];
  sel: string | null;
  /** Filter passed to `neighbourhood`. */
  kinds: string[];
  types: string[];
  countries: string[];
  asOf: string | null;
  /** Paths. */
  from: string | null;
  to: string | null;
  hops: number;
  pathTypes: string[];
  transnational: boolean;
  pathAsOf: string | null;
  /** The path shown on the canvas (index in the ranked answer). */
  p: number | null;
  /** Introductions. */
  want: string[];
  region: string | null;
  services: string[];
  sector: string | null;
  /** Matches. */
  migrant: string | null;
  project: string | null;
  /** Directory: its own filter (not the canvas's), so moving between views mixes nothing. */
  directory: DirectoryState;
  /** The actor page. */
  actor: string | null;
  /** The activity view (the audit log): its filters. */
  activity: ActivityFilter;
}

export interface ActivityFilter {
  /** Entries naming this id: an actor's history. */
  actor: string | null;
  /** Entries written by this user id. */
  user: string | null;
  /** Entries of this operation (a GraphQL root field). */
  operation: string | null;
}

export const DIRECTORY_SORTS = ['name', '-name', 'city', '-city', 'country', '-country', '-updated', 'updated'] as const;
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

export const DEFAULT_HOPS = 4;

export function defaultRoute(view: View = 'explore'): Route {
  return {
    view,
    ids: [],
    hidden: [],
    pinned: [],
    sel: null,
    kinds: [],
    types: [],
    countries: [],
    asOf: null,
    from: null,
    to: null,
    hops: DEFAULT_HOPS,
    pathTypes: [],
    transnational: false,
    pathAsOf: null,
    p: null,
    want: [],
    region: null,
    services: [],
    sector: null,
    migrant: null,
    project: null,
    directory: defaultDirectory(),
    actor: null,
    activity: { actor: null, user: null, operation: null },
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))] : [];
}
function text(value: string | null): string | null {
  const v = value?.trim();
  return v ? v : null;
}
function date(value: string | null): string | null {
  return value && DATE.test(value) ? value : null;
}
function int(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** Reads a hash such as `#/paths?from=a&to=b`; anything unknown or malformed falls back to defaults. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '').replace(/^\//, '');
  const q = raw.indexOf('?');
  const name = q === -1 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const view = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'explore';
  const route = defaultRoute(view);
  route.ids = list(params.get('ids'));
  route.hidden = list(params.get('hidden'));
  route.pinned = list(params.get('pinned'));
  route.sel = text(params.get('sel'));
  route.kinds = list(params.get('kinds'));
  route.types = list(params.get('types'));
  route.countries = list(params.get('countries'));
  route.asOf = date(params.get('asOf'));
  route.from = text(params.get('from'));
  route.to = text(params.get('to'));
  route.hops = int(params.get('hops'), 1, 6) ?? DEFAULT_HOPS;
  route.pathTypes = list(params.get('ptypes'));
  route.transnational = params.get('tn') === '1';
  route.pathAsOf = date(params.get('pasOf'));
  route.p = int(params.get('p'), 0, 9);
  route.want = list(params.get('want'));
  // `region` in a directory link is the directory's region filter, not the introductions' one.
  route.region = view === 'directory' ? null : text(params.get('region'));
  route.services = list(params.get('services'));
  route.sector = text(params.get('sector'));
  route.migrant = text(params.get('migrant'));
  route.project = text(params.get('project'));
  if (view === 'directory') route.directory = parseDirectory(params);
  if (view === 'actor') route.actor = text(params.get('id'));
  if (view === 'activity') route.activity = { actor: text(params.get('actor')), user: text(params.get('user')), operation: text(params.get('operation')) };
  return route;
}

function parseDirectory(params: URLSearchParams): DirectoryState {
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

/** Writes the parts of the route that its view uses, defaults left out, in a stable order. */
export function formatRoute(route: Route): string {
  const params: [string, string][] = [];
  const put = (key: string, value: string | string[] | number | boolean | null, skip: unknown = null) => {
    if (value === null || value === skip) return;
    if (Array.isArray(value)) {
      if (value.length) params.push([key, value.join(',')]);
    } else if (typeof value === 'boolean') {
      if (value) params.push([key, '1']);
    } else {
      params.push([key, String(value)]);
    }
  };
  if (route.view === 'explore' || route.view === 'paths') {
    put('ids', route.ids);
    put('hidden', route.hidden);
    put('pinned', route.pinned);
    put('sel', route.sel);
    put('kinds', route.kinds);
    put('types', route.types);
    put('countries', route.countries);
    put('asOf', route.asOf);
  }
  if (route.view === 'paths') {
    put('from', route.from);
    put('to', route.to);
    put('hops', route.hops, DEFAULT_HOPS);
    put('ptypes', route.pathTypes);
    put('tn', route.transnational);
    put('pasOf', route.pathAsOf);
    put('p', route.p);
  }
  if (route.view === 'introductions') {
    put('from', route.from);
    put('want', route.want);
    put('region', route.region);
    put('services', route.services);
    put('sector', route.sector);
    put('hops', route.hops, DEFAULT_HOPS);
  }
  if (route.view === 'matches') {
    put('migrant', route.migrant);
    put('project', route.project);
  }
  if (route.view === 'directory') {
    const d = route.directory;
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
  if (route.view === 'actor') put('id', route.actor);
  if (route.view === 'activity') {
    put('actor', route.activity.actor);
    put('user', route.activity.user);
    put('operation', route.activity.operation);
  }
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  return `#/${route.view}${query ? `?${query}` : ''}`;
}
