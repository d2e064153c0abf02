import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { ErrorCode, PonteError } from '../errors.js';
import { repoRoot } from '../paths.js';

/**
 * Ponte's configuration, read once from the environment and validated. Every key that can be
 * wrong is named in the error with the fix, so a mistyped port never surfaces as a stack trace.
 */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly neo4j: {
    /** Undefined means: run the project's own local Neo4j (see neo4j-runtime/). */
    readonly uri: string | undefined;
    readonly username: string;
    readonly password: string;
    readonly database: string;
  };
  readonly localNeo4j: {
    readonly home: string;
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
  };
  /** `auto` seeds an empty database at start; `never` leaves it alone. */
  readonly seed: 'auto' | 'never';
  readonly http: {
    /** Origins (scheme://host[:port]) allowed to call /graphql from a browser; same-origin always works. */
    readonly corsOrigins: readonly string[];
    /** GraphQL requests per minute per client address; 0 turns the limit off. */
    readonly rateLimitPerMinute: number;
    /**
     * Which proxies in front of Ponte to believe about the client's address (X-Forwarded-For),
     * as Express's `trust proxy`: false (none), a hop count, or addresses/subnets/names.
     */
    readonly trustProxy: false | number | readonly string[];
  };
  readonly auth: {
    /** HS256 key of the tokens Ponte signs (PONTE_JWT_SECRET; random per process outside production when unset). */
    readonly jwtSecret: Uint8Array;
    /** True when jwtSecret was generated for this process (tokens die with it). */
    readonly jwtSecretGenerated: boolean;
    /** An external identity provider's JWKS, whose signed tokens are accepted beside Ponte's own. */
    readonly jwksUrl: string | undefined;
    readonly tokenTtlSeconds: number;
    /** Failed sign-ins per 15 minutes per client address (auth/sign-in-throttle.ts). */
    readonly loginLimit: number;
    /**
     * How long a token's account may be served from memory before it is read again (ms;
     * PONTE_ACCOUNT_RECHECK_SECONDS): the bound within which a change made by another API process
     * or in the database revokes a token (auth/account-cache.ts). 0: read at every request.
     */
    readonly accountRecheckMs: number;
  };
  readonly disclosure: {
    /** HMAC key of the statistics' keyed rounding (PONTE_DISCLOSURE_KEY; random per process outside production when unset). */
    readonly key: Uint8Array;
    /** True when the key was generated for this process (below-staff rounding changes at each restart). */
    readonly keyGenerated: boolean;
  };
  /**
   * Whether whole-graph answers are remembered per version of the database (network/answer-cache.ts).
   * PONTE_ANSWER_CACHE=off exists for benchmarks, which must time the computation of every request
   * (docs/benchmarks.md); production refuses it.
   */
  readonly answerCache: boolean;
  /**
   * Whether path searches walk the graph of the current version in memory (network/walks/walk-index.ts,
   * PONTE_WALK_INDEX, on by default); off: every search asks Neo4j.
   */
  readonly walkIndex: boolean;
}

const memorySize = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 1g');

const port = z.coerce.number().int().min(1).max(65535);
// The HTTP port may be 0 (any free port), which tests use.
const httpPort = z.coerce.number().int().min(0).max(65535);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: httpPort.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/,
        'a Bolt URI such as neo4j://host:7687, bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
      )
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'a database name such as neo4j')
      .default('neo4j'),
    PONTE_NEO4J_HOME: z.string().min(1).optional(),
    PONTE_NEO4J_BOLT_PORT: port.default(7687),
    PONTE_NEO4J_HEAP: memorySize.default('1g'),
    PONTE_NEO4J_PAGECACHE: memorySize.default('512m'),
    PONTE_SEED: z.enum(['auto', 'never']).default('auto'),
    PONTE_CORS_ORIGINS: z
      .string()
      .regex(
        /^https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*$/,
        'a comma-separated list of origins such as https://partner.example.org,http://localhost:5173',
      )
      .optional(),
    PONTE_RATE_LIMIT: z.coerce.number().int().min(0).default(1200),
    // Never `true` (trust every hop): any client could then choose its own address with
    // X-Forwarded-For and escape the per-address limits.
    PONTE_TRUST_PROXY: z
      .string()
      .regex(
        /^(\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*)$/,
        'a number of proxy hops (e.g. 1), or a comma-separated list of proxy addresses or subnets (e.g. 10.0.0.0/8, loopback)',
      )
      .optional(),
    PONTE_JWT_SECRET: z
      .string()
      .refine((v) => Buffer.byteLength(v, 'utf8') >= 32, 'a secret of at least 32 bytes')
      .optional(),
    PONTE_DISCLOSURE_KEY: z
      .string()
      .refine((v) => Buffer.byteLength(v, 'utf8') >= 32, 'a secret of at least 32 bytes')
      .optional(),
    PONTE_JWKS_URL: z
      .string()
      .regex(/^https:\/\/[^\s]+$/, 'an https URL of a JWKS, such as https://idp.example.org/.well-known/jwks.json')
      .optional(),
    PONTE_TOKEN_TTL_MINUTES: z.coerce.number().int().min(5).max(10080).default(480),
    PONTE_LOGIN_LIMIT: z.coerce.number().int().min(1).max(1000).default(10),
    PONTE_ANSWER_CACHE: z.enum(['on', 'off']).default('on'),
    PONTE_WALK_INDEX: z.enum(['on', 'off']).default('on'),
    PONTE_ACCOUNT_RECHECK_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && e.PONTE_ANSWER_CACHE === 'off') {
      ctx.addIssue({
        code: 'custom',
        path: ['PONTE_ANSWER_CACHE'],
        message:
          'on in production (off is for benchmarks: every whole-graph question would be computed at every request)',
      });
    }
    if (e.NODE_ENV === 'production' && !e.PONTE_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['PONTE_JWT_SECRET'],
        message: 'a secret of at least 32 bytes (required when NODE_ENV=production)',
      });
    }
    // A key that changes at restart would let anyone average the published statistics over restarts.
    if (e.NODE_ENV === 'production' && !e.PONTE_DISCLOSURE_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['PONTE_DISCLOSURE_KEY'],
        message: 'a secret of at least 32 bytes (required when NODE_ENV=production)',
      });
    }
  });

