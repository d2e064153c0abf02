import { AccountCache } from './account-cache.js';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { hashPassword } from './password.js';
import type { Role } from './roles.js';

/**
 * Accounts live in Neo4j as (:User) nodes, which no SDL type maps to: the generated API cannot
 * reach them, only this module can. Emails are stored lower-cased and unique (migrations.ts).
 */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  /** For a partner: the id of its organisation (an Actor id). */
  readonly org: string | null;
  readonly passwordHash: string;
  /** A disabled account cannot sign in and its tokens are refused (auth.ts). */
  readonly disabled: boolean;
}

/** An account as admins list it: never the hash. */
export interface UserAccount {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly org: string | null;
  readonly disabled: boolean;
  readonly createdAt: string | null;
}

const ACCOUNT =
  'u {.id, .email, .role, .org, disabled: coalesce(u.disabled, false), createdAt: toString(u.createdAt)} AS account';

/** Thrown by `create` when the e-mail already has an account. */
export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`an account with e-mail ${email} exists`);
    this.name = 'EmailTakenError';
  }
}

export class UserStore {
  readonly #accounts: AccountCache;

  /**
   * `recheckMs`: how long the account behind a token may be served from memory (auth/account-cache.ts);
   * 0, the default, reads it at every request. The API takes it from PONTE_ACCOUNT_RECHECK_SECONDS.
   */
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    recheckMs = 0,
  ) {
    this.#accounts = new AccountCache(recheckMs);
  }

  /** The account a signed-in request speaks for, read at most `recheckMs` ago (http/auth.ts). */
  async accountForRequest(id: string): Promise<UserAccount | undefined> {
    return this.#accounts.get(id, (i) => this.findById(i));
  }

  /** An account changed through this process: its next request reads it afresh. */
  forget(id: string): void {
    this.#accounts.forget(id);
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const { records } = await this.driver.executeQuery(
      'MATCH (u:User {email: $email}) RETURN u.id AS id, u.email AS email, u.role AS role, u.org AS org, u.passwordHash AS passwordHash, coalesce(u.disabled, false) AS disabled',
      { email: normaliseEmail(email) },
      { database: this.database, routing: 'READ' },
    );
    const r = records[0];
    return r ? (r.toObject() as UserRecord) : undefined;
  }

  async findById(id: string): Promise<UserAccount | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (u:User {id: $id}) RETURN ${ACCOUNT}`,
      { id },
      { database: this.database, routing: 'READ' },
    );
    return records[0]?.get('account') as UserAccount | undefined;
  }

  /** Every account, by e-mail. */
  async list(): Promise<UserAccount[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (u:User) RETURN ${ACCOUNT} ORDER BY u.email`,
      {},
      { database: this.database, routing: 'READ' },
    );
    return records.map((r) => r.get('account') as UserAccount);
  }

  /** Creates the user, or resets the password, role and organisation of the user with that e-mail. */
  async upsert(user: { email: string; password: string; role: Role; org?: string | null }): Promise<string> {
    const passwordHash = await hashPassword(user.password);
    const { records } = await this.driver.executeQuery(
      `MERGE (u:User {email: $email})
       ON CREATE SET u.id = $id, u.createdAt = datetime()
       SET u.passwordHash = $passwordHash, u.role = $role, u.org = $org
       RETURN u.id AS id`,
      {
        email: normaliseEmail(user.email),
        id: `user-${randomUUID()}`,
        passwordHash,
        role: user.role,
        org: user.org ?? null,
      },
      { database: this.database },
    );
    const id = records[0]!.get('id') as string;
    this.forget(id);
    return id;
  }
}

/**
 * The Cypher of account changes, run by the user-management resolvers inside the mutation's audited
 * transaction (graphql/write.ts `write`), so an account change and its audit record commit together.
 */
export const USER_CYPHER = {
  /** Creates the account unless the e-mail is taken (then returns no row). */
  create: `OPTIONAL MATCH (existing:User {email: $email})
           WITH existing WHERE existing IS NULL
           CREATE (u:User {id: $id, email: $email, role: $role, org: $org, passwordHash: $passwordHash, disabled: false, createdAt: datetime()})
           RETURN ${ACCOUNT}`,
  setRole: `MATCH (u:User {id: $id}) SET u.role = $role, u.org = $org, u.updatedAt = datetime() RETURN ${ACCOUNT}`,
  disable: `MATCH (u:User {id: $id}) SET u.disabled = true, u.updatedAt = datetime() RETURN ${ACCOUNT}`,
} as const;

export function newUserId(): string {
  return `user-${randomUUID()}`;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface DemoUser {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly org: string | null;
}

/** The organisation the demo partner belongs to (a seeded association). */
export const DEMO_PARTNER_ORG = 'assoc-cerfe';

/**
 * One user per role with a fresh random password each start (development only: boot.ts never
 * calls this in production). Returns the credentials for `npm start` to print.
 */
export async function createDemoUsers(store: UserStore, partnerOrg: string): Promise<DemoUser[]> {
  const users: DemoUser[] = (['analyst', 'partner', 'staff', 'admin'] as const).map((role) => ({
    email: `${role}@ponte.example`,
    password: randomBytes(9).toString('base64url'),
    role,
    org: role === 'partner' ? partnerOrg : null,
  }));
  for (const u of users) await store.upsert(u);
  return users;
}
