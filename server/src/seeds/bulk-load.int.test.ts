import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScale, type ScaleManifest } from '../../../seeds/generator/scale.js';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from '../../test/helpers/neo4j.js';
import { applyMigrations } from '../db/migrations.js';
import { paths } from '../paths.js';
import { type BulkProgress, bulkLoad } from './bulk-load.js';

let dir: string;
let manifest: ScaleManifest;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ponte-scale-'));
  manifest = generateScale({
    actors: 2_000,
    ties: 12_000,
    seed: 3,
    out: dir,
    regionsFile: path.join(paths.seedData, 'regions.json'),
  });
  await wipeTestDatabase();
  await applyMigrations(testDriver(), testDatabase());
});

afterAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  await rm(dir, { recursive: true, force: true });
});

async function counts() {
  const run = async (cypher: string) =>
    (await testDriver().executeQuery(cypher, {}, { database: testDatabase() })).records;
  const nodes: Record<string, number> = {};
  for (const r of await run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n'))
    nodes[r.get('label') as string] = (r.get('n') as neo4j.Integer).toNumber();
  const ties: Record<string, number> = {};
  for (const r of await run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n'))
    ties[r.get('type') as string] = (r.get('n') as neo4j.Integer).toNumber();
  const [sum] = await run('MATCH ()-[r]->() RETURN sum(r.confidence) AS confidence, count(r.since) AS since');
  return {
    nodes,
    ties,
    confidence: sum!.get('confidence') as number,
    since: (sum!.get('since') as neo4j.Integer).toNumber(),
  };
}

describe('bulkLoad of a generated graph', () => {
  it('loads every node and tie of the manifest, in batches, with progress', async () => {
    const progress: BulkProgress[] = [];
    const summary = await bulkLoad(testDriver(), {
      database: testDatabase(),
      dir,
      batchSize: 1_000,
      onProgress: (p) => progress.push(p),
    });

    expect(summary.created).toEqual({ nodes: manifest.nodes, ties: manifest.ties });
    const after = await counts();
    expect(after.nodes).toEqual(manifest.nodesByLabel);
    expect(after.ties).toEqual(manifest.tiesByType);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toMatchObject({
      phase: 'ties',
      done: manifest.nodes + manifest.ties,
      total: manifest.nodes + manifest.ties,
    });
    expect(summary.rate.ties).toBeGreaterThan(0);

    const [tie] = (
      await testDriver().executeQuery(
        'MATCH (:Actor)-[r:MEMBER_OF]->(:Association) RETURN r.since AS since LIMIT 1',
        {},
        { database: testDatabase() },
      )
    ).records;
    expect(neo4j.isDate(tie!.get('since'))).toBe(true);
    const [migrant] = (
      await testDriver().executeQuery(
        'MATCH (m:Migrant) RETURN labels(m) AS labels, m.education AS education LIMIT 1',
        {},
        { database: testDatabase() },
      )
    ).records;
    expect(migrant!.get('labels')).toEqual(expect.arrayContaining(['Actor', 'Migrant']));
    expect(neo4j.isInt(migrant!.get('education'))).toBe(true);
  });

  it('is re-runnable: a second run creates nothing and changes nothing', async () => {
    const before = await counts();
    const summary = await bulkLoad(testDriver(), { database: testDatabase(), dir, batchSize: 5_000 });
    expect(summary.created).toEqual({ nodes: 0, ties: 0 });
    expect(await counts()).toEqual(before);
  });

  it('has hubs: the degree distribution is heavy-tailed', async () => {
    const { records } = await testDriver().executeQuery(
      'MATCH (a:Actor) RETURN COUNT { (a)--() } AS degree ORDER BY degree DESC',
      {},
      { database: testDatabase() },
    );
    const degrees = records.map((r) => (r.get('degree') as neo4j.Integer).toNumber());
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees[0]! / median).toBeGreaterThan(20);
  });
});
