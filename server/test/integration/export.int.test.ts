// Export on real Neo4j with the seed data: the round trip (export → wipe → load → export gives the
// same bytes), each format parses with the expected counts, filters, the staff-only API with its
// audit and rate limit, and the CLI command.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BootedPonte } from '../../src/boot.js';
import { exportGraph } from '../../src/io/export/index.js';
import { writeExport } from '../../src/io/export/write-files.js';
import { paths, repoRoot } from '../../src/paths.js';
import { loadSeeds } from '../../src/seeds/load.js';
import { validateSeedDir } from '../../src/seeds/validate.js';
import { gql } from '../helpers/http.js';
import { bootTestPonte, signedIn } from '../helpers/ponte.js';

const PASSWORD = 'export test password, long enough';
let ponte: BootedPonte;
let base: string;
let work: string;
const tokens: Record<string, string> = {};
const database = () => inject('neo4jDatabase');

beforeAll(async () => {
  const booted = await bootTestPonte({ seed: 'auto' });
  ({ ponte, base } = booted);
  for (const [name, role] of [
    ['analyst', 'analyst'],
    ['partner', 'partner'],
    ['staff', 'staff'],
    ['admin', 'admin'],
    ['busy', 'staff'],
  ] as const) {
    tokens[name] = await signedIn(
      booted,
      `${name}@export.example`,
      PASSWORD,
      role,
      role === 'partner' ? 'assoc-cerfe' : null,
    );
  }
  work = await mkdtemp(path.join(tmpdir(), 'ponte-export-'));
});

afterAll(async () => {
  await ponte?.shutdown();
  if (work) await rm(work, { recursive: true, force: true });
});

async function readFolder(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)),
  );
}

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('round trip', () => {
  it(
    'export → wipe → load → export gives byte-identical JSON and CSV, and the JSON holds exactly the seed records',
    { timeout: 240_000 },
    async () => {
      const first = { json: path.join(work, 'json-1'), csv: path.join(work, 'csv-1') };
      const second = { json: path.join(work, 'json-2'), csv: path.join(work, 'csv-2') };
      const all = { personalFields: true };
      await writeExport(await exportGraph(ponte.driver, database(), 'json', all), first.json);
      await writeExport(await exportGraph(ponte.driver, database(), 'csv', all), first.csv);

      // The exported folder is a valid seed set with exactly the seed data's records (defaults applied).
      const seeds = await validateSeedDir(paths.seedData);
      const exported = await validateSeedDir(first.json);
      expect(exported.nodes.length).toBe(seeds.nodes.length);
      expect(exported.ties.length).toBe(seeds.ties.length);
      expect(byId(exported.nodes)).toEqual(byId(seeds.nodes));
      const tieKey = (t: { type: string; from: string; to: string }) => `${t.type}|${t.from}|${t.to}`;
      const sortTies = <T extends { type: string; from: string; to: string }>(ties: readonly T[]) =>
        [...ties].sort((a, b) => (tieKey(a) < tieKey(b) ? -1 : 1));
      expect(sortTies(exported.ties)).toEqual(sortTies(seeds.ties));

      await ponte.driver.executeQuery(
        'MATCH (n) WHERE NOT n:User AND NOT n:AuditEvent DETACH DELETE n',
        {},
        { database: database() },
      );
      const { records } = await ponte.driver.executeQuery(
        'MATCH (n) WHERE NOT n:User AND NOT n:AuditEvent RETURN count(n) AS n',
        {},
        { database: database() },
      );
      expect(Number(records[0]!.get('n'))).toBe(0);
      await loadSeeds(ponte.driver, { database: database(), dir: first.json });

      await writeExport(await exportGraph(ponte.driver, database(), 'json', all), second.json);
      await writeExport(await exportGraph(ponte.driver, database(), 'csv', all), second.csv);
      const [json1, json2, csv1, csv2] = await Promise.all([
        readFolder(first.json),
        readFolder(second.json),
        readFolder(first.csv),
        readFolder(second.csv),
      ]);
      expect(Object.keys(json1)).toContain('nodes-Migrant.json');
      expect(Object.keys(csv1)).toContain('ties-ATTENDED.csv');
      expect(json2).toEqual(json1);
      expect(csv2).toEqual(csv1);
    },
  );

  it('CSV follows RFC 4180: a header of the model fields, CRLF rows, quoted commas and quotes', async () => {
    const csv = await readFolder(path.join(work, 'csv-1'));
    const associations = csv['nodes-Association.csv']!;
    const lines = associations.split('\r\n');
    expect(lines[0]).toBe(
      'id,altNames,city,closed,country,description,evidence,founded,members,name,services,sources,synthetic,tags,type,website',
    );
    expect(lines.at(-1)).toBe('');
    expect(associations).toMatch(/\r\n[^\r\n]*"[^"\r\n]*,[^"\r\n]*"/); // some description holds a comma, quoted
    const ties = csv['ties-PARTNERS_WITH.csv']!.split('\r\n');
    expect(ties[0]).toBe('from,to,confidence,evidence,kind,note,since,source,until');
    expect(ties.length - 2).toBe(
      (await validateSeedDir(paths.seedData)).ties.filter((t) => t.type === 'PARTNERS_WITH').length,
    );
  });
});

