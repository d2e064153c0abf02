import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from '../../test/helpers/neo4j.js';
import { applyMigrations } from '../db/migrations.js';
import { paths } from '../paths.js';
import { countSeedSet, isDatabaseEmpty, loadSeeds } from './load.js';
import { TIE_TYPES } from './seed-schema.js';
import { type SeedSet, SeedValidationError, validateSeedDir } from './validate.js';

let seeds: SeedSet;
let seedIds: string[];
const tempDirs: string[] = [];

beforeAll(async () => {
  await wipeTestDatabase();
  // As at start (boot.ts): the unique-id constraints are what make the MERGEs index lookups.
  await applyMigrations(testDriver(), testDatabase());
  seeds = await validateSeedDir(paths.seedData);
  seedIds = seeds.nodes.map((node) => node.id);
});

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  await closeTestDriver();
});

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const result = await testDriver().executeQuery(cypher, params, { database: testDatabase() });
  return result.records.map((record) => record.toObject());
}

/** A copy of seeds/data that a test may edit. */
async function copyOfSeeds(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ponte-seeds-'));
  tempDirs.push(dir);
  await cp(paths.seedData, dir, { recursive: true });
  return dir;
}

async function editJson(
  file: string,
  edit: (json: { nodes?: Record<string, unknown>[]; ties?: Record<string, unknown>[] }) => void,
): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  edit(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}

/** Counts of the seeded graph per label and relationship type, limited to seed ids. */
async function graphCounts() {
  const nodes: Record<string, number> = {};
  for (const row of await query(
    'MATCH (n) WHERE n.id IN $ids UNWIND labels(n) AS label RETURN label, count(*) AS count',
    { ids: seedIds },
  )) {
    nodes[row.label as string] = (row.count as neo4j.Integer).toNumber();
  }
  const relationships: Record<string, number> = {};
  for (const row of await query(
    'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN type(r) AS type, count(*) AS count',
    { ids: seedIds },
  )) {
    relationships[row.type as string] = (row.count as neo4j.Integer).toNumber();
  }
  return { nodes, relationships };
}

/** A digest of every label, property and relationship of the seeded graph, in a stable order. */
async function graphHash(): Promise<string> {
  const nodes = await query(
    'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    { ids: seedIds },
  );
  const ties = await query(
    'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY type, from, to',
    { ids: seedIds },
  );
  const canonical = JSON.stringify([...nodes, ...ties], (_key, value: unknown) => {
    if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
    // Neo4j temporal and integer values print as their ISO / decimal form.
    if (neo4j.isInt(value) || neo4j.isDate(value) || neo4j.isDateTime(value))
      return `${value.constructor.name}:${value.toString()}`;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  });
  return createHash('sha256').update(canonical).digest('hex');
}

