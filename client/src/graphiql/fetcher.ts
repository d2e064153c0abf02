import type { Fetcher, FetcherReturnType } from '@graphiql/toolkit';

/** GraphiQL's fetcher: JSON over POST, which also satisfies Apollo's CSRF prevention. */
export function createFetcher(url: string): Fetcher {
  return async (params) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    return (await res.json()) as FetcherReturnType;
  };
}
