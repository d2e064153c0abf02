import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import type { Readiness } from '../db/readiness.js';
import { auditPlugin } from '../auth/audit.js';
import { permissionsOf } from '../auth/roles.js';
import { requestContext, type AuthServices, type PonteContext, type RequestAuth } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { restrictedSchema } from '../graphql/restricted-schema.js';
import type { Logger } from '../logger.js';
import { paths } from '../paths.js';
import { createArmor, GRAPHQL_LIMITS } from './armor.js';
import { authenticate } from './auth.js';
import { authPlugin } from './auth-plugin.js';
import { corsAllowList } from './cors.js';
import { listLimitsPlugin } from './list-limits.js';
import { operationChoicePlugin } from './operation-choice.js';
import { graphqlRateLimit } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { staffOnlyRefusalPlugin } from './staff-only-refusal.js';
import { walkIndexFor } from '../network/walks/walk-index.js';

export interface AppDeps {
  readonly config: Pick<Config, 'env' | 'http'> & { readonly neo4j: Pick<Config['neo4j'], 'database'> };
  readonly driver: Driver;
  readonly schema: GraphQLSchema;
  readonly readiness: Readiness;
  readonly log: Logger;
  /** Tokens, users and the login limit (server/src/auth). */
  readonly auth: AuthServices;
  /** The built explorer; defaults to client/dist. */
  readonly staticRoot?: string;
}

export interface PonteServer {
  readonly httpServer: http.Server;
  /** Serves staff and admin with the full schema. */
  readonly apollo: ApolloServer<PonteContext>;
  /** Serves anonymous visitors, analysts and partners with the restricted schema (graphql/restricted-schema.ts). */
  readonly restrictedApollo: ApolloServer<PonteContext>;
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests, lets those in flight finish (10 s grace), and closes. */
  stop(): Promise<void>;
}

/** 1 MB: enough for any real query and its variables, far below Apollo's 50 MB default. */
const BODY_LIMIT = '1mb';

export async function createServer(deps: AppDeps): Promise<PonteServer> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are never cached (Cache-Control: no-store), so Express's ETag, a SHA-1 of
  // every response body, is work nobody reads. Static files keep theirs (serve-static's own).
  app.set('etag', false);
  // Behind a load balancer every request comes from the balancer's address: with PONTE_TRUST_PROXY
  // req.ip is the client's (from X-Forwarded-For, believed only for the configured proxies), and
  // the rate limits and the login limiter key on it.
  app.set('trust proxy', deps.config.http.trustProxy);
  app.use(securityHeaders());
  const httpServer = http.createServer(app);
  const log = deps.log;

  // One Apollo server per schema: each role's request is validated, its variables (and their
  // defaults) coerced and its introspection answered against its own role's schema, so what a
  // role may not ask cannot be written at all (docs/privacy.md, "Generated API").
  const formatError = createErrorFormatter(log);
  const serve = (schema: GraphQLSchema, extra: ApolloServerPlugin<PonteContext>[]) => {
    const armor = createArmor();
    return new ApolloServer<PonteContext>({
      schema,
      formatError,
      includeStacktraceInErrorResponses: false,
      // GraphiQL is the staff's manual; in production the auth plugin lets only signed-in users introspect.
      introspection: true,
      allowBatchedHttpRequests: false,
      parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
      validationRules: armor.validationRules,
      // graphql-armor is typed against @apollo/server's CJS declarations and we import the ESM
      // ones: the same runtime objects, two declarations of one private field.
      // The operation choice comes first: another plugin's error on a missing operation would win.
      plugins: [
        operationChoicePlugin<PonteContext>(),
        ...(armor.plugins as unknown as ApolloServerPlugin<PonteContext>[]),
        listLimitsPlugin<PonteContext>(),
        ...extra,
        ApolloServerPluginLandingPageDisabled(),
        // Apollo's default cache-control plugin wraps every field's resolver to compute a cache
        // policy that here is always "no-store" (no @cacheControl hints): a fifth of the CPU of a
        // 300-node neighbourhood (docs/benchmarks.md#where-a-request-spends-its-time). The header
        // is set once below instead.
        ApolloServerPluginCacheControlDisabled(),
        authPlugin(deps.config.env),
        auditPlugin(log),
      ],
    });
  };
  // Only the full server drains the HTTP server: it waits for requests in flight on both.
  const apollo = serve(deps.schema, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  const restrictedApollo = serve(restrictedSchema(deps.schema), [staffOnlyRefusalPlugin(deps.schema)]);
  await Promise.all([apollo.start(), restrictedApollo.start()]);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    const report = await deps.readiness.check();
    // Whether path searches walk the graph in memory (they ask Neo4j until it is read for the
    // current version): not a condition of readiness, which it would delay by the read (~30 s at
    // 100,000 actors). Asking does not start a read.
    const walks = walkIndexFor(deps.driver, deps.config.neo4j.database);
    const walkGraph = !walks ? 'off' : report.ready ? await walks.status().catch(() => 'unknown') : 'unknown';
    res.status(report.ready ? 200 : 503).json({ ...report, walkGraph });
  });

  const context = async ({ res }: { res: express.Response }) =>
    requestContext(deps.driver, deps.config.neo4j.database, log, res.locals.auth as RequestAuth, deps.auth);
  // Chosen after `authenticate`: roles with exact counts (staff, admin) get the full schema.
  const byRole =
    (full: express.RequestHandler, restricted: express.RequestHandler): express.RequestHandler =>
    (req, res, next) =>
      (permissionsOf((res.locals.auth as RequestAuth).role).exactCounts ? full : restricted)(req, res, next);

  app.use(
    '/graphql',
    corsAllowList(deps.config.http.corsOrigins),
    graphqlRateLimit(deps.config.http.rateLimitPerMinute),
    authenticate(deps.auth.tokens, deps.auth.users, log),
    express.json({ limit: BODY_LIMIT }),
    noStore,
    byRole(expressMiddleware(apollo, { context }), expressMiddleware(restrictedApollo, { context })),
  );

  const staticRoot = deps.staticRoot ?? paths.clientDist;
  const indexHtml = path.join(staticRoot, 'index.html');
  app.get('/graphiql', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(staticRoot, 'graphiql.html'));
  });
  app.use(express.static(staticRoot, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  // The explorer is a single-page app: any other GET that wants a page gets index.html.
  app.get('/{*rest}', (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type('text')
        .send('The explorer is not built yet: run "npm run build" (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });

  // Body-parser errors (too large, broken JSON) and anything else: a short JSON answer, no stack.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status =
      typeof error === 'object' && error && 'status' in error ? Number((error as { status: unknown }).status) : 500;
    if (status >= 500) log.error({ err: error }, 'unhandled error in an HTTP request');
    const message =
      status === 413
        ? `Request body too large (the limit is ${BODY_LIMIT}); import larger files with npm run ponte -- import FILE --kind KIND.`
        : status === 400
          ? 'Malformed request body.'
          : 'Internal error.';
    res.status(status).json({
      errors: [
        {
          message,
          extensions: {
            code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR',
          },
        },
      ],
    });
  });

  return {
    httpServer,
    apollo,
    restrictedApollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await restrictedApollo.stop();
    },
  };
}

/** Answers depend on who asks and on a graph that changes: never stored by a browser or a proxy. */
const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

function noCacheForHtml(res: http.ServerResponse, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
