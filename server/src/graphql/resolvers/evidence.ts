import { requirePermission } from '../../auth/guard.js';
import { ErrorCode } from '../../errors.js';
import {
  MAX_SOURCES,
  checkEvidence,
  encodeEvidence,
  nodeEvidence,
  showSource,
  sourceLabels,
  tieEvidence,
  type SourceRecord,
} from '../../model/evidence.js';
import { ID_PREFIX, NODE_KINDS, isActorKind } from '../../seeds/seed-schema.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { write } from '../write.js';
import type { MutationResolvers, SourceInput } from '../__generated__/resolvers.js';

/**
 * Writing sources as records (docs/data-model.md#evidence): the one place outside seeds and
 * imports that writes `evidence`, and it writes the labels (`sources`, a tie's `source`) from the
 * records in the same statement, so the two never disagree. In the mutation's audited transaction.
 */

/** The records, or a BAD_USER_INPUT naming the first bad one: `sources[1].url`. */
function checked(sources: readonly SourceInput[], field: string): SourceRecord[] {
  const result = checkEvidence(sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v != null))));
  const problem = result.problems[0];
  if (problem) {
    const [index, key] = problem.path.split('.');
    const argument = index === '' || index === undefined ? 'sources' : `sources[${index}]${key ? `.${key}` : ''}`;
    throw userError(`${field}: ${argument}: ${problem.message}; fix it and send again.`, argument);
  }
  return result.sources;
}

/** The label whose id index holds this id: its kind's, `Actor` for every actor kind. */
function labelOf(id: string): string {
  const kind = NODE_KINDS.find((k) => id.startsWith(ID_PREFIX[k]));
  return kind === undefined || isActorKind(kind) ? 'Actor' : kind;
}

export const setActorEvidence: MutationResolvers<PonteContext>['setActorEvidence'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.write, "change an actor's sources");
  const sources = checked(args.sources, 'setActorEvidence');
  const rows = await write<{ labels: string[]; evidence: string[] }>(
    context,
    `MATCH (a:Actor {id: $id})
     SET a.sources = $labels, a.evidence = $evidence, a.updatedAt = datetime()
     RETURN a.sources AS labels, a.evidence AS evidence`,
    { id: args.id, labels: sourceLabels(sources), evidence: encodeEvidence(sources) },
  );
  const row = rows[0];
  if (!row) throw userError(`setActorEvidence: no actor with id "${args.id}".`, 'id', ErrorCode.NotFound);
  return nodeEvidence(row.labels, row.evidence).map(showSource);
};

export const setTieEvidence: MutationResolvers<PonteContext>['setTieEvidence'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.write, "change a tie's sources");
  if (args.sources.length === 0)
    throw userError(
      `setTieEvidence: sources: a tie needs at least one source (1–${MAX_SOURCES}); give one.`,
      'sources',
    );
  const sources = checked(args.sources, 'setTieEvidence');
  // The type comes from the TieType enum and the labels from the ids' prefixes (index seeks).
  const rows = await write<{ source: string; evidence: string[] }>(
    context,
    `MATCH (:${labelOf(args.from)} {id: $from})-[r:${args.type}]->(:${labelOf(args.to)} {id: $to})
     SET r.source = $label, r.evidence = $evidence
     RETURN r.source AS source, r.evidence AS evidence`,
    { from: args.from, to: args.to, label: sourceLabels(sources)[0], evidence: encodeEvidence(sources) },
  );
  const row = rows[0];
  if (!row)
    throw userError(
      `setTieEvidence: no ${args.type} tie from "${args.from}" to "${args.to}" (ties are named in their stored direction; see neighbourhood's edges).`,
      'from',
      ErrorCode.NotFound,
    );
  return {
    type: args.type,
    from: args.from,
    to: args.to,
    source: row.source,
    evidence: tieEvidence(row.source, row.evidence).map(showSource),
  };
};
