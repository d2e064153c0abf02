import { GraphQLError } from 'graphql';
import { decoyHash, verifyPassword } from '../../auth/password.js';
import { isRole } from '../../auth/roles.js';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers.js';

/** Why a sign-in was not even checked; none says whether the account exists. */
const THROTTLED = {
  address: 'Too many failed sign-ins from your address',
  pair: 'Too many failed sign-ins to this account from your address',
  account: 'This account is receiving many failed sign-ins; sign-ins to it are being spaced out',
} as const;

export const login: MutationResolvers<PonteContext>['login'] = async (_parent, args, context) => {
  const services = context.services;
  if (!services)
    throw new GraphQLError('Sign-in is not available on this server.', { extensions: { code: ErrorCode.Forbidden } });
  if (args.email.length > 320 || args.password.length > 1024)
    throw new GraphQLError('Wrong e-mail or password.', { extensions: { code: ErrorCode.Unauthenticated } });
  const address = context.auth.address;
  const verdict = services.signInThrottle.attempt(address, args.email);
  if (!verdict.allowed) {
    const wait = verdict.retryAfterSeconds;
    throw new GraphQLError(
      `${THROTTLED[verdict.reason]}; try again in ${wait < 120 ? `${wait} second(s)` : `${Math.ceil(wait / 60)} minute(s)`}.`,
      {
        extensions: {
          code: ErrorCode.RateLimited,
          http: { status: 429, headers: new Map([['retry-after', String(wait)]]) },
        },
      },
    );
  }
  const user = await services.users.findByEmail(args.email);
  // Verify against a decoy when the e-mail is unknown: the same work, so timing reveals nothing.
  const ok = await verifyPassword(args.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok || !isRole(user.role) || user.disabled) {
    services.signInThrottle.failed(address, args.email);
    context.log.info({ address: context.auth.address }, 'failed sign-in');
    throw new GraphQLError('Wrong e-mail or password.', { extensions: { code: ErrorCode.Unauthenticated } });
  }
  services.signInThrottle.succeeded(address, args.email);
  const { token, expiresAt } = await services.tokens.sign({
    sub: user.id,
    roles: [user.role],
    org: user.org ?? undefined,
  });
  context.log.info({ userId: user.id, role: user.role }, 'signed in');
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    user: { id: user.id, email: user.email, role: user.role, organisation: user.org },
  };
};

export const me: QueryResolvers<PonteContext>['me'] = async (_parent, _args, context) => {
  const principal = context.auth.principal;
  if (!principal) return null;
  const user = await context.services?.users.findById(principal.sub);
  // A token from an external identity provider has no Ponte user: answer from its claims.
  return {
    id: principal.sub,
    email: user?.email ?? (typeof principal.jwt.email === 'string' ? principal.jwt.email : ''),
    role: principal.role,
    organisation: principal.org ?? null,
  };
};
