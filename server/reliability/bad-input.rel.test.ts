// Thousands of seeded hostile and malformed requests, anonymous: every answer a coded 4xx or a 200
// without hidden data (no migrant's id or full name: anonymous sees migrants only as counts), no
// INTERNAL_SERVER_ERROR, zero internals leaked, nothing written, and the server healthy
// afterwards. Replay a failure with RELIABILITY_SEED.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootPonte, type BootedPonte } from '../src/boot.js';
import { parseConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { closeTestDriver, wipeTestDatabase } from '../test/helpers/neo4j.js';
import { hostileRequests, LEAK_PATTERNS } from './hostile.js';

const SEED = Number(process.env.RELIABILITY_SEED ?? 20261129);
const COUNT = Number(process.env.RELIABILITY_HOSTILE_COUNT ?? 5000);
let ponte: BootedPonte;
let base: string;

async function graphCount(): Promise<string> {
  const r = await ponte.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
    {},
    { database: inject('neo4jDatabase') },
  );
  return `${r.records[0]!.get('nodes')}/${r.records[0]!.get('rels')}`;
}

beforeAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  const config = parseConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    PONTE_RATE_LIMIT: '0',
    NEO4J_DATABASE: inject('neo4jDatabase'),
  });
  ponte = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
  base = `http://127.0.0.1:${ponte.port}`;
});

afterAll(async () => {
  await ponte?.shutdown();
});

describe(`${COUNT} hostile requests (seed ${SEED})`, () => {
  it('get a coded 4xx or a 200 without hidden data, leak nothing, change nothing, and leave the server healthy', async () => {
    const before = await graphCount();
    const hidden = await ponte.driver.executeQuery(
      'MATCH (m:Migrant) RETURN collect(m.id) + collect(m.fullName) AS values',
      {},
      { database: inject('neo4jDatabase') },
    );
    const hiddenValues = (hidden.records[0]!.get('values') as string[]).filter((v) => v.length >= 6);
    expect(hiddenValues.length).toBeGreaterThan(0);
    const started = Date.now();
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    const requests = [...hostileRequests(SEED, COUNT)];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const i = next++;
        const req = requests[i]!;
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': req.contentType },
          body: req.body,
        });
        const text = await res.text();
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        if (res.status >= 500) failures.push(`#${i} ${req.kind}: HTTP ${res.status} ${text.slice(0, 200)}`);
        const codes = answerCodes(text);
        if (res.status >= 400 && (codes.length === 0 || codes.includes(undefined)))
          failures.push(`#${i} ${req.kind}: HTTP ${res.status} without a code: ${text.slice(0, 200)}`);
        if (codes.includes('INTERNAL_SERVER_ERROR'))
          failures.push(`#${i} ${req.kind}: INTERNAL_SERVER_ERROR for ${req.body.slice(0, 200)}`);
        const shown = res.status === 200 ? hiddenValues.find((v) => text.includes(v)) : undefined;
        if (shown)
          failures.push(
            `#${i} ${req.kind}: answered a hidden migrant's ${shown.startsWith('migrant-') ? 'id' : 'name'} to ${req.body.slice(0, 200)}`,
          );
        const leak = LEAK_PATTERNS.find((p) => p.test(text));
        if (leak) failures.push(`#${i} ${req.kind}: leaked ${leak} in ${text.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(
      `${COUNT} hostile requests in ${((Date.now() - started) / 1000).toFixed(1)} s, by HTTP status: ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(await graphCount()).toBe(before);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const ok = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "iom", limit: 1) { id } }' }),
    });
    expect(ok.status).toBe(200);
  });
});

/** The `extensions.code` of each error of a JSON answer (undefined for an error without one); none for other bodies. */
function answerCodes(text: string): Array<string | undefined> {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    return (body.errors ?? []).map((e) => e.extensions?.code);
  } catch {
    return [];
  }
}
