import type { Driver } from 'neo4j-driver';
import { writeAudit } from '../../auth/audit.js';
import type { ExportFilter } from './model.js';
import type { ExportResult } from './index.js';

/**
 * Exporting copies the whole graph out of Ponte's control, so it is audited like a write: who,
 * the format, the counts and the filter — never a value. Callers write the record before handing
 * the files over; when it cannot be written, the export is refused.
 */
export async function auditExport(
  driver: Driver,
  database: string,
  who: { userId: string; role: string },
  result: ExportResult,
  filter: ExportFilter,
): Promise<void> {
  const scope = [
    filter.kinds ? `kinds ${filter.kinds.join('+')}` : undefined,
    filter.types ? `types ${filter.types.join('+')}` : undefined,
    filter.region ? `region ${filter.region}` : undefined,
  ].filter(Boolean);
  await writeAudit(driver, database, {
    userId: who.userId,
    role: who.role,
    operation: 'exportGraph',
    ids: filter.region ? [filter.region] : [],
    outcome: `ok: ${result.format}, ${result.nodes} nodes, ${result.ties} ties, personal fields ${filter.personalFields ? 'included' : 'left out'}${scope.length ? `, ${scope.join(', ')}` : ''}`,
  });
}
