import { describe, expect, it } from 'vitest';
import { jvmArgs, renderNeo4jConf } from './conf.js';

const settings = { home: '/tmp/ponte-neo4j', boltPort: 7688, heap: '1g', pageCache: '512m' };

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf(settings, '/cache/plugins');

  it('binds Bolt to loopback on the configured port and turns HTTP off', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7688');
    expect(conf).toContain('server.http.enabled=false');
  });

  it('sizes the page cache explicitly and keeps data under the home folder', () => {
    expect(conf).toContain('server.memory.pagecache.size=512m');
    expect(conf).toContain('server.directories.data=/tmp/ponte-neo4j/data');
    expect(conf).toContain('server.directories.plugins=/cache/plugins');
  });

  it('allows APOC, which @neo4j/graphql needs', () => {
    expect(conf).toContain('dbms.security.procedures.unrestricted=apoc.*');
  });
});

describe('jvmArgs', () => {
  it('fixes the heap and starts the Community server in console mode', () => {
    const args = jvmArgs(settings, 'a.jar:b.jar', '/tmp/ponte-neo4j/conf');
    expect(args.slice(0, 2)).toEqual(['-Xms1g', '-Xmx1g']);
    expect(args).toContain('org.neo4j.server.CommunityEntryPoint');
    expect(args.at(-1)).toBe('--console-mode');
    expect(args[args.indexOf('-cp') + 1]).toBe('a.jar:b.jar');
  });
});
