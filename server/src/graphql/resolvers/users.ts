import { randomBytes } from 'node:crypto';
import { requirePermission } from '../../auth/guard.js';
import { hashPassword } from '../../auth/password.js';
import { isRole, ROLES, type Role } from '../../auth/roles.js';
import { newUserId, normaliseEmail, USER_CYPHER, type UserAccount } from '../../auth/users.js';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { read } from '../../network/db.js';
import { write } from '../write.js';
import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers.js';

/**
 * User management (admin only: docs/architecture.md#who-sees-what). Passwords never leave this module except the one-time
 * password `createUser` returns once; the audit plugin records ids only (auth/audit.ts).
 */

const MIN_PASSWORD = 12;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

const shown = (u: UserAccount) => ({
  id: u.id,
  email: u.email,
  role: u.role,
  organisation: u.org,
  disabled: u.disabled,
  createdAt: u.createdAt,
});

function checkRole(field: string, role: string): Role {
  if (!isRole(role)) throw userError(`${field}: "role" must be one of ${ROLES.join(', ')} (got "${role}").`, 'role');
  return role;
}

/** A partner needs an organisation that is an actor and not a person; other roles have none. */
async function checkOrganisation(
  context: PonteContext,
  field: string,
  role: Role,
  organisation: string | null | undefined,
): Promise<string | null> {
  if (role !== 'partner') {
    if (organisation)
      throw userError(
        `${field}: only a partner belongs to an organisation; leave "organisation" out for role ${role}.`,
        'organisation',
      );
    return null;
  }
  if (!organisation)
    throw userError(
      `${field}: a partner needs "organisation", the id of its association, firm, public administration or funder.`,
      'organisation',
    );
  const found = await read<{ n: unknown }>(
    context,
    'MATCH (a:Actor {id: $id}) WHERE NOT a:Migrant RETURN count(a) AS n',
    { id: organisation },
  );
  if (Number(found[0]?.n ?? 0) === 0)
    throw userError(
      `${field}: no organisation with id "${organisation}" (argument "organisation").`,
      'organisation',
      ErrorCode.NotFound,
    );
  return organisation;
}

export const users: QueryResolvers<PonteContext>['users'] = async (_parent, _args, context) => {
  requirePermission(context, (p) => p.manageUsers, 'list user accounts');
  return (await context.services!.users.list()).map(shown);
};

export const createUser: MutationResolvers<PonteContext>['createUser'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.manageUsers, 'create user accounts');
  const email = normaliseEmail(args.email);
  if (email.length > 320 || !EMAIL.test(email))
    throw userError(
      `createUser: "email" must be an e-mail address such as name@example.org (got "${args.email}").`,
      'email',
    );
  const role = checkRole('createUser', args.role);
  const org = await checkOrganisation(context, 'createUser', role, args.organisation);
  if (
    args.password !== undefined &&
    args.password !== null &&
    (args.password.length < MIN_PASSWORD || args.password.length > 1024)
  ) {
    throw userError(
      `createUser: "password" must be ${MIN_PASSWORD} to 1024 characters; leave it out to get a one-time password.`,
      'password',
    );
  }
  const oneTime = args.password ? null : randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(args.password ?? oneTime!);
  const rows = await write<{ account: UserAccount }>(context, USER_CYPHER.create, {
    id: newUserId(),
    email,
    role,
    org,
    passwordHash,
  });
  if (!rows[0])
    throw userError(
      `createUser: an account with e-mail "${email}" exists already (change it with setUserRole).`,
      'email',
    );
  return { user: shown(rows[0].account), oneTimePassword: oneTime };
};

export const setUserRole: MutationResolvers<PonteContext>['setUserRole'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.manageUsers, 'change user accounts');
  const role = checkRole('setUserRole', args.role);
  const org = await checkOrganisation(context, 'setUserRole', role, args.organisation);
  // Forgotten before the write and after: a request that re-read the account in between keeps nothing.
  context.services?.users.forget(args.id);
  const rows = await write<{ account: UserAccount }>(context, USER_CYPHER.setRole, { id: args.id, role, org });
  context.services?.users.forget(args.id);
  if (!rows[0]) throw userError(`setUserRole: no user with id "${args.id}".`, 'id', ErrorCode.NotFound);
  return shown(rows[0].account);
};

export const disableUser: MutationResolvers<PonteContext>['disableUser'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.manageUsers, 'disable user accounts');
  // An admin locking itself out could leave nobody able to manage accounts.
  if (args.id === context.auth.principal!.sub)
    throw userError('disableUser: you cannot disable your own account; ask another admin.', 'id');
  context.services?.users.forget(args.id);
  const rows = await write<{ account: UserAccount }>(context, USER_CYPHER.disable, { id: args.id });
  context.services?.users.forget(args.id);
  if (!rows[0]) throw userError(`disableUser: no user with id "${args.id}".`, 'id', ErrorCode.NotFound);
  return shown(rows[0].account);
};
