import type { RequestHandler } from 'express';
import type { RequestAuth } from '../graphql/context.js';
import { ANONYMOUS } from '../graphql/context.js';
import { TOKEN_ISSUER, TokenError, bearerToken, type Principal, type TokenService } from '../auth/tokens.js';
import type { UserStore } from '../auth/users.js';
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_ERROR, isDatabaseUnavailable } from '../db/driver.js';
import type { Logger } from '../logger.js';

/**
 * Why a valid Ponte token no longer speaks for its account, or undefined when it still does. The
 * account is read at most PONTE_ACCOUNT_RECHECK_SECONDS ago (auth/account-cache.ts): disabling an
 * account or changing its role or organisation takes effect at the next request on the API process
 * that made the change, and within that bound on every other one. Tokens of an external identity
 * provider have no Ponte account: the provider revokes them.
 */
async function revoked(users: UserStore, principal: Principal): Promise<string | undefined> {
  if (principal.jwt.iss !== TOKEN_ISSUER) return undefined;
  const account = await users.accountForRequest(principal.sub);
  if (!account) return 'account deleted';
  if (account.disabled) return 'account disabled';
  if (account.role !== principal.role || (account.org ?? undefined) !== principal.org)
    return 'account changed since the token was issued';
  return undefined;
}

/**
 * Verifies `Authorization: Bearer …` before GraphQL sees the request. No header: anonymous. A
 * malformed, tampered, expired or unsigned (`alg: none`) token, or one whose account was disabled
 * or changed: 401 UNAUTHENTICATED with a message that says only that; the reason goes to the log.
 * The result is in `res.locals.auth`.
 */
export function authenticate(tokens: TokenService, users: UserStore, log: Logger): RequestHandler {
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
      const reason = await revoked(users, principal);
      if (reason) throw new TokenError(reason);
      res.locals.auth = { principal, role: principal.role, address } satisfies RequestAuth;
      next();
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // The token's account cannot be checked (disabled? role changed?) without the database.
        res
          .status(503)
          .set('Retry-After', DATABASE_RETRY_AFTER_SECONDS)
          .json({ errors: [DATABASE_UNAVAILABLE_ERROR] });
        return;
      }
      log.info({ reason: error instanceof TokenError ? error.reason : String(error), address }, 'bearer token refused');
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer error="invalid_token"')
        .json({
          errors: [
            {
              message: 'The bearer token is invalid or expired; sign in again.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
    }
  };
}
