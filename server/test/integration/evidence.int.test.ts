// Evidence on real Neo4j: several sources per actor and per tie, written through the API, read on
// the actor, on graph edges and along paths, and carried through export and import in every
// format (CSV, seed JSON, GraphML, GEXF) unchanged; bad records are refused naming where.
import { describe, expect, inject, it } from 'vitest';
import { exportGraph } from '../../src/io/export/index.js';
import { useGraph } from '../helpers/ponte.js';

const FIXTURE = `
  CREATE (a:Association:Actor {id: 'assoc-ev', name: 'Evidence Association', type: 'CULTURAL', country: 'IT', altNames: [], tags: [], services: [], sources: ['old'], synthetic: false}),
         (f:Funder:Actor {id: 'funder-ev', name: 'Evidence Funder', funderType: 'BANK', instruments: [], country: 'MA', altNames: [], tags: [], services: [], sources: ['https://example.org/funder'], synthetic: false}),
         (a)-[:PARTNERS_WITH {source: 'test', confidence: 0.8}]->(f)`;

const graph = useGraph(FIXTURE);
const database = () => inject('neo4jDatabase');
const staff = graph.asStaff;

type Source = Record<'title' | 'url' | 'reference' | 'publisher' | 'date' | 'quote' | 'page', string | null>;
const FIELDS = 'title url reference publisher date quote page';
const full = (s: Partial<Source>): Source => ({
  title: null,
  url: null,
  reference: null,
  publisher: null,
  date: null,
  quote: null,
  page: null,
  ...s,
});

// Texts that a naive format would break: separators, quotes, markup, a formula, non-Latin script.
const ACTOR_SOURCES: Partial<Source>[] = [
  {
    title: 'Répertoire des associations; diaspora "Italie"',
    url: 'https://example.org/rep?a=1&b=2',
    publisher: 'CERFE, Rome',
    date: '2008',
    page: 'pp. 4–6',
  },
  { reference: 'Minutes 2009/14 <MAECI>', date: '2009-10', quote: '=SUM(A1) «جمعية» said, "yes"\nthen left' },
  { url: 'https://example.org/only-url' },
];
const TIE_SOURCES: Partial<Source>[] = [
  { title: 'Partnership agreement', publisher: 'Evidence Funder', date: '2007-03-01', page: '2' },
  { reference: 'Annual report 2008, annex', quote: 'partners; since 2007' },
];

const SET_ACTOR = `mutation ($id: ID!, $sources: [SourceInput!]!) { setActorEvidence(id: $id, sources: $sources) { ${FIELDS} } }`;
const SET_TIE = `mutation ($type: TieType!, $from: ID!, $to: ID!, $sources: [SourceInput!]!) {
  setTieEvidence(type: $type, from: $from, to: $to, sources: $sources) { source evidence { ${FIELDS} } } }`;
const READ = `{
  associations(where: { id: { eq: "assoc-ev" } }) { sources evidence { ${FIELDS} } }
  neighbourhood(ids: ["assoc-ev"], depth: 1, filter: { relationshipTypes: [PARTNERS_WITH] }) { edges { type source evidence { ${FIELDS} } } }
  paths(from: "assoc-ev", to: "funder-ev") { edges { source evidence { ${FIELDS} } } why whyParts { details { code params { name values } } } }
}`;

interface ReadAnswer {
  associations: { sources: string[]; evidence: Source[] }[];
  neighbourhood: { edges: { type: string; source: string; evidence: Source[] }[] };
  paths: {
    edges: { source: string; evidence: Source[] }[];
    why: string[];
    whyParts: { details: { code: string; params: { name: string; values: string[] }[] }[] }[];
  }[];
}

