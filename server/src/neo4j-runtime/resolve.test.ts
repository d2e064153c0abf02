import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode, PonteError } from '../errors.js';
import { findJava } from './resolve.js';

const saved = process.env.JAVA_HOME;
afterEach(() => {
  if (saved === undefined) delete process.env.JAVA_HOME;
  else process.env.JAVA_HOME = saved;
});

describe('findJava', () => {
  it('says in one line what to install, or to set NEO4J_URI, when Java is missing', async () => {
    process.env.JAVA_HOME = '/nonexistent/jdk';
    const error = await findJava().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PonteError);
    expect((error as PonteError).code).toBe(ErrorCode.RuntimeMissing);
    expect((error as PonteError).message).toMatch(
      /^Java 17 is needed .*apt-get install openjdk-17-jre-headless.* set NEO4J_URI/,
    );
    expect((error as PonteError).message).not.toContain('\n');
  });

  it('accepts the machine Java 17', async () => {
    delete process.env.JAVA_HOME;
    await expect(findJava()).resolves.toBe('java');
  });
});
