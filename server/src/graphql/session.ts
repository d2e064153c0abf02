/** The narrow sessions the graph questions take (network/session.ts), built from a request's context. */
import { permissionsOf } from '../auth/roles.js';
import { networkSession, type NetworkSession, type StatisticsSession } from '../network/session.js';
import { disclosureOf, type PonteContext } from './context.js';

/** The database, the asker's viewer, the clock and the answer cache: all a graph question sees of the request. */
export function sessionOf(context: PonteContext): NetworkSession {
  return networkSession(context.driver, context.database, context.viewer);
}

/** The statistics also learn whether the role gets exact counts, and the process's rounding. */
export function statisticsSessionOf(context: PonteContext): StatisticsSession {
  return {
    ...sessionOf(context),
    exactCounts: permissionsOf(context.auth.role).exactCounts,
    disclosure: disclosureOf(context),
  };
}
