import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ErrorCode, PonteError } from '../../errors.js';
import type { ExportResult } from './index.js';
import type { ExportFormat } from './model.js';

/**
 * Puts an export on disk: json and csv fill a folder (created if missing, refused if it already
 * holds files, so a stale file of an earlier export can never slip into a re-import); graphml and
 * gexf write one file at `out` (or `ponte.<format>` inside `out` when it is a folder).
 * Returns the paths written.
 */
/** Refuses a target that cannot take the export, before anything is read or audited. */
export async function checkExportTarget(format: ExportFormat, out: string): Promise<void> {
  if (format !== 'json' && format !== 'csv') return;
  const existing = await readdir(path.resolve(out)).catch(() => [] as string[]);
  if (existing.length > 0) {
    throw new PonteError(
      ErrorCode.BadUserInput,
      `export --out ${out}: the folder is not empty (${existing.length} entries); name a new or empty folder`,
    );
  }
}

export async function writeExport(result: ExportResult, out: string): Promise<string[]> {
  const target = path.resolve(out);
  if (result.format === 'json' || result.format === 'csv') {
    await mkdir(target, { recursive: true });
    await checkExportTarget(result.format, out);
    const written: string[] = [];
    for (const file of result.files) {
      const destination = path.join(target, file.name);
      await writeFile(destination, file.content, 'utf8');
      written.push(destination);
    }
    return written;
  }
  const file = result.files[0]!;
  const isDir = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const destination = isDir ? path.join(target, file.name) : target;
  await mkdir(path.dirname(destination), { recursive: true });
  await writeFile(destination, file.content, 'utf8');
  return [destination];
}
