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
}

export class UserStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const { records } = await this.driver.executeQuery(
      'MATCH (u:User {email: $email}) RETURN u.id AS id, u.email AS email, u.role AS role, u.org AS org, u.passwordHash AS passwordHash',
      { email: normaliseEmail(email) },
      { database: this.database, routing: 'READ' },
    );
    const r = records[0];
    return r ? (r.toObject() as UserRecord) : undefined;
  }

  async findById(id: string): Promise<Omit<UserRecord, 'passwordHash'> | undefined> {
    const { records } = await this.driver.executeQuery(
      'MATCH (u:User {id: $id}) RETURN u.id AS id, u.email AS email, u.role AS role, u.org AS org',
      { id },
      { database: this.database, routing: 'READ' },
    );
    const r = records[0];
    return r ? (r.toObject() as Omit<UserRecord, 'passwordHash'>) : undefined;
  }

  /** Creates the user, or resets the password, role and organisation of the user with that e-mail. */
  async upsert(user: { email: string; password: string; role: Role; org?: string | null }): Promise<string> {
    const passwordHash = await hashPassword(user.password);
    const { records } = await this.driver.executeQuery(
      `MERGE (u:User {email: $email})
       ON CREATE SET u.id = $id, u.createdAt = datetime()
       SET u.passwordHash = $passwordHash, u.role = $role, u.org = $org
       RETURN u.id AS id`,
      { email: normaliseEmail(user.email), id: `user-${randomUUID()}`, passwordHash, role: user.role, org: user.org ?? null },
      { database: this.database },
    );
    return records[0]!.get('id') as string;
  }
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