const fixes: Record<string, string> = {
  NEO4J_URI: 'unset it to use the local Neo4j Ponte runs itself',
  PORT: 'choose a free TCP port, e.g. PORT=4001',
  PONTE_NEO4J_BOLT_PORT: 'choose a free TCP port, e.g. PONTE_NEO4J_BOLT_PORT=7688',
  PONTE_JWT_SECRET: 'generate one with: openssl rand -base64 48',
  PONTE_DISCLOSURE_KEY:
    'generate one with: openssl rand -base64 48, and keep it: every API replica needs the same one, and changing it changes every rounded statistic',
  PONTE_JWKS_URL: "unset it to accept only Ponte's own tokens",
  PONTE_TOKEN_TTL_MINUTES: 'minutes a token stays valid, 5 to 10080 (a week)',
  PONTE_LOGIN_LIMIT: 'failed sign-ins per 15 minutes per client address, 1 to 1000',
  PONTE_ACCOUNT_RECHECK_SECONDS:
    "seconds a token's account may be served from memory, 0 (read at every request) to 60; a revoked account loses access within this bound",
  PONTE_TRUST_PROXY:
    'set it to the number of proxies in front of Ponte, or to their addresses; "true" is refused because it lets clients forge their address',
};

/** Pure: turns an environment into a Config or a PonteError listing every bad key. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings are how shells unset things; treat them as absent so defaults apply.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '?');
      const fix = fixes[key] ? ` (${fixes[key]})` : '';
      return `  ${key}=${JSON.stringify(env[key] ?? '')}: expected ${issue.message}${fix}`;
    });
    throw new PonteError(ErrorCode.ConfigInvalid, `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    localNeo4j: {
      home: path.resolve(repoRoot, e.PONTE_NEO4J_HOME ?? '.neo4j/dev'),
      boltPort: e.PONTE_NEO4J_BOLT_PORT,
      heap: e.PONTE_NEO4J_HEAP.toLowerCase(),
      pageCache: e.PONTE_NEO4J_PAGECACHE.toLowerCase(),
    },
    seed: e.PONTE_SEED,
    http: {
      corsOrigins: e.PONTE_CORS_ORIGINS ? e.PONTE_CORS_ORIGINS.split(',').map((o) => o.trim()) : [],
      rateLimitPerMinute: e.PONTE_RATE_LIMIT,
      trustProxy: parseTrustProxy(e.PONTE_TRUST_PROXY),
    },
    auth: {
      jwtSecret: e.PONTE_JWT_SECRET ? new TextEncoder().encode(e.PONTE_JWT_SECRET) : randomBytes(48),
      jwtSecretGenerated: !e.PONTE_JWT_SECRET,
      jwksUrl: e.PONTE_JWKS_URL,
      tokenTtlSeconds: e.PONTE_TOKEN_TTL_MINUTES * 60,
      loginLimit: e.PONTE_LOGIN_LIMIT,
      accountRecheckMs: e.PONTE_ACCOUNT_RECHECK_SECONDS * 1000,
    },
    disclosure: {
      key: e.PONTE_DISCLOSURE_KEY ? new TextEncoder().encode(e.PONTE_DISCLOSURE_KEY) : randomBytes(48),
      keyGenerated: !e.PONTE_DISCLOSURE_KEY,
    },
    answerCache: e.PONTE_ANSWER_CACHE === 'on',
    walkIndex: e.PONTE_WALK_INDEX === 'on',
  };
}

/** Unset or 0: no proxy; a number: that many hops; otherwise the listed addresses, subnets or names. */
function parseTrustProxy(value: string | undefined): false | number | readonly string[] {
  if (value === undefined) return false;
  if (/^\d+$/.test(value)) return Number(value) === 0 ? false : Number(value);
  return value.split(',').map((v) => v.trim());
}

let cached: Config | undefined;

/** The process's configuration, read from process.env on first use and never again. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
