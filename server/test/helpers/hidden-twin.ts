import type { Driver } from 'neo4j-driver';
import { mulberry32 as prng } from '../../../seeds/generator/prng.js';

/**
 * Non-interference fixtures (docs/privacy.md). `makeHiddenTwin` turns the database into its twin:
 * the same graph except for the migrants hidden from a role — their fields, their ties and their
 * existence all change — so a test can ask the same questions before and after and require the
 * same answers. Seeded: the same seed on the same graph makes the same twin.
 *
 * Who is hidden from whom is the rule of docs/privacy.md: from anonymous visitors every migrant,
 * from analysts and partners the migrants with consent NONE.
 */
export type HiddenScope = 'consent-none' | 'every-migrant';

export interface TwinReport {
  readonly seed: number;
  readonly changed: number;
  readonly removed: number;
  readonly added: number;
  readonly tiesAdded: number;
}

/** A small deterministic PRNG (mulberry32): the twin is a function of the seed. */
export { prng };

const CITIES = ['Torino', 'Milano', 'Bologna', 'Napoli', 'Fès', 'Tanger', 'Agadir', 'Béni Mellal'];
const SKILLS = ['immigration law', 'welding', 'agronomy', 'bookkeeping', 'nursing', 'software', 'tourism'];
const STATUSES = ['POTENTIAL', 'RESIDENT', 'RETURNED', 'CIRCULAR'];
const CONSENTS = ['NONE', 'NETWORK', 'PUBLIC'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function sample<T>(rand: () => number, items: readonly T[], share: number): T[] {
  return items.filter(() => rand() < share);
}

function day(rand: () => number): string {
  const year = 2004 + Math.floor(rand() * 21);
  const month = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

async function ids(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<string[]> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((r) => String(r.get('id')));
}

/**
 * Rewrites the hidden migrants of `scope` in place: about a third get new fields (name, city,
 * skills, status, occupation, description; for `every-migrant` also consent), a sixth are deleted
 * with their ties, the others gain ties, and `seed`-chosen new hidden migrants arrive with ties of
 * every type a migrant can have (to organisations, regions, projects, opportunities, events and to
 * each other). Nothing else changes: organisations, places, projects, opportunities, events and
 * the ties among them are left as they are.
 */
export async function makeHiddenTwin(
  driver: Driver,
  database: string,
  scope: HiddenScope,
  seed: number,
): Promise<TwinReport> {
  const rand = prng(seed);
  const consentFilter = scope === 'consent-none' ? `WHERE m.consent = 'NONE'` : '';
  const hidden = await ids(driver, database, `MATCH (m:Migrant) ${consentFilter} RETURN m.id AS id ORDER BY id`);
  const orgs = await ids(driver, database, `MATCH (o:Actor) WHERE NOT o:Migrant RETURN o.id AS id ORDER BY id`);
  const employers = await ids(
    driver,
    database,
    `MATCH (o:Actor) WHERE o:Firm OR o:PublicAdministration OR o:Association RETURN o.id AS id ORDER BY id`,
  );
  const associations = await ids(driver, database, `MATCH (o:Association) RETURN o.id AS id ORDER BY id`);
  const regionsIt = await ids(driver, database, `MATCH (r:Region {country: 'IT'}) RETURN r.id AS id ORDER BY id`);
  const regionsMa = await ids(driver, database, `MATCH (r:Region {country: 'MA'}) RETURN r.id AS id ORDER BY id`);
  const projects = await ids(driver, database, `MATCH (p:ReturnProject) RETURN p.id AS id ORDER BY id`);
  const opportunities = await ids(driver, database, `MATCH (o:Opportunity) RETURN o.id AS id ORDER BY id`);
  const events = await ids(driver, database, `MATCH (e:Event) RETURN e.id AS id ORDER BY id`);

  const removed = sample(rand, hidden, 1 / 6);
  const kept = hidden.filter((id) => !removed.includes(id));
  const changed = sample(rand, kept, 1 / 3).map((id) => ({
    id,
    props: {
      name: `Twin ${Math.floor(rand() * 1e6)}`,
      city: pick(rand, CITIES),
      skills: sample(rand, SKILLS, 0.4),
      status: pick(rand, STATUSES),
      occupation: pick(rand, ['welder', 'nurse', 'farmer', 'accountant']),
      description: `Changed in the hidden twin (seed ${seed}).`,
      ...(scope === 'every-migrant' ? { consent: pick(rand, CONSENTS) } : {}),
    },
  }));
  const addedCount = 8 + Math.floor(rand() * 8);
  const added = Array.from({ length: addedCount }, (_, i) => ({
    id: `migrant-twin-${seed}-${i}`,
    props: {
      name: `Twin ${i}`,
      country: pick(rand, ['IT', 'MA']),
      city: pick(rand, CITIES),
      status: pick(rand, STATUSES),
      consent: scope === 'consent-none' ? 'NONE' : pick(rand, CONSENTS),
      skills: sample(rand, SKILLS, 0.4),
      languages: ['ar', 'it'],
      altNames: [],
      tags: [],
      services: [],
      sources: [],
      synthetic: true,
      description: 'Added in the hidden twin.',
    },
  }));

  // Ties of hidden migrants, old (kept) and new, of every type that can touch a migrant.
  const people = [...kept, ...added.map((a) => a.id)];
  const ties: Array<{ type: string; from: string; to: string; since: string }> = [];
  const tie = (type: string, from: string | undefined, to: string | undefined) => {
    if (from && to && from !== to) ties.push({ type, from, to, since: day(rand) });
  };
  for (const m of people) {
    if (rand() < 0.5) tie('EMPLOYS', pick(rand, employers), m);
    if (rand() < 0.5) tie('MEMBER_OF', m, pick(rand, associations));
    if (rand() < 0.3) tie('MENTORS', pick(rand, orgs), m);
    if (rand() < 0.2) tie('MENTORS', m, pick(rand, people));
    if (rand() < 0.3) tie('PARTNERS_WITH', m, pick(rand, orgs));
    if (rand() < 0.3) tie('LEADS', m, pick(rand, projects));
    if (rand() < 0.3) tie('APPLIED_TO', m, pick(rand, opportunities));
    if (rand() < 0.4) tie('ATTENDED', m, pick(rand, events));
    if (rand() < 0.2) tie('SUPPORTS', m, pick(rand, projects));
    if (rand() < 0.6) tie('ORIGINATES_FROM', m, pick(rand, regionsMa));
    if (rand() < 0.6) tie('BASED_IN', m, pick(rand, [...regionsIt, ...regionsMa]));
  }

  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('UNWIND $ids AS id MATCH (m:Migrant {id: id}) DETACH DELETE m', { ids: removed });
      await tx.run('UNWIND $rows AS row MATCH (m:Migrant {id: row.id}) SET m += row.props', { rows: changed });
      await tx.run(
        'UNWIND $rows AS row CREATE (m:Migrant:Actor {id: row.id}) SET m += row.props, m.createdAt = datetime()',
        { rows: added },
      );
      for (const type of new Set(ties.map((t) => t.type))) {
        const rows = ties.filter((t) => t.type === type);
        // The type comes from the fixed list above, never from input.
        await tx.run(
          `UNWIND $rows AS row MATCH (a {id: row.from}) MATCH (b {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r.since = date(row.since), r.source = 'hidden twin', r.confidence = 1.0`,
          { rows },
        );
      }
    });
  } finally {
    await session.close();
  }
  return { seed, changed: changed.length, removed: removed.length, added: added.length, tiesAdded: ties.length };
}
