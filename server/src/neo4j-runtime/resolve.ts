import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ErrorCode, PonteError } from '../errors.js';
import { paths } from '../paths.js';

const run = promisify(execFile);

export interface ResolvedRuntime {
  readonly java: string;
  readonly classpath: string;
  readonly pluginsDir: string;
}

const INSTALL_HINT = 'or set NEO4J_URI to use a Neo4j you already run (Aura, Docker, a cluster)';

/** Java 17 or 21: Neo4j 5.26 runs on both and on nothing newer or older. */
export async function findJava(): Promise<string> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let versionText: string;
  try {
    const { stderr, stdout } = await run(java, ['-version']);
    versionText = `${stderr}${stdout}`;
  } catch {
    throw new PonteError(
      ErrorCode.RuntimeMissing,
      `Java 17 is needed to run the local Neo4j and "${java}" was not found: install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) ${INSTALL_HINT}.`,
    );
  }
  const major = Number(/version "(\d+)/.exec(versionText)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new PonteError(
      ErrorCode.RuntimeMissing,
      `Neo4j 5.26 needs Java 17 or 21, but "${java}" is Java ${Number.isNaN(major) ? '?' : major}: install Java 17 and point JAVA_HOME at it, ${INSTALL_HINT}.`,
    );
  }
  return java;
}

async function findMaven(): Promise<string> {
  try {
    await run('mvn', ['-v']);
    return 'mvn';
  } catch {
    throw new PonteError(
      ErrorCode.RuntimeMissing,
      `Maven is needed once to fetch Neo4j from Maven Central and "mvn" was not found: install it (Debian/Ubuntu: apt-get install maven) ${INSTALL_HINT}.`,
    );
  }
}

/**
 * Resolves the Neo4j server classpath and the APOC plugin from Maven Central into the local Maven
 * cache, once: the result is kept in .neo4j/runtime, stamped with a hash of the pom, so later starts
 * cost nothing and a version bump in the pom resolves again.
 */
export async function resolveRuntime(log: (msg: string) => void = () => {}): Promise<ResolvedRuntime> {
  const java = await findJava();
  const cacheDir = paths.runtimeCache;
  const cpFile = path.join(cacheDir, 'classpath.txt');
  const pluginsDir = path.join(cacheDir, 'plugins');
  const stampFile = path.join(cacheDir, 'stamp');
  const pom = await readFile(paths.runtimePom, 'utf8');
  const stamp = createHash('sha256').update(pom).digest('hex');

  const cached = existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === stamp;
  if (!cached || !existsSync(cpFile)) {
    const mvn = await findMaven();
    log('Resolving Neo4j 5.26 and APOC from Maven Central (first start only; about a minute)…');
    await rm(cacheDir, { recursive: true, force: true });
    await mkdir(pluginsDir, { recursive: true });
    const pomArgs = ['-B', '-q', '-f', paths.runtimePom];
    try {
      await run(mvn, [...pomArgs, 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`], {
        maxBuffer: 16 * 1024 * 1024,
      });
      await run(mvn, [...pomArgs, 'dependency:copy@apoc', `-DoutputDirectory=${pluginsDir}`], {
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const out =
        error instanceof Error && 'stdout' in error
          ? String((error as { stdout: unknown }).stdout)
              .split('\n')
              .filter((l) => l.includes('ERROR'))
              .slice(0, 5)
              .join('\n')
          : '';
      throw new PonteError(
        ErrorCode.RuntimeFailed,
        `Maven could not resolve Neo4j from Maven Central (is the registry reachable?):\n${out}`,
        { cause: error },
      );
    }
    await writeFile(stampFile, stamp);
  }
  const plugins = (await readdir(pluginsDir)).filter((f) => f.endsWith('.jar')).map((f) => path.join(pluginsDir, f));
  // The plugins also go on the classpath: APOC registers its injectable components through
  // ServiceLoader, which only sees the application class loader.
  const classpath = [(await readFile(cpFile, 'utf8')).trim(), ...plugins].join(path.delimiter);
  return { java, classpath, pluginsDir };
}
