import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { readSession, requestHeaders, writeSession } from '../session.js';

/**
 * One urql client for the explorer; /graphql is served by the same origin. Every request carries
 * the signed-in user's token; a 401 (expired or revoked token) signs the tab out and reloads, so the
 * page shows what an anonymous visitor may see instead of a wall of errors.
 */
export function createPonteClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ headers: requestHeaders(readSession(sessionStorage)) }),
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      if (res.status === 401 && readSession(sessionStorage)) {
        writeSession(sessionStorage, undefined);
        location.reload();
      }
      return res;
    },
    requestPolicy: 'cache-and-network',
  });
}
