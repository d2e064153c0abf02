import type { Fetcher, FetcherReturnType } from '@graphiql/toolkit';
import { readSession, requestHeaders } from '../lib/session.js';

/**
 * GraphiQL's fetcher: JSON over POST (which also satisfies Apollo's CSRF prevention), signed in as
 * whoever signed in to the explorer in this tab (the session lives in sessionStorage), so staff see
 * in GraphiQL what their role allows. Headers typed in GraphiQL's Headers tab win.
 */
export function createFetcher(url: string): Fetcher {
  return async (params, options) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        ...requestHeaders(readSession(sessionStorage)),
        ...(options?.headers as Record<string, string> | undefined),
      },
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    return (await res.json()) as FetcherReturnType;
  };
}