describe('loadSeeds on a real Neo4j', () => {
  it('loads seeds/data into an empty database in one go', async () => {
    expect(await isDatabaseEmpty(testDriver(), testDatabase())).toBe(true);

    const summary = await loadSeeds(testDriver(), { database: testDatabase(), dir: paths.seedData });

    const expected = countSeedSet(seeds);
    expect(summary.nodes).toEqual(expected.nodes);
    expect(summary.relationships).toEqual(expected.relationships);
    expect(summary.created).toEqual(expected.totals);
    expect(summary.files).toContain('seeds/data/ties.json');
    expect(await graphCounts()).toEqual({ nodes: expected.nodes, relationships: expected.relationships });
    expect(await isDatabaseEmpty(testDriver(), testDatabase())).toBe(false);
  });

  it('writes every relationship type', async () => {
    const rows = await query('MATCH (a)-[r]->(b) WHERE a.id IN $ids RETURN DISTINCT type(r) AS type', { ids: seedIds });
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(TIE_TYPES));
  });

  it('stores values with the types of docs/data-model.md', async () => {
    const [actor] = await query("MATCH (n:Migrant {id: 'migrant-youssef-b'}) RETURN labels(n) AS labels, n AS node");
    expect(actor!.labels).toEqual(expect.arrayContaining(['Actor', 'Migrant']));
    const props = (actor!.node as neo4j.Node).properties;
    expect(neo4j.isInt(props.education)).toBe(true);
    expect(neo4j.isDateTime(props.createdAt)).toBe(true);
    expect(neo4j.isDateTime(props.updatedAt)).toBe(true);
    expect(props).not.toHaveProperty('kind');
    expect(props.altNames).toEqual([]);

    const [region] = await query(
      "MATCH (n:Region {id: 'region-beni-mellal-khenifra'}) RETURN labels(n) AS labels, n.code AS code, n.lat AS lat",
    );
    expect(region).toMatchObject({ labels: ['Region'], code: 'MA-05' });
    expect(typeof region!.lat).toBe('number');

    const [event] = await query("MATCH (e:Event {id: 'event-mig-ressources-results-2009'}) RETURN e.date AS date");
    expect(neo4j.isDate(event!.date)).toBe(true);
    expect(String(event!.date)).toBe('2009-10-20');

    const [tie] = await query(
      "MATCH (:Actor {id: 'pa-iom-italy'})-[r:PARTNERS_WITH]->(:Actor {id: 'assoc-cerfe'}) RETURN r AS r",
    );
    const tieProps = (tie!.r as neo4j.Relationship).properties;
    expect(String(tieProps.since)).toBe('2006-05-05');
    expect(String(tieProps.until)).toBe('2009-12-31');
    expect(tieProps).toMatchObject({ kind: 'PROGRAMME', confidence: 0.95 });
  });

  it('loading twice changes nothing', async () => {
    const countsBefore = await graphCounts();
    const hashBefore = await graphHash();

    const summary = await loadSeeds(testDriver(), { database: testDatabase(), dir: paths.seedData });

    expect(summary.created).toEqual({ nodes: 0, relationships: 0 });
    expect(await graphCounts()).toEqual(countsBefore);
    expect(await graphHash()).toBe(hashBefore);
  });

  it('refuses a malformed seed directory, naming file, record and field, and writes nothing', async () => {
    const dir = await copyOfSeeds();
    await editJson(path.join(dir, 'synthetic-people.json'), (json) => {
      json.nodes![2]!.consent = 'MAYBE';
      json.nodes!.push({
        kind: 'Association',
        id: 'assoc-only-in-bad-seeds',
        name: 'Should never be written',
        country: 'IT',
        type: 'CULTURAL',
        synthetic: true,
      });
    });
    await editJson(path.join(dir, 'ties.json'), (json) => {
      json.ties!.push({
        type: 'MENTORS',
        from: 'assoc-only-in-bad-seeds',
        to: 'migrant-nobody',
        source: 'test',
        confidence: 0.5,
      });
    });
    const hashBefore = await graphHash();
    const tiesInFile = (
      JSON.parse(await readFile(path.join(paths.seedData, 'ties.json'), 'utf8')) as { ties: unknown[] }
    ).ties.length;

    const failure = await loadSeeds(testDriver(), { database: testDatabase(), dir }).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(SeedValidationError);
    const issues = (failure as SeedValidationError).issues;
    expect((failure as SeedValidationError).code).toBe('SEED_INVALID');
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: path.join(dir, 'synthetic-people.json'),
          record: expect.objectContaining({ index: 2 }),
          field: 'consent',
        }),
        expect.objectContaining({
          file: path.join(dir, 'ties.json'),
          record: expect.objectContaining({
            section: 'ties',
            index: tiesInFile,
            id: 'MENTORS assoc-only-in-bad-seeds → migrant-nobody',
          }),
          field: 'to',
          message: 'unknown id "migrant-nobody"; add it to a node file or fix the id',
        }),
      ]),
    );
    expect(await graphHash()).toBe(hashBefore);
    expect(await query("MATCH (n {id: 'assoc-only-in-bad-seeds'}) RETURN n")).toHaveLength(0);
  });

  it('updates a changed record in place: new values, removed ones gone, createdAt kept', async () => {
    const [before] = await query(
      "MATCH (n:Association {id: 'assoc-cerfe'}) MATCH (:Actor {id: 'pa-iom-italy'})-[r:PARTNERS_WITH]->(n) RETURN n.createdAt AS createdAt, n.updatedAt AS updatedAt, r.until AS until",
    );
    expect(before!.until).not.toBeNull();
    const hashBefore = await graphHash();
    const dir = await copyOfSeeds();
    await editJson(path.join(dir, 'organisations.json'), (json) => {
      const cerfe = json.nodes!.find((node) => node.id === 'assoc-cerfe')!;
      cerfe.description = 'Edited description';
    });
    await editJson(path.join(dir, 'ties.json'), (json) => {
      const tie = json.ties!.find(
        (t) => t.type === 'PARTNERS_WITH' && t.from === 'pa-iom-italy' && t.to === 'assoc-cerfe',
      )!;
      delete tie.until;
    });

    const summary = await loadSeeds(testDriver(), { database: testDatabase(), dir });

    expect(summary.created).toEqual({ nodes: 0, relationships: 0 });
    expect(await graphHash()).not.toBe(hashBefore);
    const [after] = await query(
      "MATCH (n:Association {id: 'assoc-cerfe'}) MATCH (:Actor {id: 'pa-iom-italy'})-[r:PARTNERS_WITH]->(n) RETURN n.createdAt AS createdAt, n.updatedAt AS updatedAt, n.description AS description, r.until AS until",
    );
    expect(after!.description).toBe('Edited description');
    expect(after!.until).toBeNull();
    expect(String(after!.createdAt)).toBe(String(before!.createdAt));
    expect(String(after!.updatedAt)).not.toBe(String(before!.updatedAt));

    // Back to the files as they are, for whoever runs next.
    await loadSeeds(testDriver(), { database: testDatabase(), dir: paths.seedData });
  });
});
