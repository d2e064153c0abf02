// The edit history of ties on real Neo4j, for every shape of generated write that changes one
// (docs/privacy.md#edit-history): a root `where` on other fields than the id, an update from the
// other end, a nested update two relationships down, a disconnect picked by name, a connect. For a
// random sequence of such writes, every property of a tie that changed in the database is in the
// write's audit entry, from what to what, and a removed tie is recorded as removed.
import { describe, expect, inject, it } from 'vitest';
import { mulberry32 } from '../../../seeds/generator/prng.js';
import { useGraph } from '../helpers/ponte.js';

const FIXTURE = `
  CREATE (a:Association:Actor {id: 'assoc-th-a', name: 'TH Alpha', type: 'CULTURAL', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (n:Association:Actor {id: 'assoc-th-net', name: 'TH Net', type: 'NETWORK', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (f:Firm:Actor {id: 'firm-th', name: 'TH Firm', country: 'MA', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (a)-[:MEMBER_OF {since: date('2019-03-01'), source: 'register', confidence: 0.6}]->(n),
         (n)-[:PARTNERS_WITH {source: 'register', confidence: 0.5}]->(f)`;

const graph = useGraph(FIXTURE);
const database = () => inject('neo4jDatabase');

interface Change {
  id: string;
  tie: { type: string; from: string; to: string } | null;
  field: string;
  from: string | null;
  to: string | null;
}

/** Each write shape: its mutation for a value, and whether it applies in the current state. */
const SHAPES: { name: string; when: (connected: boolean) => boolean; mutation: (x: number) => string }[] = [
  {
    name: 'root where by name, edge update',
    when: () => true,
    mutation: (x) =>
      `updateAssociations(where: { name: { eq: "TH Alpha" } }, update: { memberOf: [{ update: { edge: { confidence: { set: ${x} } } } }] })`,
  },
  {
    name: 'from the other end, root where by name',
    when: () => true,
    mutation: (x) =>
      `updateAssociations(where: { name: { eq: "TH Net" } }, update: { members: [{ update: { edge: { confidence: { set: ${x} } } } }] })`,
  },
  {
    name: 'nested two relationships down, picked by name',
    when: (connected) => connected,
    mutation: (x) =>
      `updateAssociations(where: { id: { eq: "assoc-th-a" } }, update: { memberOf: [{ update: { where: { node: { name: { eq: "TH Net" } } }, node: { partners: [{ update: { edge: { confidence: { set: ${x} } } } }] } } }] })`,
  },
  {
    name: 'root where on another field, a node field',
    when: () => true,
    mutation: (x) =>
      `updateAssociations(where: { type: { eq: NETWORK }, name: { startsWith: "TH" } }, update: { description: { set: "d${x}" } })`,
  },
  {
    name: 'disconnect picked by name, root where by name',
    when: (connected) => connected,
    mutation: () =>
      `updateAssociations(where: { name: { eq: "TH Net" } }, update: { partners: [{ disconnect: [{ where: { node: { name: { eq: "TH Firm" } } } }] }] })`,
  },
  {
    name: 'connect again',
    when: (connected) => !connected,
    mutation: (x) =>
      `updateAssociations(where: { id: { eq: "assoc-th-net" } }, update: { partners: [{ connect: [{ where: { node: { id: { eq: "firm-th" } } }, edge: { source: "again", confidence: ${x} } }] }] })`,
  },
];

type Snapshot = Map<string, { type: string; from: string; to: string; props: Record<string, string> }>;

