import { describe, expect, it } from 'vitest';
import { parseCreateUserArgs } from './create-user.js';

describe('ponte create-user arguments', () => {
  it('reads e-mail (folded to lower case), role and a partner organisation', () => {
    expect(parseCreateUserArgs(['--email', 'Ana@Example.org', '--role', 'admin'])).toEqual({
      email: 'ana@example.org',
      role: 'admin',
      org: null,
    });
    expect(parseCreateUserArgs(['--role', 'partner', '--org', 'assoc-cerfe', '--email', 'p@example.org'])).toEqual({
      email: 'p@example.org',
      role: 'partner',
      org: 'assoc-cerfe',
    });
  });
  it('names what is wrong and how to fix it', () => {
    expect(() => parseCreateUserArgs(['--email', 'nope', '--role', 'admin'])).toThrow(
      /--email must be an e-mail address/,
    );
    expect(() => parseCreateUserArgs(['--email', 'a@b.org', '--role', 'root'])).toThrow(
      'create-user: --role must be one of analyst, partner, staff, admin',
    );
    expect(() => parseCreateUserArgs(['--email', 'a@b.org', '--role', 'partner'])).toThrow(/add --org/);
    expect(() => parseCreateUserArgs(['--email', 'a@b.org', '--role', 'staff', '--org', 'x'])).toThrow(
      /leave --org out for staff/,
    );
    expect(() => parseCreateUserArgs(['--email'])).toThrow('create-user: --email needs a value');
    expect(() => parseCreateUserArgs(['--password', 'x'])).toThrow(/unknown argument "--password"/);
  });
});
