import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { config } from '../../config/config.js';
import { createDriver } from '../../db/driver.js';
import { ErrorCode, PonteError } from '../../errors.js';
import { auditExport } from '../../io/export/audit.js';
import { parseExportRequest } from '../../io/export/filter.js';
import { exportGraph } from '../../io/export/index.js';
import { checkExportTarget, writeExport } from '../../io/export/write-files.js';
import { localNeo4jFromConfig } from '../../neo4j-runtime/from-config.js';
import type { PonteCommand } from './command.js';

const USAGE = '--format json|csv|graphml|gexf --out PATH [--kinds Kind,…] [--types TYPE,…] [--region ID|CODE] [--personal]';

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((v) => v.trim()).filter(Boolean);
}

/**
 * `npm run ponte -- export`: the graph (or a filtered part) as seed JSON or CSV (a folder), GraphML
 * or GEXF (a file). Uses NEO4J_URI, or the local Neo4j (started for the export if needed). Audited
 * as `cli:<os user>`, like a write: the files leave Ponte's access control.
 */
export const command: PonteCommand = {
  summary: 'export the graph as seed JSON, CSV, GraphML or GEXF (audited)',
  usage: USAGE,
  async run(args) {
    let values;
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { format: { type: 'string' }, out: { type: 'string' }, kinds: { type: 'string' }, types: { type: 'string' }, region: { type: 'string' }, personal: { type: 'boolean' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new PonteError(ErrorCode.BadUserInput, `export: ${(error as Error).message}; usage: export ${USAGE}`);
    }
    const { format, filter } = parseExportRequest(
      { format: values.format, kinds: list(values.kinds), types: list(values.types), region: values.region, personalFields: values.personal },
      (option) => `export --${option}`,
    );
    if (!values.out) throw new PonteError(ErrorCode.BadUserInput, `export --out: missing; name the ${format === 'json' || format === 'csv' ? 'folder' : 'file'} to write`);
    await checkExportTarget(format, values.out);

    const cfg = config();
    const local = cfg.neo4j.uri ? undefined : localNeo4jFromConfig(cfg, (m) => console.error(m));
    const running = local ? await local.start() : undefined;
    const driver = createDriver({ uri: cfg.neo4j.uri ?? running!.uri, username: cfg.neo4j.username, password: cfg.neo4j.password });
    try {
      const started = Date.now();
      const result = await exportGraph(driver, cfg.neo4j.database, format, filter);
      await auditExport(driver, cfg.neo4j.database, { userId: `cli:${userInfo().username}`, role: 'cli' }, result, filter);
      const written = await writeExport(result, values.out);
      console.log(`Exported ${result.nodes} nodes and ${result.ties} ties as ${format} to ${written.length === 1 ? written[0] : `${values.out} (${written.length} files)`} in ${Date.now() - started} ms${filter.personalFields ? ' (with personal fields)' : ''}.`);
    } finally {
      await driver.close();
      if (running?.startedHere) await local!.stop();
    }
  },
};
