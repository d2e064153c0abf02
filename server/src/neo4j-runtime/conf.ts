/** What a local Neo4j needs to know to start; everything else is fixed by Ponte. */
export interface LocalNeo4jSettings {
  readonly home: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
}

export interface LocalNeo4jLayout {
  readonly home: string;
  readonly conf: string;
  readonly data: string;
  readonly logs: string;
  readonly run: string;
  readonly import: string;
  readonly pidFile: string;
  readonly consoleLog: string;
}

export function layoutOf(home: string): LocalNeo4jLayout {
  return {
    home,
    conf: `${home}/conf`,
    data: `${home}/data`,
    logs: `${home}/logs`,
    run: `${home}/run`,
    import: `${home}/import`,
    pidFile: `${home}/run/ponte-neo4j.json`,
    consoleLog: `${home}/logs/console.log`,
  };
}

/**
 * The neo4j.conf Ponte writes for its own Neo4j. Bolt only, on loopback, without auth: it is a
 * development and test database that nothing outside this machine can reach. Memory is explicit
 * because Neo4j's default page cache would take half of the machine's RAM.
 */
export function renderNeo4jConf(settings: LocalNeo4jSettings, pluginsDir: string): string {
  const l = layoutOf(settings.home);
  const lines = [
    '# Written by Ponte at every start (server/src/neo4j-runtime/conf.ts); edits are overwritten.',
    `server.directories.data=${l.data}`,
    `server.directories.logs=${l.logs}`,
    `server.directories.run=${l.run}`,
    `server.directories.import=${l.import}`,
    `server.directories.plugins=${pluginsDir}`,
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${settings.pageCache}`,
    'dbms.security.procedures.unrestricted=apoc.*',
    // A small machine: keep transaction logs short so the data folder stays small.
    'db.tx_log.rotation.retention_policy=2 files',
    // Bolt's Netty server waits twice for a 5 s quiet period on shutdown; a local database has no
    // clients left to wait for by then, and Ctrl-C should not take ten seconds.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=2',
    '',
  ];
  return lines.join('\n');
}

/** The JVM flags: heap sized explicitly (conf settings only reach the JVM through bin/neo4j). */
export function jvmArgs(settings: LocalNeo4jSettings, classpath: string, confDir: string): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+UseG1GC',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-cp',
    classpath,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${settings.home}`,
    `--config-dir=${confDir}`,
    '--console-mode',
  ];
}
