import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';

/**
 * Per-address limit on GraphQL requests; answers 429 with a coded GraphQL-shaped error.
 * express-rate-limit rather than the in-process sliding window (server/src/auth/rate-window.ts):
 * at the HTTP layer it brings the standard RateLimit headers, client addresses behind a proxy and
 * IPv6 subnets, which nothing else in Ponte reimplements.
 */
export function graphqlRateLimit(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute from one address. Wait a minute and retry.`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
