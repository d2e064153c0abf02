import { seededRandom } from '../bench/load.js';

/** One hostile or malformed HTTP request to /graphql. */
export interface HostileRequest {
  readonly kind: string;
  readonly contentType: string;
  readonly body: string;
}

/** Strings that try to escape into Cypher, Lucene, HTML, the file system or the template engine. */
export const INJECTIONS: readonly string[] = [
  "x') DETACH DELETE n //",
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) CALL apoc.cypher.runWrite("MATCH (n) DETACH DELETE n", {}) //',
  'n.name = "x" OR true',
  '*:* OR id:*',
  'name:[* TO *]',
  '\\\\\\"\\u0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '${7*7}{{7*7}}#{7*7}',
  '%00%0d%0aSet-Cookie: x=y',
  'Robert"); DROP TABLE students;--',
  '\u202e\u0000\uffff\ud800',
];

/** Operations with string arguments into which the generator injects. */
const TEMPLATES: ReadonlyArray<{ query: string; vars: (s: string) => Record<string, unknown> }> = [
  { query: 'query($t: String!) { search(text: $t) { id name } }', vars: (s) => ({ t: s }) },
  { query: 'query($id: ID!) { actors(where: { id: { eq: $id } }) { id name } }', vars: (s) => ({ id: s }) },
  {
    query: 'query($n: String!) { associations(where: { name: { contains: $n } }, limit: 5) { id } }',
    vars: (s) => ({ n: s }),
  },
  { query: 'query($c: String!) { regions(where: { code: { startsWith: $c } }) { id } }', vars: (s) => ({ c: s }) },
];

/** Conditions on a migrant reached through a relationship: each one asks about hidden people. */
const MIGRANT_CONDITIONS: readonly string[] = [
  '{ name: { startsWith: "A" } }',
  '{ consent: { eq: NONE } }',
  '{ city: { eq: "Torino" } }',
  '{ id: { contains: "migrant" } }',
  '{ birthYear: { gt: 1980 } }',
];

/** The same question through a relationship to migrants, phrased the ways a guard could miss. */
function migrantFilter(
  condition: string,
  shape: 'inline' | 'variable' | 'default' | 'fragment' | 'connection',
): { query: string; variables?: Record<string, unknown> } {
  const where = `{ employees: { some: ${condition} } }`;
  switch (shape) {
    case 'inline':
      return { query: `{ firms(where: ${where}) { id name } }` };
    case 'variable':
      // The variable's value is JSON: the enum and numbers survive as strings and numbers.
      return {
        query: 'query ($w: FirmWhere) { firms(where: $w) { id name } }',
        variables: {
          w: {
            employees: {
              some: JSON.parse(condition.replace(/(\w+):/g, '"$1":').replace(/: NONE/, ': "NONE"')) as unknown,
            },
          },
        },
      };
    case 'default':
      return { query: `query ($w: FirmWhere = ${where}) { firms(where: $w) { id name } }` };
    case 'fragment':
      return { query: `{ ...F } fragment F on Query { firms(where: ${where}) { id name } }` };
    case 'connection':
      return {
        query: `{ firmsConnection(where: { employeesConnection: { some: { node: ${condition} } } }) { totalCount edges { node { id } } } }`,
      };
  }
}

/**
 * A reproducible stream of hostile requests: the same seed gives the same requests, so that a
 * failure can be replayed. Each request is one of: broken JSON, wrong variable types, huge strings,
 * deep nesting, alias floods, unknown fields, injections in every string argument, odd shapes.
 */
