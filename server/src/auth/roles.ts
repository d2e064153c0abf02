import { VIEWERS, type Viewer } from '../network/viewer.js';

/**
 * Who may do what (docs/architecture.md#who-sees-what). Roles travel in the token's `roles` claim; a request without a
 * token is `anonymous`. A principal with several roles acts with the strongest.
 */
export const ROLES = ['analyst', 'partner', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type RoleOrAnonymous = Role | 'anonymous';

const RANK: Record<RoleOrAnonymous, number> = { anonymous: 0, analyst: 1, partner: 2, staff: 3, admin: 4 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The strongest known role among `roles` (unknown strings are ignored); anonymous when none. */
export function effectiveRole(roles: readonly unknown[] | undefined): RoleOrAnonymous {
  let best: RoleOrAnonymous = 'anonymous';
  for (const r of roles ?? []) if (isRole(r) && RANK[r] > RANK[best]) best = r;
  return best;
}

export interface Permissions {
  /** Migrants as rows (through the generated API); counts reach roles below staff only as statistics with the minimum group size (`exactCounts`). */
  readonly readMigrants: 'none' | 'consenting' | 'all';
  /** fullName, email, phone, birthYear. */
  readonly readPersonalFields: boolean;
  /** Create, update, delete, connect, disconnect; consent and erasure. */
  readonly write: boolean;
  readonly readAuditLog: boolean;
  /** Introspection and GraphiQL's schema in production mode. */
  readonly introspect: boolean;
  /**
   * Exact counts of migrants: aggregates and relationship filters on the generated API (the full
   * schema; other roles get the restricted one, graphql/restricted-schema.ts), and statistics
   * without minimum-group suppression (privacy/min-group.ts).
   */
  readonly exactCounts: boolean;
  /** Send introduction requests from its own organisation (a partner's one write). */
  readonly requestIntroductions: boolean;
  /** Read every introduction request and set its status. */
  readonly handleIntroductions: boolean;
  /** List, create, change and disable user accounts. */
  readonly manageUsers: boolean;
}

export function permissionsOf(role: RoleOrAnonymous): Permissions {
  switch (role) {
    case 'anonymous':
      return {
        readMigrants: 'none',
        readPersonalFields: false,
        write: false,
        readAuditLog: false,
        introspect: false,
        exactCounts: false,
        requestIntroductions: false,
        handleIntroductions: false,
        manageUsers: false,
      };
    case 'analyst':
      return {
        readMigrants: 'all',
        readPersonalFields: false,
        write: false,
        readAuditLog: false,
        introspect: true,
        exactCounts: false,
        requestIntroductions: false,
        handleIntroductions: false,
        manageUsers: false,
      };
    case 'partner':
      return {
        readMigrants: 'consenting',
        readPersonalFields: false,
        write: false,
        readAuditLog: false,
        introspect: true,
        exactCounts: false,
        requestIntroductions: true,
        handleIntroductions: false,
        manageUsers: false,
      };
    case 'staff':
      return {
        readMigrants: 'all',
        readPersonalFields: true,
        write: true,
        readAuditLog: true,
        introspect: true,
        exactCounts: true,
        requestIntroductions: false,
        handleIntroductions: true,
        manageUsers: false,
      };
    case 'admin':
      return {
        readMigrants: 'all',
        readPersonalFields: true,
        write: true,
        readAuditLog: true,
        introspect: true,
        exactCounts: true,
        requestIntroductions: false,
        handleIntroductions: true,
        manageUsers: true,
      };
  }
}

/** The Viewer that graph answers (paths, neighbourhood, search, …) use to hide and mask migrants (network/viewer.ts). */
export function viewerFor(role: RoleOrAnonymous): Viewer {
  // A role added to ROLES fails to compile here until network/viewer.ts says what it sees.
  return VIEWERS[role];
}
