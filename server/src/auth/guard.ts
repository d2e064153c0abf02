import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import { permissionsOf, type Permissions, type RoleOrAnonymous } from './roles.js';

/**
 * For custom resolvers: throws UNAUTHENTICATED for an anonymous request and FORBIDDEN for a role
 * without the permission. `what` completes "Sign in to …" / "Your role may not …".
 */
export function requirePermission(
  context: { readonly auth: { readonly role: RoleOrAnonymous } },
  allowed: (p: Permissions) => boolean,
  what: string,
): void {
  if (allowed(permissionsOf(context.auth.role))) return;
  if (context.auth.role === 'anonymous') {
    throw new GraphQLError(`Sign in to ${what}.`, { extensions: { code: ErrorCode.Unauthenticated } });
  }
  throw new GraphQLError(`Your role (${context.auth.role}) may not ${what}.`, {
    extensions: { code: ErrorCode.Forbidden },
  });
}
