/**
 * The explorer's state in the URL hash, so every view can be shared and reloaded as it was:
 * `#/explore?ids=a,b&sel=a&kinds=Firm&asOf=2008-01-01`, `#/paths?ids=…&from=a&to=b&hops=4&p=0`.
 * `#/directory?kind=Firm&q=…&page=…`, `#/actor?id=assoc-cerfe`, `#/activity?actor=assoc-cerfe`.
 * Lists are comma-separated; defaults are left out. Pure: parse and format, unit-tested.
 * Which views exist and which parameters each one reads and writes is the view registry's
 * business (`../views.ts`, docs/architecture.md#the-explorer): this file does not list them again.
 */
import { VIEWS, type ViewId, type ViewSpec } from '../views.js';
import { defaultDirectory, type DirectoryState } from '../features/directory/directory-url.js';
import { DEFAULT_HOPS, date, int, list, makePut, text } from './route-params.js';

export type View = ViewId;

/** The route without its view: what the registry's per-view parse and format read and write. */
export interface RouteState {
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
  /** Only ties at least this certain, in percent (drawn filter, client-side). */
  minConf: number | null;
  /** Event nodes drawn instead of the derived met-at ties. */
  events: boolean;
  /** The canvas's layout (graph/layouts.ts). */
  layout: CanvasLayout;
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
  /** Common connections: the actors compared. */
  common: string[];
  /** Directory: its own filter (not the canvas's), so moving between views mixes nothing. */
  directory: DirectoryState;
  /** The actor page. */
  actor: string | null;
  /** The activity view (the audit log): its filters. */
  activity: ActivityFilter;
}

/** The canvas's layouts: force-directed, Italy and Morocco on two shores, radial around the selection, a path left to right. */
export const CANVAS_LAYOUTS = ['force', 'shores', 'radial', 'flow'] as const;
export type CanvasLayout = (typeof CANVAS_LAYOUTS)[number];

export interface Route extends RouteState {
  view: View;
}

export interface ActivityFilter {
  /** Entries naming this id: an actor's history. */
  actor: string | null;
  /** Entries written by this user id. */
  user: string | null;
  /** Entries of this operation (a GraphQL root field). */
  operation: string | null;
}

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
    minConf: null,
    events: false,
    layout: 'force',
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
    common: [],
    directory: defaultDirectory(),
    actor: null,
    activity: { actor: null, user: null, operation: null },
  };
}

/** Reads a hash such as `#/paths?from=a&to=b`; anything unknown or malformed falls back to defaults. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '').replace(/^\//, '');
  const q = raw.indexOf('?');
  const name = q === -1 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const view: View = VIEWS.find((v) => v.id === name)?.id ?? 'explore';
  const route = defaultRoute(view);
  route.ids = list(params.get('ids'));
  route.hidden = list(params.get('hidden'));
  route.pinned = list(params.get('pinned'));
  route.sel = text(params.get('sel'));
  route.kinds = list(params.get('kinds'));
  route.types = list(params.get('types'));
  route.countries = list(params.get('countries'));
  route.asOf = date(params.get('asOf'));
  route.minConf = int(params.get('conf'), 0, 100);
  route.events = params.get('events') === '1';
  route.layout = CANVAS_LAYOUTS.find((l) => l === params.get('layout')) ?? 'force';
  route.from = text(params.get('from'));
  route.to = text(params.get('to'));
  route.hops = int(params.get('hops'), 1, 6) ?? DEFAULT_HOPS;
  route.pathTypes = list(params.get('ptypes'));
  route.transnational = params.get('tn') === '1';
  route.pathAsOf = date(params.get('pasOf'));
  route.p = int(params.get('p'), 0, 9);
  route.want = list(params.get('want'));
  route.region = text(params.get('region'));
  route.services = list(params.get('services'));
  route.sector = text(params.get('sector'));
  route.migrant = text(params.get('migrant'));
  route.project = text(params.get('project'));
  viewSpec(view).parse?.(params, route);
  return route;
}

/** Writes the parts of the route that its view uses, defaults left out, in a stable order. */
export function formatRoute(route: Route): string {
  const params: [string, string][] = [];
  viewSpec(route.view).format?.(route, makePut(params));
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  return `#/${route.view}${query ? `?${query}` : ''}`;
}

/** The registry's entry for a view (every `View` has one: the type is read off the registry). */
export function viewSpec(view: View): ViewSpec {
  return VIEWS.find((v) => v.id === view)!;
}
