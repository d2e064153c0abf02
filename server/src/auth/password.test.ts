import { describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('hashes with scrypt N=2^15 and a per-user salt, and verifies', async () => {
    const a = await hashPassword('s3cret pass');
    const b = await hashPassword('s3cret pass');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('s3cret pass', a)).toBe(true);
    expect(await verifyPassword('s3cret pasS', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('refuses malformed or weakened hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1024$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$32768$8$1$AAAA$AAAA')).toBe(false);
  });

  it('has a decoy hash that no ordinary password matches', async () => {
    expect(await verifyPassword('password', await decoyHash())).toBe(false);
  });
});
