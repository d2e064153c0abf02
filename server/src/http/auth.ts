import type { RequestHandler } from 'express';
import type { RequestAuth } from '../graphql/context.js';
import { ANONYMOUS } from '../graphql/context.js';
import { TokenError, bearerToken, type TokenService } from '../auth/tokens.js';
import type { Logger } from '../logger.js';

/**
 * Verifies `Authorization: Bearer …` before GraphQL sees the request. No header: anonymous. A
 * malformed, tampered, expired or unsigned (`alg: none`) token: 401 UNAUTHENTICATED with a message
 * that says only that; the reason goes to the log. The result is in `res.locals.auth`.
 */
export function authenticate(tokens: TokenService, log: Logger): RequestHandler {
  return async (req, res, next) => {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) {
      res.locals.auth = { ...ANONYMOUS, address } satisfies RequestAuth;
      return next();
    }
    try {
      if (token === null) throw new TokenError('malformed Authorization header');
      const principal = await tokens.verify(token);
      res.locals.auth = { principal, role: principal.role, address } satisfies RequestAuth;
      next();
    } catch (error) {
      log.info({ reason: error instanceof TokenError ? error.reason : String(error), address }, 'bearer token refused');
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer error="invalid_token"')
        .json({ errors: [{ message: 'The bearer token is invalid or expired; sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}
