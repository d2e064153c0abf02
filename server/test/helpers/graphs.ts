/**
 * The graphs the equivalence tests ask their questions on: the seed data, or a small generated
 * graph with hubs, loaded into the test database (which the file then owns).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateScale } from '../../../seeds/generator/scale.js';
import { applyMigrations } from '../../src/db/migrations.js';
import { paths } from '../../src/paths.js';
import { bulkLoad } from '../../src/seeds/bulk-load.js';
import { loadSeeds } from '../../src/seeds/load.js';
import { testDatabase, testDriver, wipeTestDatabase } from './neo4j.js';

/** The `id` column of a read on the test database. */
export async function idsOf(cypher: string): Promise<string[]> {
  const { records } = await testDriver().executeQuery(cypher, {}, { database: testDatabase() });
  return records.map((r) => r.get('id') as string);
}

/** Replaces the test database's graph with the seed data. */
export async function useSeedData(): Promise<void> {
  await wipeTestDatabase();
  await applyMigrations(testDriver(), testDatabase());
  await loadSeeds(testDriver(), { database: testDatabase(), dir: paths.seedData });
}

/** Replaces the test database's graph with a generated one (seeds/generator/scale.ts). */
export async function useGeneratedGraph(scale: { actors: number; ties: number; seed: number }): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ponte-generated-'));
  try {
    generateScale({ ...scale, out: dir, regionsFile: path.join(paths.seedData, 'regions.json') });
    await wipeTestDatabase();
    await applyMigrations(testDriver(), testDatabase());
    await bulkLoad(testDriver(), { database: testDatabase(), dir, batchSize: 5_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
