import { describe, expect, it } from 'vitest';
import { effectiveRole, permissionsOf, viewerFor } from './roles.js';

describe('roles', () => {
  it('maps every role to the permissions of docs/architecture.md#who-sees-what', () => {
    expect(permissionsOf('anonymous')).toEqual({
      readMigrants: 'none',
      readPersonalFields: false,
      write: false,
      readAuditLog: false,
      introspect: false,
      exactCounts: false,
      requestIntroductions: false,
      handleIntroductions: false,
      manageUsers: false,
    });
    expect(permissionsOf('analyst')).toMatchObject({
      readMigrants: 'all',
      readPersonalFields: false,
      write: false,
      readAuditLog: false,
    });
    expect(permissionsOf('partner')).toMatchObject({
      readMigrants: 'consenting',
      readPersonalFields: false,
      write: false,
      readAuditLog: false,
      requestIntroductions: true,
      exactCounts: false,
    });
    for (const r of ['staff', 'admin'] as const) {
      expect(permissionsOf(r)).toEqual({
        readMigrants: 'all',
        readPersonalFields: true,
        write: true,
        readAuditLog: true,
        introspect: true,
        exactCounts: true,
        requestIntroductions: false,
        handleIntroductions: true,
        manageUsers: r === 'admin',
      });
    }
  });

  it('names migrants by consent: anonymous nobody, analyst PUBLIC only, partner NETWORK too, staff everyone', () => {
    const table = (role: Parameters<typeof viewerFor>[0]) =>
      ['NONE', 'NETWORK', 'PUBLIC', null].map((c) => viewerFor(role).mayNameMigrant(c));
    expect(table('anonymous')).toEqual([false, false, false, false]);
    expect(table('analyst')).toEqual([false, false, true, false]);
    expect(table('partner')).toEqual([false, true, true, false]);
    expect(table('staff')).toEqual([true, true, true, true]);
    expect(table('admin')).toEqual([true, true, true, true]);
  });

  it('acts with the strongest known role', () => {
    expect(effectiveRole(undefined)).toBe('anonymous');
    expect(effectiveRole(['root'])).toBe('anonymous');
    expect(effectiveRole(['partner', 'analyst'])).toBe('partner');
    expect(effectiveRole(['admin', 'staff'])).toBe('admin');
  });
});
