// npm run ponte -- import FILE --kind KIND [--format csv|json] [--map "Header=field,…"] [--dry-run]
// Imports a CSV or JSON file of one node kind or tie type (docs/import-export.md): every problem
// is listed with row and column and nothing is written; otherwise one transaction writes it all.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ErrorCode, PonteError } from '../../errors.js';
import { runImport } from '../../io/import/import.js';
import { parseMappingOption, type UserMapping } from '../../io/import/mapping.js';
import { formatChange, formatCounts, formatIssue, formatWarning } from '../../io/import/report.js';
import { parseTarget, TARGET_CHOICES } from '../../io/import/target.js';
import type { ImportFormat, ImportProgress, ImportTarget } from '../../io/import/types.js';
import { displayPath } from '../../seeds/validate.js';
import { withDatabase } from '../database.js';
import { progressBar } from '../progress-bar.js';
import type { PonteCommand } from './command.js';

const USAGE = 'FILE --kind KIND [--format csv|json] [--map "Header=field,…"] [--dry-run]';
/** Problems printed one per line; the count says how many more there were. */
const SHOWN = 50;
/** Files with at least this many records get a progress bar. */
const BAR_FROM = 2_000;

export interface ImportArgs {
  readonly file: string;
  readonly target: ImportTarget | undefined;
  readonly format: ImportFormat;
  readonly mapping: UserMapping;
  readonly dryRun: boolean;
}

function bad(message: string): PonteError {
  return new PonteError(ErrorCode.BadUserInput, `import: ${message} (usage: npm run ponte -- import ${USAGE})`);
}

/** The command line → what to import; every mistake says which option and what to write. Pure. */
export function parseImportArgs(args: readonly string[]): ImportArgs {
  let file: string | undefined;
  let kind: string | undefined;
  let format: string | undefined;
  let map: string | undefined;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw bad(`${arg} needs a value`);
      return v;
    };
    if (arg === '--kind') kind = value();
    else if (arg === '--format') format = value();
    else if (arg === '--map') map = value();
    else if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('--')) throw bad(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw bad(`one file at a time (got "${file}" and "${arg}")`);
  }
  if (!file) throw bad('which file? give its path');
  const ext = path.extname(file).toLowerCase();
  const chosen =
    format?.toLowerCase() ??
    (ext === '.json' ? 'json' : ext === '.csv' || ext === '.tsv' || ext === '.txt' ? 'csv' : undefined);
  if (chosen !== 'csv' && chosen !== 'json')
    throw bad(
      format
        ? `--format must be csv or json (got "${format}")`
        : `cannot tell the format of "${path.basename(file)}" from its name; add --format csv or --format json`,
    );
  let target: ImportTarget | undefined;
  if (kind !== undefined) {
    target = parseTarget(kind);
    if (!target) throw bad(`--kind "${kind}" is not ${TARGET_CHOICES}`);
  } else if (chosen === 'csv') {
    throw bad(`--kind is required: ${TARGET_CHOICES}`);
  }
  let mapping: UserMapping = new Map();
  if (map !== undefined) {
    const parsed = parseMappingOption(map);
    if (parsed.mapping === undefined) throw bad(parsed.error);
    mapping = parsed.mapping;
  }
  return { file, target, format: chosen, mapping, dryRun };
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

export const command: PonteCommand = {
  summary: 'import a CSV or JSON file of one kind of record (all-or-nothing; --dry-run shows what would change)',
  usage: USAGE,
  async run(args) {
    const parsed = parseImportArgs(args);
    let content: Uint8Array;
    try {
      content = await readFile(parsed.file);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      throw bad(`cannot read ${parsed.file} (${reason}); check the path`);
    }
    const shown = displayPath(parsed.file);
    const bar = progressBar<ImportProgress>((p) => (p.phase === 'check' ? 'comparing with the database' : 'writing'));
    await withDatabase(async ({ driver, database }) => {
      const report = await runImport({
        driver,
        database,
        format: parsed.format,
        target: parsed.target,
        content,
        mapping: parsed.mapping,
        dryRun: parsed.dryRun,
        // The command line has no Ponte account: the database credentials are the gate, and the
        // audit log names the operating-system user who ran it.
        actor: { userId: `cli:${osUser()}`, role: 'cli', operation: 'import' },
        onProgress: (p) => {
          if (p.total >= BAR_FROM) bar.update(p);
        },
      });
      bar.done();
      if (report.errorCount > 0) {
        for (const issue of report.errors.slice(0, SHOWN)) console.error(formatIssue(shown, issue));
        if (report.errorCount > SHOWN) console.error(`… and ${report.errorCount - SHOWN} more`);
        const count = report.errorCount === 1 ? '1 problem' : `${report.errorCount} problems`;
        throw new PonteError(
          ErrorCode.ImportInvalid,
          `${shown}: ${count}, nothing was written; fix them and run the import again`,
        );
      }
      if (report.dryRun) {
        for (const change of report.changes.slice(0, SHOWN)) console.log(formatChange(change));
        const listed = Math.min(report.changes.length, SHOWN);
        const changed = report.counts.created + report.counts.updated;
        if (changed > listed) console.log(`  … and ${changed - listed} more`);
      }
      for (const warning of report.warnings.slice(0, SHOWN)) console.error(formatWarning(shown, warning));
      console.log(formatCounts(report));
    });
  },
};