describe('formats and filters', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['node', 'edge', 'key', 'data', 'attvalue', 'attribute', 'attributes'].includes(name),
  });

  it('GraphML is well-formed XML with typed keys and one node and edge per record', async () => {
    const result = await exportGraph(ponte.driver, database(), 'graphml');
    const xml = result.files[0]!.content;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    const graph = doc.graphml.graph;
    expect(graph.node.length).toBe(result.nodes);
    expect(graph.edge.length).toBe(result.ties);
    expect(result.nodes).toBeGreaterThan(1000);
    const keys = doc.graphml.key as Array<Record<string, string>>;
    expect(keys.find((k) => k['@_id'] === 'e_confidence')?.['@_attr.type']).toBe('double');
    expect(keys.find((k) => k['@_id'] === 'n_education')?.['@_attr.type']).toBe('int');
    // Personal fields are left out unless asked for.
    expect(keys.some((k) => ['n_fullName', 'n_email', 'n_phone', 'n_birthYear'].includes(k['@_id']!))).toBe(false);
    expect(xml).not.toMatch(/@example\.org/);
  });

  it('GEXF 1.3 is well-formed, with kind attributes, labels and since/until as start/end', async () => {
    const result = await exportGraph(ponte.driver, database(), 'gexf');
    const xml = result.files[0]!.content;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.gexf['@_version']).toBe('1.3');
    const graph = doc.gexf.graph;
    expect(graph['@_mode']).toBe('dynamic');
    const nodes = graph.nodes.node as Array<Record<string, unknown>>;
    const edges = graph.edges.edge as Array<Record<string, unknown>>;
    expect(nodes.length).toBe(result.nodes);
    expect(edges.length).toBe(result.ties);
    const cerfe = nodes.find((n) => n['@_id'] === 'assoc-cerfe')!;
    expect(cerfe['@_label']).toBe('CERFE');
    expect(
      (cerfe.attvalues as { attvalue: Array<Record<string, string>> }).attvalue.find((a) => a['@_for'] === 'kind')?.[
        '@_value'
      ],
    ).toBe('Association');
    const timed = edges.find((e) => e['@_start'] && e['@_end'])!;
    expect(String(timed['@_start'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(timed['@_end']) >= String(timed['@_start'])).toBe(true);
  });

  it('kinds and types narrow the export; ties need both ends exported', async () => {
    const result = await exportGraph(ponte.driver, database(), 'json', {
      kinds: ['Association', 'Region'],
      types: ['BASED_IN', 'MEMBER_OF'],
    });
    const records = result.files.flatMap((f) => {
      const body = JSON.parse(f.content) as { nodes?: Array<{ kind: string }>; ties?: Array<{ type: string }> };
      return [...(body.nodes ?? []), ...(body.ties ?? [])];
    });
    const kinds = new Set(records.map((r) => ('kind' in r ? r.kind : undefined)).filter(Boolean));
    const types = new Set(records.map((r) => ('type' in r && !('kind' in r) ? r.type : undefined)).filter(Boolean));
    expect([...kinds].sort()).toEqual(['Association', 'Region']);
    // MEMBER_OF between associations (networks) stays; a migrant's membership does not.
    expect([...types].sort()).toEqual(['BASED_IN', 'MEMBER_OF']);
    const { records: expected } = await ponte.driver.executeQuery(
      `MATCH (:Association)-[t:BASED_IN|MEMBER_OF]->(b) WHERE b:Association OR b:Region RETURN count(t) AS n`,
      {},
      { database: database() },
    );
    expect(result.ties).toBe(Number(expected[0]!.get('n')));
  });

  it('a region export holds the region, its actors and their ties with the other ends, and loads on its own', async () => {
    const result = await exportGraph(ponte.driver, database(), 'json', { region: 'IT-21' });
    const { records } = await ponte.driver.executeQuery(
      'MATCH (a:Actor)-[:BASED_IN]->(:Region {code: "IT-21"}) RETURN collect(a.id) AS ids',
      {},
      { database: database() },
    );
    const based = new Set(records[0]!.get('ids') as string[]);
    expect(based.size).toBeGreaterThan(5);
    const dir = path.join(work, 'region');
    await writeExport(result, dir);
    const set = await validateSeedDir(dir); // every tie end is in the files
    const ids = new Set(set.nodes.map((n) => n.id));
    for (const id of based) expect(ids.has(id)).toBe(true);
    expect(ids.has('region-piemonte')).toBe(true);
    for (const tie of set.ties) expect(based.has(tie.from) || based.has(tie.to)).toBe(true);
    expect(set.nodes.length).toBeLessThan(1145);
  });
});

