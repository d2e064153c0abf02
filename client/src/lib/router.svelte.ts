import { formatRoute, parseRoute, type Route } from './route.js';

/**
 * The hash router: the route is parsed from `location.hash` and every change is written back, so
 * the address bar always holds a link to what is on screen. Changes of view push a history entry;
 * changes within a view replace the current one.
 */
class Router {
  #route = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('hashchange', () => {
      const next = parseRoute(location.hash);
      if (formatRoute(next) !== formatRoute(this.#route)) this.#route = next;
    });
    if (!location.hash) history.replaceState(null, '', formatRoute(this.#route));
  }

  get route(): Route {
    return this.#route;
  }

  update(patch: Partial<Route>): void {
    const next = { ...this.#route, ...patch };
    const hash = formatRoute(next);
    if (next.view !== this.#route.view) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
    this.#route = next;
  }
}

export const router = new Router();
