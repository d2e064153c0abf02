// npm run ponte -- create-user --email E --role ROLE [--org ID]: creates an account and prints a
// one-time password once (never stored in clear). This is how the first admin of a production
// install comes to exist: production never creates demo users, and `createUser` needs an admin.
// Audited as `cli:<os user>` with the new account's id only. Uses NEO4J_URI, or the local Neo4j.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { ROLES, type Role } from '../../auth/roles.js';
import { ErrorCode, PonteError } from '../../errors.js';
import type { PonteCommand } from './command.js';

export interface CreateUserOptions {
  readonly email: string;
  readonly role: Role;
  readonly org: string | null;
}

const USAGE = '--email E --role analyst|partner|staff|admin [--org ORGANISATION-ID]';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the arguments; a wrong one is a PonteError naming it and the fix. Pure. */
export function parseCreateUserArgs(args: readonly string[]): CreateUserOptions {
  const given = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (!['--email', '--role', '--org'].includes(flag))
      throw new PonteError(
        ErrorCode.BadUserInput,
        `create-user: unknown argument "${flag}" (usage: ponte create-user ${USAGE})`,
      );
    const value = args[++i];
    if (value === undefined || value.startsWith('--'))
      throw new PonteError(
        ErrorCode.BadUserInput,
        `create-user: ${flag} needs a value (usage: ponte create-user ${USAGE})`,
      );
    given.set(flag, value);
  }
  const email = given.get('--email')?.trim().toLowerCase();
  if (!email || !EMAIL.test(email))
    throw new PonteError(
      ErrorCode.BadUserInput,
      `create-user: --email must be an e-mail address such as name@example.org (usage: ponte create-user ${USAGE})`,
    );
  const role = given.get('--role');
  if (!role || !(ROLES as readonly string[]).includes(role))
    throw new PonteError(ErrorCode.BadUserInput, `create-user: --role must be one of ${ROLES.join(', ')}`);
  const org = given.get('--org') ?? null;
  if (role === 'partner' && !org)
    throw new PonteError(
      ErrorCode.BadUserInput,
      'create-user: a partner belongs to an organisation: add --org with its id (e.g. assoc-cerfe)',
    );
  if (role !== 'partner' && org)
    throw new PonteError(
      ErrorCode.BadUserInput,
      `create-user: only partners belong to an organisation; leave --org out for ${role}`,
    );
  return { email, role: role as Role, org };
}

export const command: PonteCommand = {
  summary: 'create an account (e.g. the first admin of a production install); prints a one-time password',
  usage: USAGE,
  async run(args) {
    const options = parseCreateUserArgs(args);
    // Loaded here so that argument errors and `ponte help` never touch the configuration or a database.
    const [{ withDatabase }, { hashPassword }, { USER_CYPHER, newUserId }, { writeAudit }] = await Promise.all([
      import('../database.js'),
      import('../../auth/password.js'),
      import('../../auth/users.js'),
      import('../../auth/audit.js'),
    ]);
    await withDatabase(async ({ driver, database }) => {
      if (options.org) {
        const { records } = await driver.executeQuery(
          'MATCH (o:Actor {id: $id}) WHERE NOT o:Migrant RETURN o.id AS id',
          { id: options.org },
          { database, routing: 'READ' },
        );
        if (records.length === 0)
          throw new PonteError(
            ErrorCode.NotFound,
            `create-user: no organisation with id "${options.org}"; a partner's --org is the id of an association, firm, public administration or funder`,
          );
      }
      const oneTime = randomBytes(12).toString('base64url');
      const { records } = await driver.executeQuery(
        USER_CYPHER.create,
        {
          id: newUserId(),
          email: options.email,
          role: options.role,
          org: options.org,
          passwordHash: await hashPassword(oneTime),
        },
        { database },
      );
      const account = records[0]?.get('account') as { id: string } | undefined;
      if (!account)
        throw new PonteError(
          ErrorCode.Conflict,
          `create-user: an account with e-mail ${options.email} exists already; an admin can change it with setUserRole`,
        );
      await writeAudit(driver, database, {
        userId: `cli:${userInfo().username}`,
        role: 'cli',
        operation: 'createUser',
        ids: [account.id],
        outcome: 'ok',
      });
      console.log(
        `Created ${options.role} ${options.email} (${account.id}${options.org ? `, organisation ${options.org}` : ''}).`,
      );
      console.log(`One-time password (shown once, not stored): ${oneTime}`);
    });
  },
};