async function read(): Promise<ReadAnswer> {
  const res = await staff<ReadAnswer>(READ);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

async function setBoth(): Promise<void> {
  const actor = await staff(SET_ACTOR, { id: 'assoc-ev', sources: ACTOR_SOURCES });
  expect(actor.errors, JSON.stringify(actor.errors)).toBeUndefined();
  const tie = await staff(SET_TIE, { type: 'PARTNERS_WITH', from: 'assoc-ev', to: 'funder-ev', sources: TIE_SOURCES });
  expect(tie.errors, JSON.stringify(tie.errors)).toBeUndefined();
}

/** What was written, read back everywhere it shows. */
async function expectWritten(): Promise<void> {
  const answer = await read();
  expect(answer.associations[0]).toEqual({
    sources: [
      'Répertoire des associations; diaspora "Italie"',
      'Minutes 2009/14 <MAECI>',
      'https://example.org/only-url',
    ],
    evidence: ACTOR_SOURCES.map(full),
  });
  expect(answer.neighbourhood.edges).toEqual([
    { type: 'PARTNERS_WITH', source: 'Partnership agreement', evidence: TIE_SOURCES.map(full) },
  ]);
  expect(answer.paths[0]!.edges).toEqual([{ source: 'Partnership agreement', evidence: TIE_SOURCES.map(full) }]);
}

/** Forgets every record and label, as a fresh database would not have them. */
async function forget(): Promise<void> {
  await graph.ponte().driver.executeQuery(
    `MATCH (a:Actor) WHERE a.id ENDS WITH '-ev' SET a.evidence = null, a.sources = ['x']
     WITH count(*) AS done
     MATCH (:Actor {id: 'assoc-ev'})-[r:PARTNERS_WITH]->() SET r.evidence = null, r.source = 'x'`,
    {},
    { database: database() },
  );
}

const IMPORT = `mutation ($kind: String, $format: ImportFormat!, $content: String!) {
  importRecords(kind: $kind, format: $format, content: $content, dryRun: false) {
    applied errorCount errors { row column field code message } } }`;

async function importFile(content: string, format: 'CSV' | 'JSON', kind?: string) {
  const res = await staff<{ importRecords: { applied: boolean; errorCount: number; errors: unknown[] } }>(IMPORT, {
    kind: kind ?? null,
    format,
    content,
  });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.importRecords;
}

// A generous timeout for a shared, loaded machine; nothing asserts on time.
describe('sources as records', { timeout: 300_000 }, () => {
  it('an actor and a tie carry several sources, shown on the actor, on edges and along paths', async () => {
    await setBoth();
    await expectWritten();
    const path = (await read()).paths[0]!;
    // The hop names every source, in order.
    expect(path.why[0]).toContain('sources: Partnership agreement, Annual report 2008, annex');
    expect(path.whyParts[0]!.details.at(-1)).toEqual({
      code: 'SOURCES',
      params: [{ name: 'sources', values: ['Partnership agreement', 'Annual report 2008, annex'] }],
    });
  });

  it('a label changed alone through the generated API wins over the stale record', async () => {
    await setBoth();
    const res = await staff(
      `mutation { updateAssociations(where: { id: { eq: "assoc-ev" } }, update: { sources: { set: ["Minutes 2009/14 <MAECI>", "A new one"] } }) { associations { id } } }`,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect((await read()).associations[0]!.evidence).toEqual([
      full(ACTOR_SOURCES[1]!),
      full({ reference: 'A new one' }),
    ]);
  });

  it('round trip: CSV, seed JSON, GraphML and GEXF carry every record unchanged', async () => {
    const filter = { kinds: ['Association', 'Funder'] as const, types: ['PARTNERS_WITH'] as const };
    for (const format of ['csv', 'json'] as const) {
      await setBoth();
      const files = (
        await exportGraph(graph.ponte().driver, database(), format, {
          kinds: [...filter.kinds],
          types: [...filter.types],
        })
      ).files;
      await forget();
      if (format === 'json') {
        for (const file of files) {
          const report = await importFile(file.content, 'JSON');
          expect(report, JSON.stringify(report.errors)).toMatchObject({ applied: true });
        }
      } else {
        for (const file of files) {
          const kind = file.name.replace(/^(nodes|ties)-|\.csv$/g, '');
          const report = await importFile(file.content, 'CSV', kind);
          expect(report, `${file.name}: ${JSON.stringify(report.errors)}`).toMatchObject({ applied: true });
        }
      }
      await expectWritten();
    }
    // GraphML and GEXF: the records as one JSON attribute each, which reads back to the same records.
    for (const format of ['graphml', 'gexf'] as const) {
      const content = (
        await exportGraph(graph.ponte().driver, database(), format, { kinds: ['Association', 'Funder'] })
      ).files[0]!.content;
      const unescape = (s: string) =>
        s
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&#10;/g, '\n')
          .replace(/&amp;/g, '&');
      const attribute =
        format === 'graphml'
          ? /<data key="n_evidence">([^<]*)<\/data>/.exec(content)
          : /<attvalue for="evidence" value="([^"]*)"\/>/.exec(content);
      expect(attribute, format).not.toBeNull();
      const records = JSON.parse(unescape(attribute![1]!)) as Partial<Source>[];
      expect(records.map(full)).toEqual(ACTOR_SOURCES.map(full));
    }
  });

  it('refuses a bad record: the GraphQL argument path in writes, the row and column in imports', async () => {
    const bad = await staff(SET_ACTOR, {
      id: 'assoc-ev',
      sources: [{ title: 'fine' }, { title: 'x', url: 'ftp://example.org/file' }],
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sources[1].url' });
    expect(bad.errors?.[0]?.message).toMatch(/http\(s\) URL/);
    const empty = await staff(SET_ACTOR, { id: 'assoc-ev', sources: [{ publisher: 'Only a publisher' }] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sources[0].title' });
    const date = await staff(SET_TIE, {
      type: 'PARTNERS_WITH',
      from: 'assoc-ev',
      to: 'funder-ev',
      sources: [{ title: 't', date: '2008-13' }],
    });
    expect(date.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sources[0].date' });
    const none = await staff(SET_TIE, { type: 'PARTNERS_WITH', from: 'assoc-ev', to: 'funder-ev', sources: [] });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sources' });
    const missing = await staff(SET_TIE, {
      type: 'FUNDS',
      from: 'funder-ev',
      to: 'assoc-ev',
      sources: [{ title: 't' }],
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const analyst = await graph.asAnalyst(SET_ACTOR, { id: 'assoc-ev', sources: [] });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const csv = [
      'id,name,type,country,sources,evidence',
      'assoc-ev-2,Two,CULTURAL,IT,a,"[{""title"":""a""}]"',
      'assoc-ev-3,Three,CULTURAL,IT,a;b,"[{""title"":""a""},{""title"":""b"",""url"":""not a url""}]"',
      'assoc-ev-4,Four,CULTURAL,IT,a,[{"title": "a"',
      'assoc-ev-5,Five,CULTURAL,IT,other,"[{""title"":""a""}]"',
      '',
    ].join('\n');
    const report = await importFile(csv, 'CSV', 'Association');
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'evidence',
        field: 'evidence',
        message: expect.stringMatching(/^source 2, url: /),
      }),
      expect.objectContaining({ row: 4, column: 'evidence', field: 'evidence', code: 'BAD_VALUE' }),
      expect.objectContaining({
        row: 5,
        column: 'sources',
        field: 'sources',
        message: expect.stringMatching(/\["a"\]/),
      }),
    ]);
    const { records } = await graph
      .ponte()
      .driver.executeQuery(
        "MATCH (a:Association) WHERE a.id IN ['assoc-ev-2', 'assoc-ev-3'] RETURN count(a) AS n",
        {},
        { database: database() },
      );
    expect(Number(records[0]!.get('n'))).toBe(0);
  });
});
