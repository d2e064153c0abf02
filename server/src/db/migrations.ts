import { NODE_KINDS } from '../../../schema/generated/model.js';
import type { Driver } from 'neo4j-driver';

/** Every label whose nodes carry a unique `id` (docs/architecture.md#kinds, docs/data-model.md). */
export const ID_LABELS = ['Actor', ...NODE_KINDS] as const;

/** The full-text index `search` queries (docs/search.md): names, alternative names, descriptions and cities of every kind of node. */
export const NODE_SEARCH_INDEX = 'nodeSearch';

export interface Migration {
  readonly name: string;
  readonly cypher: string;
}

/**
 * The schema of the database as idempotent statements, applied in order at every start.
 * `IF NOT EXISTS` makes re-running them free; a change to an existing index needs a new name.
 */
export const MIGRATIONS: readonly Migration[] = [
  ...ID_LABELS.map((label) => ({
    name: `unique ${label}.id`,
    cypher: `CREATE CONSTRAINT ${lowerFirst(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  {
    // Accounts (server/src/auth/users.ts): never part of the SDL, so never reachable through the API.
    name: 'unique User.email',
    cypher: 'CREATE CONSTRAINT user_email_unique IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE',
  },
  {
    name: 'unique User.id',
    cypher: 'CREATE CONSTRAINT user_id_unique IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE',
  },
  {
    // Partners' introduction requests (graphql/resolvers/introduction-requests.ts), outside the SDL.
    name: 'unique IntroductionRequest.id',
    cypher:
      'CREATE CONSTRAINT introduction_request_id_unique IF NOT EXISTS FOR (r:IntroductionRequest) REQUIRE r.id IS UNIQUE',
  },
  {
    name: 'IntroductionRequest lookups by organisation',
    cypher: 'CREATE INDEX introduction_request_from IF NOT EXISTS FOR (r:IntroductionRequest) ON (r.fromOrg)',
  },
  {
    // The append-only audit log (server/src/auth/audit.ts), read newest first.
    name: 'AuditEvent time lookups',
    cypher: 'CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)',
  },
  {
    // Audit entries of erasures before random erasure ids (auth/erasure-ids.ts) kept the SHA-256 of
    // the erased id, which a dictionary of likely slugs reverses: give each a random erasure id and
    // rename the `erased:<sha256>` references to it. Touches nothing once no `idHash` is left.
    name: 'erasure hashes become random erasure ids',
    cypher: `MATCH (e:AuditEvent) WHERE e.idHash IS NOT NULL
             WITH e, 'erased:' + e.idHash AS old, randomUUID() AS erasureId
             SET e.erasureId = erasureId REMOVE e.idHash
             WITH old, erasureId
             MATCH (x:AuditEvent) WHERE old IN x.ids
             SET x.ids = [i IN x.ids | CASE WHEN i = old THEN 'erased:' + erasureId ELSE i END]`,
  },
  {
    // References by hash with no erasure entry (a mutation whose erasure failed): unlinked random ids.
    name: 'erased references by hash become random',
    cypher: `MATCH (x:AuditEvent) WHERE any(i IN x.ids WHERE i =~ 'erased:[0-9a-f]{64}')
             SET x.ids = [i IN x.ids | CASE WHEN i =~ 'erased:[0-9a-f]{64}' THEN 'erased:' + randomUUID() ELSE i END]`,
  },
  {
    // Pairs staff marked "not the same" (server/src/curation/candidates.ts): outside the SDL, like users.
    name: 'unique DismissedDuplicate.key',
    cypher:
      'CREATE CONSTRAINT dismissed_duplicate_key_unique IF NOT EXISTS FOR (x:DismissedDuplicate) REQUIRE x.key IS UNIQUE',
  },
  {
    // An association's founding is the day `founded` (docs/data-model.md#time); `foundedYear` is
    // now derived from it. A year alone becomes 1 January of that year, as the seed writes dates
    // known only to the year. Touches nothing once no `foundedYear` is stored.
    name: 'Association foundedYear becomes founded',
    cypher: `MATCH (a:Association) WHERE a.foundedYear IS NOT NULL
             SET a.founded = coalesce(a.founded, date({year: toInteger(a.foundedYear), month: 1, day: 1}))
             REMOVE a.foundedYear`,
  },
  {
    name: 'Actor kind and country lookups',
    cypher: 'CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country)',
  },
  {
    name: 'Region code lookups',
    cypher: 'CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code)',
  },
  {
    // Replaced by nodeSearch (every kind of node, and cities); searching no longer reads it.
    name: 'the actor-only full-text index is dropped',
    cypher: 'DROP INDEX actorSearch IF EXISTS',
  },
  {
    // standard-folding = the standard analyser plus ASCII folding: "Fes" finds "Fès",
    // "Beni Mellal" finds "Béni Mellal". Not eventually consistent, so a write is searchable at once.
    // The other foldings (transliteration, numerals, concepts) are written into the query
    // (network/search-query.ts), so no write path has to keep a folded copy of the names.
    name: 'full-text search over names, alternative names, descriptions and cities of every kind of node',
    cypher: `CREATE FULLTEXT INDEX ${NODE_SEARCH_INDEX} IF NOT EXISTS
             FOR (n:Actor|Region|ReturnProject|Opportunity|Event) ON EACH [n.name, n.altNames, n.description, n.city]
             OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  },
];

export interface MigrationReport {
  readonly applied: number;
  readonly ms: number;
}

export async function applyMigrations(driver: Driver, database: string): Promise<MigrationReport> {
  const started = Date.now();
  for (const migration of MIGRATIONS) {
    await driver.executeQuery(migration.cypher, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database });
  return { applied: MIGRATIONS.length, ms: Date.now() - started };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
