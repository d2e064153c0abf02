import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { requirePermission } from '../../auth/guard.js';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { MASKED_NAME } from '../../explain/english.js';
import { read } from '../../network/db.js';
import { write } from '../write.js';
import type { IntroductionStatus, MutationResolvers, QueryResolvers } from '../__generated__/resolvers.js';

/**
 * Introduction requests, a partner's one write (docs/architecture.md#writes-and-audit). Stored as (:IntroductionRequest) nodes
 * with plain id properties (no relationships, so graph answers and statistics never meet them):
 * `fromOrg`, `toId`, and `path`, where a hop the partner may not name is stored as '' and never by
 * identity. Erasing a migrant also scrubs its id from requests (account.ts).
 */

/** Requests per hour, per organisation and per user. */
export const INTRODUCTIONS_PER_HOUR = 20;
const MAX_MESSAGE = 2000;
const MAX_PATH = 12;
const MASKED_HOP = '';
/** Hops a partner may send without knowing the person: graph answers' placeholders and migrants' slugs. */
const PERSON_LIKE = /^(masked-\d+|migrant-.+)$/;

interface StoredRequest {
  id: string;
  createdAt: string;
  fromOrg: string;
  toId: string | null;
  message: string | null;
  path: string[];
  status: IntroductionStatus;
  updatedAt: string | null;
}

interface NodeInfo {
  id: string;
  name: string | null;
  labels: string[];
  consent: string | null;
}

const REQUEST =
  'r {.id, createdAt: toString(r.createdAt), .fromOrg, .toId, .message, path: coalesce(r.path, []), .status, updatedAt: toString(r.updatedAt)} AS r';

