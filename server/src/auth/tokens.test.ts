import http from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { TokenError, TokenService, bearerToken } from './tokens.js';

const secret = new TextEncoder().encode('unit-test-secret-unit-test-secret-0123');
const service = new TokenService({ secret, ttlSeconds: 600 });

describe('tokens', () => {
  it('signs HS256 tokens with sub, roles, org, iss, aud and exp, and verifies them', async () => {
    const { token, expiresAt } = await service.sign({ sub: 'user-1', roles: ['partner'], org: 'assoc-cerfe' });
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toMatchObject({ alg: 'HS256' });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 590_000);
    const p = await service.verify(token);
    expect(p).toMatchObject({ sub: 'user-1', roles: ['partner'], role: 'partner', org: 'assoc-cerfe' });
  });

  it('refuses a key under 32 bytes', () => {
    expect(() => new TokenService({ secret: new Uint8Array(16), ttlSeconds: 60 })).toThrow(/32 bytes/);
  });

  it('refuses tampered, expired, foreign, unsigned and malformed tokens', async () => {
    const { token } = await service.sign({ sub: 'u', roles: ['analyst'] });
    const [h, , s] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'u', roles: ['admin'], iss: 'ponte', aud: 'ponte-api', exp: 9_999_999_999 }),
    ).toString('base64url');
    const expired = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('ponte')
      .setAudience('ponte-api')
      .setExpirationTime(1_700_000_000)
      .sign(secret);
    const noAudience = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('ponte')
      .setExpirationTime('1h')
      .sign(secret);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${forged}.`;
    for (const bad of [`${h}.${forged}.${s}`, expired, noAudience, none, 'garbage', 'a.b.c']) {
      await expect(service.verify(bad)).rejects.toBeInstanceOf(TokenError);
    }
  });

  it("accepts an identity provider's RS256 token only when its JWKS is configured", async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server = http.createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const external = new TokenService({ secret, ttlSeconds: 600, jwksUrl: `http://127.0.0.1:${port}/jwks.json` });
      const rs = await new SignJWT({ roles: ['staff'], org: 'x' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('ext-1')
        .setExpirationTime('1h')
        .sign(privateKey);
      await expect(service.verify(rs)).rejects.toThrow(/not accepted/);
      expect(await external.verify(rs)).toMatchObject({ sub: 'ext-1', role: 'staff' });
      const { privateKey: otherKey } = await generateKeyPair('RS256');
      const foreign = await new SignJWT({ roles: ['staff'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('ext-1')
        .setExpirationTime('1h')
        .sign(otherKey);
      await expect(external.verify(foreign)).rejects.toBeInstanceOf(TokenError);
      // Ponte's own tokens still work beside the identity provider's.
      expect((await external.verify((await service.sign({ sub: 'u', roles: ['analyst'] })).token)).role).toBe(
        'analyst',
      );
    } finally {
      server.close();
    }
  });

  it('drops unknown roles and acts with the strongest known one', async () => {
    const token = await new SignJWT({ roles: ['superuser', 'analyst', 'staff'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('ponte')
      .setAudience('ponte-api')
      .setExpirationTime('1h')
      .sign(secret);
    const p = await service.verify(token);
    expect(p.roles).toEqual(['analyst', 'staff']);
    expect(p.role).toBe('staff');
    expect(p.jwt.roles).toEqual(['analyst', 'staff']);
  });

  it('reads the bearer header', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
  });
});
