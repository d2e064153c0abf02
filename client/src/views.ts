/**
 * The view registry: every view of the explorer once, with what the app shell needs to show it
 * (the component, loaded when first opened; its menu label; who sees it in the menu) and what the
 * router needs to put its state in the URL (the parameters it reads beyond the shared ones, and
 * those it writes). `App.svelte` and `lib/route.ts` both read this list; neither lists views.
 * See docs/architecture.md#the-explorer.
 */
import type { Component } from 'svelte';
import { formatDirectory, parseDirectory } from './features/directory/directory-url.js';
import type { MessageKey } from './lib/i18n/dictionary.js';
import { DEFAULT_HOPS, list, text, type Put } from './lib/route-params.js';
import type { RouteState } from './lib/route.js';

export type ViewLoader = () => Promise<{ default: Component }>;

export interface ViewSpec {
  readonly id: string;
  /** The component, loaded on first use: views sharing one loader (explore and paths) share one mounted component. */
  readonly load: ViewLoader;
  /** Its name in the menu, and what the label test checks in every language. */
  readonly label: MessageKey;
  /** Roles that see it in the menu; absent: everyone. The API refuses everyone else anyway. */
  readonly roles?: readonly string[];
  /** Not in the menu; the menu entry that is shown as current instead (the actor page: the directory). */
  readonly within?: string;
  /** Reads the view's own parameters, after the shared ones (`lib/route.ts` `parseRoute`). */
  readonly parse?: (params: URLSearchParams, route: RouteState) => void;
  /** Writes the parameters the view uses, defaults left out, in a stable order. */
  readonly format?: (route: RouteState, put: Put) => void;
  /** A value whose change mounts the component afresh (the actor page, one per actor). */
  readonly key?: (route: RouteState) => unknown;
}

/** Curation views (import, duplicates, activity) are for staff and admin. */
const STAFF = ['staff', 'admin'] as const;

// The canvas (explore and paths) is one component: moving between the two keeps the picture.
const loadWorkspace: ViewLoader = () => import('./features/explore/GraphWorkspace.svelte');

function formatCanvas(r: RouteState, put: Put): void {
  put('ids', r.ids);
  put('hidden', r.hidden);
  put('pinned', r.pinned);
  put('sel', r.sel);
  put('kinds', r.kinds);
  put('types', r.types);
  put('countries', r.countries);
  put('asOf', r.asOf);
  put('conf', r.minConf);
  put('events', r.events);
  put('layout', r.layout, 'force');
}

/** The "as of" day, shared by the views that ask the API as of a day (lib/components/AsOfControl.svelte). */
function formatAsOf(r: RouteState, put: Put): void {
  put('asOf', r.asOf);
}

export const VIEWS = [
  { id: 'explore', label: 'nav.explore', load: loadWorkspace, format: formatCanvas },
  {
    id: 'paths',
    label: 'nav.paths',
    load: loadWorkspace,
    format: (r, put) => {
      formatCanvas(r, put);
      put('from', r.from);
      put('to', r.to);
      put('hops', r.hops, DEFAULT_HOPS);
      put('ptypes', r.pathTypes);
      put('tn', r.transnational);
      put('pasOf', r.pathAsOf);
      put('p', r.p);
    },
  },
  {
    id: 'introductions',
    label: 'nav.introductions',
    load: () => import('./features/introductions/IntroductionsView.svelte'),
    format: (r, put) => {
      put('from', r.from);
      put('want', r.want);
      put('region', r.region);
      put('services', r.services);
      put('sector', r.sector);
      put('hops', r.hops, DEFAULT_HOPS);
      put('asOf', r.asOf);
    },
  },
  {
    id: 'corridors',
    label: 'nav.corridors',
    load: () => import('./features/corridors/CorridorsView.svelte'),
    format: formatAsOf,
  },
  { id: 'stats', label: 'nav.stats', load: () => import('./features/stats/StatsView.svelte'), format: formatAsOf },
  { id: 'analytics', label: 'nav.analytics', load: () => import('./features/analytics/AnalyticsView.svelte') },
  {
    id: 'matches',
    label: 'nav.matches',
    load: () => import('./features/matches/MatchesView.svelte'),
    format: (r, put) => {
      put('migrant', r.migrant);
      put('project', r.project);
      put('asOf', r.asOf);
    },
  },
  {
    id: 'common',
    label: 'nav.common',
    load: () => import('./features/common/CommonView.svelte'),
    parse: (params, r) => {
      r.common = list(params.get('actors'));
    },
    format: (r, put) => {
      put('actors', r.common);
      put('asOf', r.asOf);
    },
  },
  {
    id: 'directory',
    label: 'nav.directory',
    load: () => import('./features/directory/DirectoryView.svelte'),
    parse: (params, r) => {
      r.directory = parseDirectory(params);
      // `region` in a directory link is the directory's region filter, not the introductions' one.
      r.region = null;
    },
    format: (r, put) => formatDirectory(r.directory, put),
  },
  {
    id: 'actor',
    label: 'actor.title',
    // An actor's page is reached from the directory, the details panel and links, not from the menu.
    within: 'directory',
    load: () => import('./features/actor/ActorPage.svelte'),
    parse: (params, r) => {
      r.actor = text(params.get('id'));
    },
    format: (r, put) => put('id', r.actor),
    key: (r) => r.actor,
  },
  { id: 'import', label: 'nav.import', roles: STAFF, load: () => import('./features/import/ImportView.svelte') },
  {
    id: 'duplicates',
    label: 'nav.duplicates',
    roles: STAFF,
    load: () => import('./features/duplicates/DuplicatesView.svelte'),
  },
  {
    id: 'activity',
    label: 'nav.activity',
    roles: STAFF,
    load: () => import('./features/activity/ActivityView.svelte'),
    parse: (params, r) => {
      r.activity = {
        actor: text(params.get('actor')),
        user: text(params.get('user')),
        operation: text(params.get('operation')),
      };
    },
    format: (r, put) => {
      put('actor', r.activity.actor);
      put('user', r.activity.user);
      put('operation', r.activity.operation);
    },
  },
] as const satisfies readonly ViewSpec[];

export type ViewId = (typeof VIEWS)[number]['id'];

/** The views in the menu for a role (undefined: not signed in), in the registry's order. */
export function menuViews(role: string | undefined): readonly (typeof VIEWS)[number][] {
  return VIEWS.filter((entry) => {
    const v: ViewSpec = entry;
    return !v.within && (!v.roles || (role !== undefined && v.roles.includes(role)));
  });
}