describe('exportGraph (API)', () => {
  const EXPORT = `query ($format: ExportFormat!, $filter: ExportFilter) { exportGraph(format: $format, filter: $filter) { format nodes ties files { name mediaType content } } }`;
  type Answer = {
    exportGraph: {
      format: string;
      nodes: number;
      ties: number;
      files: Array<{ name: string; mediaType: string; content: string }>;
    };
  };

  it('is refused to anonymous, analysts and partners', async () => {
    const anonymous = await gql(base, EXPORT, { format: 'JSON' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const who of ['analyst', 'partner']) {
      const res = await gql(base, EXPORT, { format: 'JSON' }, tokens[who]);
      expect(res.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.path).toEqual(['exportGraph']);
      expect(res.data ?? null).toBeNull();
    }
  });

  it('gives staff the files, leaves personal fields out unless asked, and audits the export', async () => {
    const res = await gql<Answer>(
      base,
      EXPORT,
      { format: 'CSV', filter: { region: 'region-piemonte', kinds: ['Migrant', 'Region'] } },
      tokens.staff,
    );
    expect(res.errors).toBeUndefined();
    const answer = res.data!.exportGraph;
    expect(answer.format).toBe('CSV');
    expect(answer.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['nodes-Migrant.csv', 'nodes-Region.csv', 'ties-BASED_IN.csv']),
    );
    const migrants = answer.files.find((f) => f.name === 'nodes-Migrant.csv')!;
    expect(migrants.mediaType).toBe('text/csv; charset=utf-8');
    expect(migrants.content.split('\r\n')[0]).not.toMatch(/fullName|email|phone|birthYear/);

    const personal = await gql<Answer>(
      base,
      EXPORT,
      { format: 'CSV', filter: { region: 'region-piemonte', kinds: ['Migrant'], personalFields: true } },
      tokens.admin,
    );
    expect(
      personal.data!.exportGraph.files.find((f) => f.name === 'nodes-Migrant.csv')!.content.split('\r\n')[0],
    ).toMatch(/birthYear.*email.*fullName.*phone/);

    const audit = await gql<{ auditLog: Array<{ operation: string; userId: string; ids: string[]; outcome: string }> }>(
      base,
      '{ auditLog(limit: 5) { operation userId ids outcome } }',
      {},
      tokens.staff,
    );
    // Both exports are audited; two entries of the same millisecond have no order, so find each by what it says.
    const entries = audit.data!.auditLog.filter((e) => e.operation === 'exportGraph');
    expect(entries.some((e) => /^ok: csv, \d+ nodes, \d+ ties, personal fields included/.test(e.outcome))).toBe(true);
    const regional = entries.find((e) =>
      /personal fields left out, kinds Migrant\+Region, region region-piemonte$/.test(e.outcome),
    );
    expect(regional?.ids).toEqual(['region-piemonte']);
  });

  it('names the argument of a bad filter', async () => {
    const region = await gql(base, EXPORT, { format: 'GEXF', filter: { region: 'IT-99' } }, tokens.admin);
    expect(region.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(region.errors?.[0]?.message).toMatch(/exportGraph\(filter\.region\): no region with id or code "IT-99"/);
    const kinds = await gql(base, EXPORT, { format: 'JSON', filter: { kinds: [] } }, tokens.admin);
    expect(kinds.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(kinds.errors?.[0]?.message).toMatch(/filter\.kinds.*at least one/);
  });

  it('allows a few exports a minute per user, then answers RATE_LIMITED', async () => {
    const small = { format: 'JSON', filter: { kinds: ['Region'], types: ['TARGETS'] } };
    for (let i = 0; i < 6; i += 1)
      expect((await gql(base, EXPORT, small, tokens.busy)).errors, `export ${i + 1}`).toBeUndefined();
    const refused = await gql(base, EXPORT, small, tokens.busy);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/at most 6 exports a minute/);
    expect((await gql(base, EXPORT, small, tokens.admin)).errors).toBeUndefined();
  });
});

describe('npm run ponte -- export', () => {
  it('writes the file, prints a one-line summary and audits as cli:<user>', async () => {
    const out = path.join(work, 'cli', 'ponte.graphml');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repoRoot, 'server/src/cli/ponte.ts'),
        'export',
        '--format',
        'graphml',
        '--out',
        out,
        '--kinds',
        'Association,Region',
      ],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          NEO4J_URI: inject('neo4jUri'),
          NEO4J_DATABASE: database(),
          NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
          LOG_LEVEL: 'silent',
        },
      },
    );
    expect(stdout.trim()).toMatch(
      new RegExp(
        `^Exported \\d+ nodes and \\d+ ties as graphml to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in \\d+ ms\\.$`,
      ),
    );
    expect(XMLValidator.validate(await readFile(out, 'utf8'))).toBe(true);
    const { records } = await ponte.driver.executeQuery(
      'MATCH (e:AuditEvent {operation: "exportGraph"}) WHERE e.userId STARTS WITH "cli:" RETURN e.outcome AS outcome',
      {},
      { database: database() },
    );
    expect(records.map((r) => r.get('outcome'))).toEqual([
      expect.stringMatching(/^ok: graphml, \d+ nodes, \d+ ties, personal fields left out, kinds Association\+Region$/),
    ]);
  });

  it('refuses a bad format with a clear line and exit code 1', async () => {
    const run = promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repoRoot, 'server/src/cli/ponte.ts'),
        'export',
        '--format',
        'pdf',
        '--out',
        path.join(work, 'x'),
      ],
      { cwd: repoRoot, env: { ...process.env, NEO4J_URI: inject('neo4jUri') } },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'ponte: export --format: expected one of json, csv, graphml, gexf (got "pdf") [BAD_USER_INPUT]',
      ),
    });
  });
});
