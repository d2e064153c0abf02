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
    expect([...kinds].sort()).toEqual(['aliases', 'bad-syntax', 'broken-json', 'deep', 'form-post', 'huge-string', 'injection', 'odd-shape', 'unknown-field', 'wrong-type']);
  });
});

describe('LEAK_PATTERNS', () => {
  it('catch a stack frame, a driver error and Cypher, and let a clean error pass', () => {
    const leaky = ['at Executor.run (/app/node_modules/x.js:10:5)', 'Neo4jError: Neo.ClientError.Statement.SyntaxError', 'MATCH (this:Actor) RETURN this'];
    for (const text of leaky) expect(LEAK_PATTERNS.some((p) => p.test(text))).toBe(true);
    expect(LEAK_PATTERNS.some((p) => p.test('{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>."}]}'))).toBe(false);
  });
});