/** Actors, events, projects and opportunities by id (each label's unique index). */
async function nodesById(context: PonteContext, ids: readonly string[]): Promise<Map<string, NodeInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await read<NodeInfo>(
    context,
    `CALL () {
       MATCH (n:Actor) WHERE n.id IN $ids RETURN n
       UNION MATCH (n:Event) WHERE n.id IN $ids RETURN n
       UNION MATCH (n:ReturnProject) WHERE n.id IN $ids RETURN n
       UNION MATCH (n:Opportunity) WHERE n.id IN $ids RETURN n
     }
     RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.consent AS consent`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

const nameable = (context: PonteContext, node: NodeInfo) =>
  !node.labels.includes('Migrant') || context.viewer.mayNameMigrant(node.consent);

/** Requests as the asker may see them: names looked up now, migrants masked as the asker's role says now. */
async function shown(context: PonteContext, requests: readonly StoredRequest[]) {
  const ids = requests.flatMap((r) => [
    r.fromOrg,
    ...(r.toId ? [r.toId] : []),
    ...r.path.filter((h) => h !== MASKED_HOP),
  ]);
  const nodes = await nodesById(context, ids);
  const visible = (id: string | null) => {
    const node = id ? nodes.get(id) : undefined;
    return node && nameable(context, node) ? node : undefined;
  };
  return requests.map((r) => {
    const to = visible(r.toId);
    return {
      id: r.id,
      createdAt: r.createdAt,
      from: r.fromOrg,
      fromName: nodes.get(r.fromOrg)?.name ?? null,
      to: to ? to.id : null,
      toName: to ? to.name : null,
      message: r.message,
      path: r.path.map((hop) => {
        const node = visible(hop);
        if (node) return { id: node.id, name: node.name, masked: false };
        // Stored masked, or a person the asker may no longer name, or erased since. A person-like
        // id is masked whether or not the person still exists, so the answer does not tell a
        // person hidden from the asker from one deleted (docs/privacy.md).
        const masked = hop === MASKED_HOP || nodes.has(hop) || PERSON_LIKE.test(hop);
        return { id: null, name: masked ? MASKED_NAME : null, masked };
      }),
      status: r.status,
      updatedAt: r.updatedAt,
    };
  });
}

export const requestIntroduction: MutationResolvers<PonteContext>['requestIntroduction'] = async (
  _parent,
  args,
  context,
) => {
  requirePermission(context, (p) => p.requestIntroductions, 'request introductions');
  const principal = context.auth.principal!;
  const org = principal.org;
  if (!org)
    throw new GraphQLError(
      'requestIntroduction: your account belongs to no organisation; ask an admin to set one (setUserRole).',
      { extensions: { code: ErrorCode.Forbidden } },
    );
  const wait = context.services!.introductionLimiter.hit(org, principal.sub);
  if (wait > 0) {
    throw new GraphQLError(
      `Too many introduction requests: at most ${INTRODUCTIONS_PER_HOUR} an hour per organisation and per user; try again in ${Math.ceil(wait / 60)} minute(s).`,
      {
        extensions: {
          code: ErrorCode.RateLimited,
          http: { status: 429, headers: new Map([['retry-after', String(wait)]]) },
        },
      },
    );
  }
  const message = args.message?.trim() || null;
  if (message && message.length > MAX_MESSAGE)
    throw userError(
      `requestIntroduction: "message" is ${message.length} characters; the limit is ${MAX_MESSAGE}.`,
      'message',
    );
  const path = args.path ?? [];
  if (path.length > MAX_PATH)
    throw userError(`requestIntroduction: "path" has ${path.length} hops; the limit is ${MAX_PATH}.`, 'path');
  if (args.to === org)
    throw userError('requestIntroduction: "to" is your own organisation; choose the actor you want to meet.', 'to');

  const nodes = await nodesById(context, [args.to, ...path]);
  const target = nodes.get(args.to);
  // A person the partner may not name is answered like an unknown id: its existence is not confirmed.
  if (!target || !target.labels.includes('Actor') || !nameable(context, target)) {
    throw userError(
      `requestIntroduction: no actor you may see has id "${args.to}" (argument "to").`,
      'to',
      ErrorCode.NotFound,
    );
  }
  const storedPath = path.map((hop, i) => {
    const node = nodes.get(hop);
    if (node && nameable(context, node)) return node.id;
    if (PERSON_LIKE.test(hop)) return MASKED_HOP;
    throw userError(
      `requestIntroduction: "path[${i}]" is "${hop}", which is no actor, event, project or opportunity; send the ids of a path from introductions or paths.`,
      `path[${i}]`,
    );
  });
  const rows = await write<{ r: StoredRequest }>(
    context,
    `CREATE (r:IntroductionRequest {id: $id, createdAt: datetime(), fromOrg: $org, toId: $to, message: $message, path: $path, status: 'OPEN', requestedBy: $sub})
     RETURN ${REQUEST}`,
    { id: `intro-${randomUUID()}`, org, to: target.id, message, path: storedPath, sub: principal.sub },
  );
  return (await shown(context, [rows[0]!.r]))[0]!;
};

export const myIntroductionRequests: QueryResolvers<PonteContext>['myIntroductionRequests'] = async (
  _parent,
  _args,
  context,
) => {
  requirePermission(context, (p) => p.requestIntroductions, 'list your introduction requests');
  const org = context.auth.principal!.org;
  if (!org) return [];
  const rows = await read<{ r: StoredRequest }>(
    context,
    `MATCH (r:IntroductionRequest {fromOrg: $org}) RETURN ${REQUEST} ORDER BY r.createdAt DESC, r.id DESC LIMIT 500`,
    { org },
  );
  return shown(
    context,
    rows.map((x) => x.r),
  );
};

export const introductionRequests: QueryResolvers<PonteContext>['introductionRequests'] = async (
  _parent,
  args,
  context,
) => {
  requirePermission(context, (p) => p.handleIntroductions, 'list every introduction request');
  const limit = args.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw userError(`introductionRequests: "limit" must be between 1 and 500 (got ${limit}).`, 'limit');
  const rows = await read<{ r: StoredRequest }>(
    context,
    `MATCH (r:IntroductionRequest) WHERE $status IS NULL OR r.status = $status RETURN ${REQUEST} ORDER BY r.createdAt DESC, r.id DESC LIMIT $limit`,
    { status: args.status ?? null, limit: neo4j.int(limit) },
  );
  return shown(
    context,
    rows.map((x) => x.r),
  );
};

export const setIntroductionStatus: MutationResolvers<PonteContext>['setIntroductionStatus'] = async (
  _parent,
  args,
  context,
) => {
  requirePermission(context, (p) => p.handleIntroductions, 'handle introduction requests');
  const rows = await write<{ r: StoredRequest }>(
    context,
    `MATCH (r:IntroductionRequest {id: $id}) SET r.status = $status, r.updatedAt = datetime(), r.handledBy = $sub RETURN ${REQUEST}`,
    { id: args.id, status: args.status, sub: context.auth.principal!.sub },
  );
  if (!rows[0])
    throw userError(`setIntroductionStatus: no introduction request with id "${args.id}".`, 'id', ErrorCode.NotFound);
  return (await shown(context, [rows[0].r]))[0]!;
};
