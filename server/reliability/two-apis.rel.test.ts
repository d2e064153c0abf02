// Stateless API: two processes on one Neo4j; a write through one is read back through the other.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeTestDriver, wipeTestDatabase } from '../test/helpers/neo4j.js';
import { postGraphql, staffHeaders, startApiProcess, type ApiProcess } from './api-process.js';

let a: ApiProcess;
let b: ApiProcess;
let staff: Record<string, string>;

beforeAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  [a, b] = await Promise.all([startApiProcess(inject('neo4jUri')), startApiProcess(inject('neo4jUri'))]);
  staff = await staffHeaders(a.base, inject('neo4jUri'), inject('neo4jDatabase'));
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe('two API processes on one Neo4j', () => {
  it('read through one what was written through the other, at once', async () => {
    for (let i = 0; i < 20; i++) {
      const id = `assoc-two-apis-${i}`;
      const write = await postGraphql(
        a.base,
        'mutation($id: ID!) { createAssociations(input: [{ id: $id, name: "Two APIs", country: MA, type: NETWORK }]) { associations { id } } }',
        { id },
        staff,
      );
      expect(write.body?.errors).toBeUndefined();
      const read = await postGraphql(
        b.base,
        'query($id: ID!) { associations(where: { id: { eq: $id } }) { id country } }',
        { id },
      );
      expect(read.body?.data).toEqual({ associations: [{ id, country: 'MA' }] });
    }
  });
});
