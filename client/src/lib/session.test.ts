import { describe, expect, it } from 'vitest';
import { readSession, requestHeaders, writeSession, type SessionData } from './session.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const session: SessionData = {
  token: 'a.b.c',
  email: 'staff@ponte.example',
  role: 'staff',
  expiresAt: '2030-01-01T00:00:00Z',
};

describe('session storage', () => {
  it('round-trips a session and forgets it on sign-out', () => {
    const storage = memoryStorage();
    writeSession(storage, session);
    expect(readSession(storage, Date.parse('2029-01-01'))).toEqual(session);
    writeSession(storage, undefined);
    expect(readSession(storage)).toBeUndefined();
  });

  it('drops an expired or malformed session', () => {
    const storage = memoryStorage();
    writeSession(storage, session);
    expect(readSession(storage, Date.parse('2031-01-01'))).toBeUndefined();
    expect(storage.map.size).toBe(0);
    storage.setItem('ponte.session', '{"token": 42}');
    expect(readSession(storage)).toBeUndefined();
    storage.setItem('ponte.session', 'not json');
    expect(readSession(storage)).toBeUndefined();
  });
});

describe('requestHeaders', () => {
  it('always asks for JSON and adds the bearer token when signed in', () => {
    expect(requestHeaders(undefined)).toEqual({ 'content-type': 'application/json' });
    expect(requestHeaders(session)).toEqual({ 'content-type': 'application/json', authorization: 'Bearer a.b.c' });
  });
});
