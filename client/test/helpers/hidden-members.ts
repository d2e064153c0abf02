// Browser tests of masking need an organisation with members who refused to be named. They find
// one in the loaded seed rather than naming it: the curated generator decides who consents, and a
// test that names the organisation silently stops testing anything when it changes.
import type { BootedPonte } from '../../../server/src/boot.js';
import { testDatabase } from '../../../server/test/helpers/neo4j.js';

export interface HiddenMembers {
  readonly id: string;
  readonly name: string;
  /** Its members with consent NONE, whom no visitor may see. */
  readonly hidden: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

/**
 * The association with the most members who gave no consent (ties broken by id), among those that
 * also have a member association, so that a visitor still sees a list and a canvas.
 */
export async function associationWithHiddenMembers(ponte: BootedPonte): Promise<HiddenMembers> {
  const { records } = await ponte.driver.executeQuery(
    `MATCH (a:Association)<-[:MEMBER_OF]-(m:Migrant {consent: 'NONE'})
     WHERE EXISTS { (a)<-[:MEMBER_OF]-(:Association) }
     WITH a, collect({id: m.id, name: m.name}) AS hidden
     RETURN a.id AS id, a.name AS name, hidden ORDER BY size(hidden) DESC, id LIMIT 1`,
    {},
    { database: testDatabase() },
  );
  const record = records[0];
  if (!record) throw new Error('The seed has no association with a member who gave no consent: masking is untested');
  return {
    id: record.get('id') as string,
    name: record.get('name') as string,
    hidden: record.get('hidden') as HiddenMembers['hidden'],
  };
}
