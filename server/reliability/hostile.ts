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
  { query: 'query($n: String!) { associations(where: { name: { contains: $n } }, limit: 5) { id } }', vars: (s) => ({ n: s }) },
  { query: 'query($c: String!) { regions(where: { code: { startsWith: $c } }) { id } }', vars: (s) => ({ c: s }) },
];

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
    () => ({ kind: 'broken-json', contentType: 'application/json', body: pick(['{"query": ', '{"query": "{ actors { id } }"', 'null', '[]', '"x"', '{', '\u0000\u0001']) }),
    () => {
      const t = pick(TEMPLATES);
      return { kind: 'injection', contentType: 'application/json', body: json({ query: t.query, variables: t.vars(pick(INJECTIONS)) }) };
    },
    () => {
      const t = pick(TEMPLATES);
      const wrong = pick<unknown>([42, true, null, { $ne: 1 }, ['a'], 1e308]);
      return { kind: 'wrong-type', contentType: 'application/json', body: json({ query: t.query, variables: t.vars(wrong as string) }) };
    },
    () => {
      const t = pick(TEMPLATES);
      return { kind: 'huge-string', contentType: 'application/json', body: json({ query: t.query, variables: t.vars('é'.repeat(50_000 + Math.floor(rand() * 100_000))) }) };
    },
    () => {
      const depth = 15 + Math.floor(rand() * 40);
      let sel = 'id';
      for (let i = 0; i < depth; i++) sel = `partners { ${sel} }`;
      return { kind: 'deep', contentType: 'application/json', body: json({ query: `{ actors { ${sel} } }` }) };
    },
    () => {
      const n = 31 + Math.floor(rand() * 2000);
      return { kind: 'aliases', contentType: 'application/json', body: json({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }` }) };
    },
    () => ({ kind: 'unknown-field', contentType: 'application/json', body: json({ query: `{ actors { id ${pick(['password', 'passwordHash', '__proto__', 'constructor', 'fullName { x }'])} } }` }) }),
    () => ({ kind: 'bad-syntax', contentType: 'application/json', body: json({ query: pick(['{', '}}}', 'query {', 'mutation { __typename', '{ actors(where: {id: {eq: }}) { id } }', 'subscription { x }']) }) }),
    () => ({ kind: 'odd-shape', contentType: 'application/json', body: json(pick<unknown>([{ query: 42 }, { query: ['{ __typename }'] }, { variables: 'x' }, { query: '{ __typename }', variables: 'not-an-object' }, { query: '{ __typename }', operationName: 7 }, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }])) }),
    () => ({ kind: 'form-post', contentType: pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']), body: 'query={__typename}' }),
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
