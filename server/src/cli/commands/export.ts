import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ErrorCode, PonteError } from '../../errors.js';
import { auditExport } from '../../io/export/audit.js';
import { parseExportRequest } from '../../io/export/filter.js';
import { exportGraph } from '../../io/export/index.js';
import { checkExportTarget, writeExport } from '../../io/export/write-files.js';
import { withDatabase } from '../database.js';
import type { PonteCommand } from './command.js';

const USAGE =
  '--format json|csv|graphml|gexf --out PATH [--kinds Kind,…] [--types TYPE,…] [--region ID|CODE] [--personal]';

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
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
        options: {
          format: { type: 'string' },
          out: { type: 'string' },
          kinds: { type: 'string' },
          types: { type: 'string' },
          region: { type: 'string' },
          personal: { type: 'boolean' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new PonteError(ErrorCode.BadUserInput, `export: ${(error as Error).message}; usage: export ${USAGE}`);
    }
    const { format, filter } = parseExportRequest(
      {
        format: values.format,
        kinds: list(values.kinds),
        types: list(values.types),
        region: values.region,
        personalFields: values.personal,
      },
      (option) => `export --${option}`,
    );
    if (!values.out)
      throw new PonteError(
        ErrorCode.BadUserInput,
        `export --out: missing; name the ${format === 'json' || format === 'csv' ? 'folder' : 'file'} to write`,
      );
    await checkExportTarget(format, values.out);

    await withDatabase(
      async ({ driver, database }) => {
        const started = Date.now();
        const result = await exportGraph(driver, database, format, filter);
        await auditExport(driver, database, { userId: `cli:${userInfo().username}`, role: 'cli' }, result, filter);
        const written = await writeExport(result, values.out!);
        console.log(
          `Exported ${result.nodes} nodes and ${result.ties} ties as ${format} to ${written.length === 1 ? written[0] : `${values.out} (${written.length} files)`} in ${Date.now() - started} ms${filter.personalFields ? ' (with personal fields)' : ''}.`,
        );
      },
      { migrate: false }, // reads only
    );
  },
};
