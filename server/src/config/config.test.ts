import { describe, expect, it } from 'vitest';
import { ErrorCode, PonteError } from '../errors.js';
import { parseConfig } from './config.js';

describe('parseConfig', () => {
  it('defaults to a local Neo4j and port 4000', () => {
    const cfg = parseConfig({});
    expect(cfg.neo4j.uri).toBeUndefined();
    expect(cfg.port).toBe(4000);
    expect(cfg.neo4j.database).toBe('neo4j');
    expect(cfg.localNeo4j).toMatchObject({ boltPort: 7687, heap: '1g', pageCache: '512m' });
    expect(cfg.localNeo4j.home.endsWith('.neo4j/dev')).toBe(true);
  });

  it('accepts neo4j://, neo4j+s:// and bolt:// URIs', () => {
    for (const uri of ['neo4j://db:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt://127.0.0.1:7687']) {
      expect(parseConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ NEO4J_URI: '', PORT: '' }).port).toBe(4000);
  });

  it('names every bad key with the value and the fix', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', PONTE_NEO4J_HEAP: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PonteError);
    const err = error as PonteError;
    expect(err.code).toBe(ErrorCode.ConfigInvalid);
    expect(err.message).toContain('PORT="eighty"');
    expect(err.message).toContain('choose a free TCP port');
    expect(err.message).toContain('NEO4J_URI="http://localhost:7474"');
    expect(err.message).toContain('unset it to use the local Neo4j');
    expect(err.message).toContain('PONTE_NEO4J_HEAP="lots": expected a size such as 512m or 1g');
  });

  it('refuses an out-of-range port', () => {
    expect(() => parseConfig({ PONTE_NEO4J_BOLT_PORT: '70000' })).toThrow(/PONTE_NEO4J_BOLT_PORT="70000"/);
  });

  it('reads the CORS allow-list and the rate limit', () => {
    const cfg = parseConfig({
      PONTE_CORS_ORIGINS: 'https://a.example.org, http://localhost:5173',
      PONTE_RATE_LIMIT: '0',
    });
    expect(cfg.http).toEqual({
      corsOrigins: ['https://a.example.org', 'http://localhost:5173'],
      rateLimitPerMinute: 0,
      trustProxy: false,
    });
    expect(parseConfig({}).http).toEqual({ corsOrigins: [], rateLimitPerMinute: 1200, trustProxy: false });
    expect(() => parseConfig({ PONTE_CORS_ORIGINS: '*' })).toThrow(/PONTE_CORS_ORIGINS="\*"/);
  });

  it('reads which proxies to trust for the client address, and refuses "true"', () => {
    expect(parseConfig({ PONTE_TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(parseConfig({ PONTE_TRUST_PROXY: '0' }).http.trustProxy).toBe(false);
    expect(parseConfig({ PONTE_TRUST_PROXY: '10.0.0.0/8, loopback,192.168.1.7' }).http.trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
      '192.168.1.7',
    ]);
    expect(() => parseConfig({ PONTE_TRUST_PROXY: 'true' })).toThrow(
      /PONTE_TRUST_PROXY="true": expected a number of proxy hops[^\n]*lets clients forge their address/,
    );
    expect(() => parseConfig({ PONTE_TRUST_PROXY: '10.0.0.0/8; rm' })).toThrow(/PONTE_TRUST_PROXY/);
  });

  it('requires a JWT secret of 32+ bytes in production and makes one up elsewhere', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(
      /PONTE_JWT_SECRET=""[^\n]*required when NODE_ENV=production[^\n]*openssl rand/,
    );
    expect(() => parseConfig({ NODE_ENV: 'production', PONTE_JWT_SECRET: 'short' })).toThrow(
      /PONTE_JWT_SECRET="short": expected a secret of at least 32 bytes/,
    );
    const prod = parseConfig({
      NODE_ENV: 'production',
      PONTE_JWT_SECRET: 'x'.repeat(32),
      PONTE_DISCLOSURE_KEY: 'k'.repeat(32),
    });
    expect(prod.auth).toMatchObject({
      jwtSecretGenerated: false,
      tokenTtlSeconds: 480 * 60,
      loginLimit: 10,
      jwksUrl: undefined,
    });
    const dev = parseConfig({});
    expect(dev.auth.jwtSecretGenerated).toBe(true);
    expect(dev.auth.jwtSecret.byteLength).toBeGreaterThanOrEqual(32);
  });

  it('requires a disclosure key of 32+ bytes in production and makes one up elsewhere', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', PONTE_JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /PONTE_DISCLOSURE_KEY=""[^\n]*required when NODE_ENV=production[^\n]*openssl rand/,
    );
    expect(() => parseConfig({ PONTE_DISCLOSURE_KEY: 'short' })).toThrow(
      /PONTE_DISCLOSURE_KEY="short": expected a secret of at least 32 bytes/,
    );
    const prod = parseConfig({
      NODE_ENV: 'production',
      PONTE_JWT_SECRET: 'x'.repeat(32),
      PONTE_DISCLOSURE_KEY: 'k'.repeat(32),
    });
    expect(prod.disclosure.keyGenerated).toBe(false);
    expect(Buffer.from(prod.disclosure.key).toString()).toBe('k'.repeat(32));
    const dev = parseConfig({});
    expect(dev.disclosure.keyGenerated).toBe(true);
    expect(dev.disclosure.key.byteLength).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(parseConfig({}).disclosure.key).equals(Buffer.from(dev.disclosure.key))).toBe(false);
  });

  it('accepts an https JWKS URL, a token lifetime and a login limit', () => {
    const cfg = parseConfig({
      PONTE_JWKS_URL: 'https://idp.example.org/.well-known/jwks.json',
      PONTE_TOKEN_TTL_MINUTES: '60',
      PONTE_LOGIN_LIMIT: '5',
    });
    expect(cfg.auth).toMatchObject({
      jwksUrl: 'https://idp.example.org/.well-known/jwks.json',
      tokenTtlSeconds: 3600,
      loginLimit: 5,
    });
    expect(() => parseConfig({ PONTE_JWKS_URL: 'http://idp.example.org/jwks' })).toThrow(/PONTE_JWKS_URL/);
    expect(() => parseConfig({ PONTE_TOKEN_TTL_MINUTES: '1' })).toThrow(/PONTE_TOKEN_TTL_MINUTES/);
  });
});
