// Both URI schemes work: neo4j:// asks the server for a routing table (what a cluster or Aura
// needs), bolt:// connects directly. A single Community server answers both.
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';

describe('driver URI schemes', () => {
  for (const scheme of ['bolt', 'neo4j'] as const) {
    it(`${scheme}:// runs READ and WRITE transactions`, async () => {
      const uri = inject('neo4jUri').replace(/^bolt:\/\//, `${scheme}://`);
      const driver = createDriver({ uri, username: 'neo4j', password: '' });
      try {
        const database = inject('neo4jDatabase');
        const read = await driver.executeQuery('RETURN 1 AS one', {}, { database, routing: neo4j.routing.READ });
        expect(read.records[0]!.get('one').toNumber()).toBe(1);
        const write = await driver.executeQuery(
          'CREATE (n:RoutingProbe) WITH n DELETE n RETURN 2 AS two',
          {},
          { database, routing: neo4j.routing.WRITE },
        );
        expect(write.records[0]!.get('two').toNumber()).toBe(2);
      } finally {
        await driver.close();
      }
    });
  }
});