export function* hostileRequests(seed: number, count: number): Generator<HostileRequest> {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const json = (o: unknown) => JSON.stringify(o);
  const makers: Array<() => HostileRequest> = [
    () => ({
      kind: 'broken-json',
      contentType: 'application/json',
      body: pick(['{"query": ', '{"query": "{ actors { id } }"', 'null', '[]', '"x"', '{', '\u0000\u0001']),
    }),
    () => {
      const t = pick(TEMPLATES);
      return {
        kind: 'injection',
        contentType: 'application/json',
        body: json({ query: t.query, variables: t.vars(pick(INJECTIONS)) }),
      };
    },
    () => {
      const t = pick(TEMPLATES);
      const wrong = pick<unknown>([42, true, null, { $ne: 1 }, ['a'], 1e308]);
      return {
        kind: 'wrong-type',
        contentType: 'application/json',
        body: json({ query: t.query, variables: t.vars(wrong as string) }),
      };
    },
    () => {
      const t = pick(TEMPLATES);
      return {
        kind: 'huge-string',
        contentType: 'application/json',
        body: json({ query: t.query, variables: t.vars('é'.repeat(50_000 + Math.floor(rand() * 100_000))) }),
      };
    },
    () => {
      const depth = 15 + Math.floor(rand() * 40);
      let sel = 'id';
      for (let i = 0; i < depth; i++) sel = `partners { ${sel} }`;
      return { kind: 'deep', contentType: 'application/json', body: json({ query: `{ actors { ${sel} } }` }) };
    },
    () => {
      const n = 31 + Math.floor(rand() * 2000);
      return {
        kind: 'aliases',
        contentType: 'application/json',
        body: json({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
      };
    },
    () => ({
      kind: 'unknown-field',
      contentType: 'application/json',
      body: json({
        query: `{ actors { id ${pick(['password', 'passwordHash', '__proto__', 'constructor', 'fullName { x }'])} } }`,
      }),
    }),
    () => ({
      kind: 'bad-syntax',
      contentType: 'application/json',
      body: json({
        query: pick([
          '{',
          '}}}',
          'query {',
          'mutation { __typename',
          '{ actors(where: {id: {eq: }}) { id } }',
          'subscription { x }',
        ]),
      }),
    }),
    () => ({
      kind: 'odd-shape',
      contentType: 'application/json',
      body: json(
        pick<unknown>([
          { query: 42 },
          { query: ['{ __typename }'] },
          { variables: 'x' },
          { query: '{ __typename }', variables: 'not-an-object' },
          { query: '{ __typename }', operationName: 7 },
          { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
        ]),
      ),
    }),
    () => {
      const shape = pick(['inline', 'variable', 'default', 'fragment', 'connection'] as const);
      return {
        kind: 'migrant-filter',
        contentType: 'application/json',
        body: json(migrantFilter(pick(MIGRANT_CONDITIONS), shape)),
      };
    },
    () => {
      const n = pick([1001, 5000, 2_000_000, 2 ** 31 - 1]);
      return {
        kind: 'huge-limit',
        contentType: 'application/json',
        body: json(
          pick([
            { query: `{ actors(limit: ${n}) { id } }` },
            { query: 'query ($n: Int) { actorsConnection(first: $n) { totalCount } }', variables: { n } },
            { query: `query ($n: Int = ${n}) { firms { employees(limit: $n) { id } } }` },
            { query: `{ ...F } fragment F on Query { associations(limit: ${n}) { id } }` },
          ]),
        ),
      };
    },
    () => {
      const n = -pick([1, 5, 1000, 2 ** 31]);
      return {
        kind: 'negative-offset',
        contentType: 'application/json',
        body: json(
          pick([
            { query: `{ actors(offset: ${n}) { id } }` },
            { query: 'query ($o: Int) { firms(offset: $o) { id } }', variables: { o: n } },
            { query: 'query ($n: Int) { actors(limit: $n) { id } }', variables: { n } },
          ]),
        ),
      };
    },
    () => {
      const day = pick([
        '2020-02-31',
        '0000-01-01',
        'not-a-date',
        '2019-02-29',
        '2020-13-01',
        '99999-01-01',
        '',
        '2020-01-01T00:00:00Z',
      ]);
      return {
        kind: 'bad-date',
        contentType: 'application/json',
        body: json(
          pick([
            { query: `{ events(where: { date: { eq: ${json(day)} } }) { id } }` },
            { query: 'query ($d: Date) { events(where: { date: { lt: $d } }) { id } }', variables: { d: day } },
            { query: `{ networkStats(asOf: ${json(day)}) { actorTies } }` },
            {
              query: 'query ($d: Date) { neighbourhood(ids: ["assoc-cerfe"], filter: { asOf: $d }) { nodes { id } } }',
              variables: { d: day },
            },
            { query: `{ actors(where: { createdAt: { lt: ${json(`${day}T00:00:00Z`)} } }) { id } }` },
          ]),
        ),
      };
    },
    () => ({
      kind: 'multi-op',
      contentType: 'application/json',
      body: json({
        query: 'query A { __typename } query B { actors(limit: 1) { id } }',
        ...(rand() < 0.5 ? {} : { operationName: null }),
      }),
    }),
    () => ({
      kind: 'unknown-operation',
      contentType: 'application/json',
      body: json({
        query: pick(['query A { __typename } query B { __typename }', '{ __typename }', 'query A { __typename }']),
        operationName: pick(['C', 'a', '', ' A', '__proto__']),
      }),
    }),
    () => ({
      kind: 'form-post',
      contentType: pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']),
      body: 'query={__typename}',
    }),
  ];
  for (let i = 0; i < count; i++) yield pick(makers)();
}

/** What an answer must never contain: internals that would help an attacker. */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /Neo4jError|Neo\.ClientError|Neo\.TransientError/,
  /\bat [\w.<>]+ \(.*:\d+:\d+\)/, // stack frames
  /\/node_modules\/|\/server\/src\//,
  /\bMATCH \(|\bRETURN this\b|CYPHER 5/,
  /stacktrace/i,
];
