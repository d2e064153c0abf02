import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  decode,
  diffNodes,
  diffTies,
  encode,
  readChanges,
  sameTarget,
  showValue,
  storeChanges,
  type NodeState,
  type TieState,
} from './changes.js';

const node = (labels: string[], props: Record<string, unknown>): NodeState => ({ labels, props });

describe('the changes of a write', () => {
  it('records each changed field, from and to, typed; automatic timestamps are no change', () => {
    const before = new Map([
      ['assoc-a', node(['Association', 'Actor'], { name: 'A', members: neo4j.int(10), tags: ['x'], updatedAt: 1 })],
    ]);
    const after = new Map([
      [
        'assoc-a',
        node(['Association', 'Actor'], {
          name: 'A',
          members: neo4j.int(12),
          tags: ['x', 'y'],
          city: 'Torino',
          updatedAt: 2,
        }),
      ],
    ]);
    const changes = diffNodes(before, after);
    expect(changes).toEqual([
      { id: 'assoc-a', field: 'city', personal: false, to: 'Torino' },
      { id: 'assoc-a', field: 'members', personal: false, from: { int: '10' }, to: { int: '12' } },
      { id: 'assoc-a', field: 'tags', personal: false, from: ['x'], to: ['x', 'y'] },
    ]);
    expect(readChanges(storeChanges(changes))).toEqual(changes);
    expect(changes.map((c) => [showValue(c.field, c.from), showValue(c.field, c.to)])).toEqual([
      [null, 'Torino'],
      ['10', '12'],
      ['["x"]', '["x","y"]'],
    ]);
  });

  it("never keeps a migrant's personal values, for any of them, on create and on update", () => {
    for (const field of ['fullName', 'email', 'phone', 'birthYear']) {
      for (const was of [undefined, 'secret-before']) {
        const before = new Map(was ? [['migrant-m', node(['Migrant', 'Actor'], { [field]: was })]] : []);
        const after = new Map([['migrant-m', node(['Migrant', 'Actor'], { [field]: 'secret-after' })]]);
        const stored = JSON.stringify(storeChanges(diffNodes(before, after)));
        expect(stored).not.toContain('secret');
        expect(readChanges(JSON.parse(stored))).toEqual([
          { id: 'migrant-m', field, personal: true, ...(was ? {} : { created: true }) },
        ]);
      }
    }
    // The same field names on an organisation are not personal.
    const org = diffNodes(new Map(), new Map([['firm-f', node(['Firm', 'Actor'], { email: 'info@firm.example' })]]));
    expect(org[0]).toMatchObject({ personal: false, to: 'info@firm.example', created: true });
  });

  it("records a tie's changed fields by type and ends, paired by relationship; a removed tie as removed", () => {
    const key = { type: 'MEMBER_OF', from: 'assoc-a', to: 'assoc-n' };
    const tie = (props: Record<string, unknown>, k = key): TieState => ({ key: k, props });
    const before = new Map([
      ['r1', tie({ since: new neo4j.Date(2019, 3, 1), confidence: 0.6, source: 's' })],
      ['r2', tie({ confidence: 0.5, source: 's' }, { ...key, to: 'assoc-m' })],
    ]);
    const after = new Map([
      ['r1', tie({ since: new neo4j.Date(2018, 5, 1), confidence: 0.6, source: 's', note: 'n' })],
      ['r3', tie({ confidence: 1, source: 't' }, { ...key, type: 'LEADS' })],
    ]);
    const changes = diffTies(before, after);
    expect(changes).toEqual([
      { id: 'assoc-a', tie: { ...key, type: 'LEADS' }, field: 'confidence', personal: false, created: true, to: 1 },
      { id: 'assoc-a', tie: { ...key, type: 'LEADS' }, field: 'source', personal: false, created: true, to: 't' },
      { id: 'assoc-a', tie: key, field: 'note', personal: false, to: 'n' },
      {
        id: 'assoc-a',
        tie: key,
        field: 'since',
        personal: false,
        from: { date: '2019-03-01' },
        to: { date: '2018-05-01' },
      },
      // r2 is gone: each property it had, with its old value and no new one.
      { id: 'assoc-a', tie: { ...key, to: 'assoc-m' }, field: 'confidence', personal: false, from: 0.5, removed: true },
      { id: 'assoc-a', tie: { ...key, to: 'assoc-m' }, field: 'source', personal: false, from: 's', removed: true },
    ]);
    expect(readChanges(storeChanges(changes))).toEqual(changes);
    // A tie's change is not the node's, nor another tie's.
    const since = changes[3]!;
    expect(sameTarget(since, 'assoc-a', 'since', key)).toBe(true);
    expect(sameTarget(since, 'assoc-a', 'since', undefined)).toBe(false);
    expect(sameTarget(since, 'assoc-a', 'since', { ...key, to: 'assoc-m' })).toBe(false);
    expect(sameTarget({ id: 'assoc-a', field: 'since', personal: false }, 'assoc-a', 'since', undefined)).toBe(true);
  });

  it('encodes and decodes every stored type exactly', () => {
    for (const value of ['s', 1.5, true, neo4j.int(7), new neo4j.Date(2008, 3, 15), ['a', 'b']]) {
      const encoded = encode(value);
      expect(encode(decode(encoded))).toEqual(encoded);
    }
    expect(decode(encode(new neo4j.Date(2008, 3, 15)))).toEqual(new neo4j.Date(2008, 3, 15));
    expect(encode(null)).toBeUndefined();
    expect(showValue('evidence', ['{"title":"T","page":"3"}'])).toBe('[{"title":"T","page":"3"}]');
  });
});
