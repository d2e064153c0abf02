// Thousands of seeded hostile and malformed requests: zero 5xx, zero internals leaked, nothing
// written, and the server healthy afterwards. Replay a failure with RELIABILITY_SEED.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootPonte, type BootedPonte } from '../src/boot.js';
import { parseConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { closeTestDriver, wipeTestDatabase } from '../test/helpers/neo4j.js';
import { hostileRequests, LEAK_PATTERNS } from './hostile.js';

const SEED = Number(process.env.RELIABILITY_SEED ?? 20261129);
const COUNT = Number(process.env.RELIABILITY_HOSTILE_COUNT ?? 3000);
let ponte: BootedPonte;
let base: string;

async function graphCount(): Promise<string> {
  const r = await ponte.driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels', {}, { database: inject('neo4jDatabase') });
  return `${r.records[0]!.get('nodes')}/${r.records[0]!.get('rels')}`;
}

beforeAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', PONTE_RATE_LIMIT: '0', NEO4J_DATABASE: inject('neo4jDatabase') });
  ponte = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
  base = `http://127.0.0.1:${ponte.port}`;
});

afterAll(async () => {
  await ponte?.shutdown();
});

describe(`${COUNT} hostile requests (seed ${SEED})`, () => {
  it('get no 5xx, leak nothing, change nothing, and leave the server healthy', async () => {
    const before = await graphCount();
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    const requests = [...hostileRequests(SEED, COUNT)];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const i = next++;
        const req = requests[i]!;
        const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': req.contentType }, body: req.body });
        const text = await res.text();
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        if (res.status >= 500) failures.push(`#${i} ${req.kind}: HTTP ${res.status} ${text.slice(0, 200)}`);
        const leak = LEAK_PATTERNS.find((p) => p.test(text));
        if (leak) failures.push(`#${i} ${req.kind}: leaked ${leak} in ${text.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(`hostile requests by HTTP status: ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(await graphCount()).toBe(before);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const ok = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(text: "iom", limit: 1) { id } }' }) });
    expect(ok.status).toBe(200);
  });
});
