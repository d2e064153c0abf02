import { Client, cacheExchange, fetchExchange } from '@urql/core';

/** One urql client for the explorer; /graphql is served by the same origin. */
export function createPonteClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // A non-simple content type is what Apollo's CSRF prevention asks of browsers.
    fetchOptions: () => ({ headers: { 'content-type': 'application/json' } }),
    requestPolicy: 'cache-and-network',
  });
}
