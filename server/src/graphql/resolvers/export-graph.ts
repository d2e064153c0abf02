import { GraphQLError } from 'graphql';
import { requirePermission } from '../../auth/guard.js';
import { RateWindow } from '../../auth/rate-window.js';
import { ErrorCode, isPonteError } from '../../errors.js';
import { auditExport } from '../../io/export/audit.js';
import { parseExportRequest } from '../../io/export/filter.js';
import { exportGraph as runExport, type ExportMetrics } from '../../io/export/index.js';
import { networkAnalytics } from '../../network/analytics/analytics.js';
import { checkScope } from '../../network/analytics/scope.js';
import type { NetworkSession } from '../../network/session.js';
import { sessionOf } from '../session.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryResolvers } from '../__generated__/resolvers.js';

/** Exports per user per minute: an export reads the whole graph, so one user may not loop on it. */
export const EXPORTS_PER_MINUTE = 6;
const exportsPerUser = new RateWindow(EXPORTS_PER_MINUTE, 60_000);
/** Above this many nodes + ties, the answer would be tens of MB: the CLI streams it to disk instead. */
export const MAX_API_EXPORT_RECORDS = 200_000;

/**
 * Staff download the graph through GraphQL itself rather than a separate `/export/…` route: the
 * same token, role check, rate limits, error codes and audit apply with no second code path, and
 * GraphiQL and scripts get the files with one query (the explorer turns `content` into a Blob).
 */
export const exportGraph: QueryResolvers<PonteContext>['exportGraph'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.write && p.readPersonalFields, 'export the graph');
  const principal = context.auth.principal!;
  let request;
  try {
    request = parseExportRequest(
      {
        format: args.format,
        kinds: args.filter?.kinds,
        types: args.filter?.types,
        region: args.filter?.region,
        personalFields: args.filter?.personalFields,
      },
      (option) => (option === 'format' ? 'exportGraph(format)' : `exportGraph(filter.${option})`),
    );
  } catch (error) {
    throw isPonteError(error)
      ? userError(error.message, error.message.startsWith('exportGraph(format)') ? 'format' : 'filter')
      : error;
  }
  const wait = exportsPerUser.hit(principal.sub);
  if (wait > 0) {
    throw new GraphQLError(
      `exportGraph: at most ${EXPORTS_PER_MINUTE} exports a minute per user; try again in ${wait} s.`,
      { extensions: { code: ErrorCode.RateLimited } },
    );
  }
  const result = await runExport(
    context.driver,
    context.database,
    request.format,
    request.filter,
    request.format === 'json' ? undefined : await exportMetrics(sessionOf(context)),
  ).catch((error: unknown) => {
    if (isPonteError(error)) throw userError(`exportGraph(filter.region): ${error.message}.`, 'filter', error.code);
    throw error;
  });
  if (result.nodes + result.ties > MAX_API_EXPORT_RECORDS) {
    throw userError(
      `exportGraph: ${result.nodes + result.ties} records are too many for one answer (at most ${MAX_API_EXPORT_RECORDS}); narrow the filter or use \`npm run ponte -- export\`.`,
      'filter',
    );
  }
  // Audited before the files leave: if the record cannot be written, nothing is handed over.
  await auditExport(
    context.driver,
    context.database,
    { userId: principal.sub, role: principal.role },
    result,
    request.filter,
  );
  return {
    format: args.format,
    nodes: result.nodes,
    ties: result.ties,
    files: result.files.map((f) => ({ name: f.name, mediaType: f.mediaType, content: f.content })),
  };
};

/**
 * The network metrics exports carry as node attributes (docs/analytics.md#in-exports): of the
 * whole graph today, as staff see it (exports are staff-only), from the analytics cache.
 */
async function exportMetrics(session: NetworkSession): Promise<Map<string, ExportMetrics>> {
  const analytics = await networkAnalytics(session, checkScope('exportGraph', {}, session.today()));
  return new Map(
    analytics.nodes.map(({ id, degree, weightedDegree, pageRank, betweenness, community }) => [
      id,
      { degree, weightedDegree, pageRank, betweenness, community },
    ]),
  );
}
