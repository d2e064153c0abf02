import { Neo4jError } from 'neo4j-driver';

const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './driver.js';

describe('isDatabaseUnavailable', () => {
  it('counts the driver’s connection failures, whatever socket error caused them, as the database being away', () => {
    for (const code of ['ECONNREFUSED', 'EPIPE', 'ECONNRESET', 'ServiceUnavailable', 'SessionExpired'])
      expect(
        isDatabaseUnavailable(driverError('Failed to connect to server. Caused by: write EPIPE', code)),
        code,
      ).toBe(true);
  });

  it('does not count a query’s own errors', () => {
    expect(isDatabaseUnavailable(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('x'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
