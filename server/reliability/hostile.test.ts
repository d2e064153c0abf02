import { describe, expect, it } from 'vitest';
import { hostileRequests, LEAK_PATTERNS } from './hostile.js';

describe('hostileRequests', () => {
  it('is reproducible from its seed', () => {
    const a = [...hostileRequests(1, 50)].map((r) => r.body);
    const b = [...hostileRequests(1, 50)].map((r) => r.body);
    const c = [...hostileRequests(2, 50)].map((r) => r.body);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('covers every kind of attack in a thousand requests', () => {
    const kinds = new Set([...hostileRequests(7, 1000)].map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      'aliases',
      'bad-date',
      'bad-syntax',
      'broken-json',
      'deep',
      'form-post',
      'huge-limit',
      'huge-string',
      'injection',
      'migrant-filter',
      'multi-op',
      'negative-offset',
      'odd-shape',
      'unknown-field',
      'unknown-operation',
      'wrong-type',
    ]);
  });

  it('asks about migrants through relationships inline, in variables, in defaults, in fragments and connections', () => {
    const bodies = [...hostileRequests(7, 2000)]
      .filter((r) => r.kind === 'migrant-filter')
      .map((r) => JSON.parse(r.body) as { query: string; variables?: { w?: unknown } });
    expect(bodies.some((b) => b.query.startsWith('{ firms(where: { employees'))).toBe(true);
    expect(bodies.some((b) => (JSON.stringify(b.variables?.w) ?? '').includes('"employees":{"some"'))).toBe(true);
    expect(bodies.some((b) => b.query.includes('$w: FirmWhere = { employees'))).toBe(true);
    expect(bodies.some((b) => b.query.includes('fragment F on Query { firms(where: { employees'))).toBe(true);
    expect(bodies.some((b) => b.query.includes('employeesConnection'))).toBe(true);
  });
});

describe('LEAK_PATTERNS', () => {
  it('catch a stack frame, a driver error and Cypher, and let a clean error pass', () => {
    const leaky = [
      'at Executor.run (/app/node_modules/x.js:10:5)',
      'Neo4jError: Neo.ClientError.Statement.SyntaxError',
      'MATCH (this:Actor) RETURN this',
    ];
    for (const text of leaky) expect(LEAK_PATTERNS.some((p) => p.test(text))).toBe(true);
    expect(
      LEAK_PATTERNS.some((p) => p.test('{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>."}]}')),
    ).toBe(false);
  });
});