/** The fixture's ties and nodes, every property as text (elements keyed by the database's id). */
async function snapshot(): Promise<Snapshot> {
  const { records } = await graph.ponte().driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids
       RETURN elementId(r) AS element, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
       UNION MATCH (a) WHERE a.id IN $ids RETURN a.id AS element, null AS type, a.id AS from, null AS to, properties(a) AS props`,
    { ids: ['assoc-th-a', 'assoc-th-net', 'firm-th'] },
    { database: database() },
  );
  return new Map(
    records.map((r) => [
      r.get('element') as string,
      {
        type: r.get('type') as string,
        from: r.get('from') as string,
        to: r.get('to') as string,
        props: Object.fromEntries(
          Object.entries(r.get('props') as Record<string, unknown>)
            .filter(([k]) => k !== 'updatedAt' && k !== 'createdAt')
            .map(([k, v]) => [k, String(v)]),
        ),
      },
    ]),
  );
}

/** What changed between two snapshots: [node or tie, field, removed]. */
function differences(
  before: Snapshot,
  after: Snapshot,
): { tie: string | null; id: string; field: string; removed: boolean }[] {
  const out: { tie: string | null; id: string; field: string; removed: boolean }[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const [was, now] = [before.get(key), after.get(key)];
    const item = (now ?? was)!;
    const tie = item.type ? `${item.type} ${item.from} → ${item.to}` : null;
    for (const field of new Set([...Object.keys(was?.props ?? {}), ...Object.keys(now?.props ?? {})]))
      if (was?.props[field] !== now?.props[field]) out.push({ tie, id: item.from, field, removed: !now });
  }
  return out;
}

describe('the edit history of ties, for every shape of generated write', () => {
  it('for a random sequence of write shapes: every changed tie property and node field is in the entry', async () => {
    const rand = mulberry32(2026);
    let connected = true;
    const seen = new Set<string>();
    for (let step = 0; step < 16; step++) {
      // Random, but each shape comes at least once: half the time one not seen yet, when one applies.
      const shapes = SHAPES.filter((s) => s.when(connected));
      const unseen = shapes.filter((s) => !seen.has(s.name));
      const from = unseen.length > 0 && rand() < 0.5 ? unseen : shapes;
      const shape = from[Math.floor(rand() * from.length)]!;
      const x = Math.round(rand() * 100) / 100;
      const before = await snapshot();
      const res = await graph.asStaff(`mutation { ${shape.mutation(x)} { associations { id } } }`);
      expect(res.errors, `${shape.name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      const changed = differences(before, await snapshot());
      expect(changed.length, shape.name).toBeGreaterThan(0);
      const log = await graph.asStaff<{ auditLog: { operation: string; changes: Change[] }[] }>(
        '{ auditLog(limit: 1) { operation changes { id tie { type from to } field from to } } }',
      );
      const entry = log.data!.auditLog[0]!;
      expect(entry.operation).toBe('updateAssociations');
      for (const c of changed) {
        const found = entry.changes.find(
          (e) =>
            e.field === c.field &&
            e.id === c.id &&
            (e.tie ? `${e.tie.type} ${e.tie.from} → ${e.tie.to}` : null) === c.tie,
        );
        expect(found, `${shape.name}: ${JSON.stringify(c)} in ${JSON.stringify(entry.changes)}`).toBeDefined();
        if (c.removed) expect(found!.to).toBeNull();
        if (c.field === 'confidence' && !c.removed) expect(found!.to).toBe(String(x));
      }
      if (shape.name.startsWith('disconnect')) connected = false;
      if (shape.name === 'connect again') connected = true;
      seen.add(shape.name);
    }
    expect(seen.size).toBe(SHAPES.length);
  });

  it('names the nodes a write reached without their ids in its entry, so their history shows it', async () => {
    await graph.asStaff(
      'mutation { updateAssociations(where: { name: { eq: "TH Alpha" } }, update: { memberOf: [{ update: { edge: { confidence: { set: 0.42 } } } }] }) { info { relationshipsCreated } } }',
    );
    for (const actor of ['assoc-th-a', 'assoc-th-net']) {
      const log = await graph.asStaff<{ auditLog: { changes: Change[] }[] }>(
        'query ($actor: ID) { auditLog(actor: $actor, limit: 1) { changes { field to } } }',
        { actor },
      );
      expect(log.data!.auditLog[0]!.changes).toContainEqual({ field: 'confidence', to: '0.42' });
    }
  });
});
