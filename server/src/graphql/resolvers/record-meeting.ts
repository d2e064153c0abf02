import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { requirePermission } from '../../auth/guard.js';
import { ErrorCode } from '../../errors.js';
import { isNodeActiveOn, lifetimeOf, type Lifetime } from '../../network/time.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { inWriteTransaction } from '../write.js';
import { graphqlCjs } from '../writes/graphql-cjs.js';
import { checkConfidence, checkId, checkText, isConstraintViolation, slugOf } from '../writes/rules.js';

/** recordMeeting's input as GraphQL hands it over (typed by hand: its SDL names generated types). */
export interface RecordMeetingInput {
  readonly id?: string | null;
  readonly name: string;
  readonly date: unknown;
  readonly city?: string | null;
  readonly country: string;
  readonly kind: string;
  readonly description?: string | null;
  readonly attendees: readonly string[];
  readonly role?: string | null;
  readonly source: string;
  readonly confidence?: number | null;
}

/** The most attendees one call records: the largest Mig-Ressources meetings had a few hundred. */
const MAX_ATTENDEES = 1000;

/** Checks the input; the first problem is thrown as BAD_USER_INPUT naming the input field. */
export function checkMeetingInput(input: RecordMeetingInput): { id: string; date: string } {
  const fail = (field: string, message: string) => {
    throw userError(`recordMeeting(input.${field}): ${message}.`, `input.${field}`);
  };
  for (const field of ['name', 'source', 'city', 'description'] as const) {
    const problem = checkText(input[field], field);
    if (problem) fail(field, problem);
  }
  const date = String(input.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('date', `expected a calendar date YYYY-MM-DD (got ${date})`);
  const confidence = checkConfidence(input.confidence);
  if (confidence) fail('confidence', confidence);
  if (input.attendees.length === 0) fail('attendees', 'name at least one attendee id');
  if (input.attendees.length > MAX_ATTENDEES)
    fail(
      'attendees',
      `at most ${MAX_ATTENDEES} attendees per call (got ${input.attendees.length}); record the rest with updateEvents`,
    );
  const repeated = [...new Set(input.attendees.filter((id, i) => input.attendees.indexOf(id) !== i))];
  if (repeated.length > 0)
    fail('attendees', `${repeated.map((id) => `"${id}"`).join(', ')} listed more than once; list each attendee once`);
  const id = input.id ?? `event-${date}-${slugOf(input.name) || 'meeting'}`;
  const idProblem = checkId(id, 'event-');
  if (idProblem) fail('id', idProblem);
  return { id, date };
}

export async function recordMeeting(
  _parent: unknown,
  args: { input: RecordMeetingInput },
  context: PonteContext,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  requirePermission(context, (p) => p.write, 'record a meeting');
  const input = args.input;
  const { id, date } = checkMeetingInput(input);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  try {
    await inWriteTransaction(context, async (tx) => {
      // Everything is checked inside the write transaction, so a concurrent write cannot slip in
      // between the check and the create; any throw rolls the whole meeting back.
      const taken = await tx.run('MATCH (e:Event {id: $id}) RETURN count(e) AS n', { id });
      if (Number(taken.records[0]?.get('n')) > 0) {
        throw userError(
          `recordMeeting(input.id): an event with id "${id}" already exists; pass another id${input.id ? '' : ' in input.id'}, or add attendees to it with updateEvents.`,
          'input.id',
          ErrorCode.Conflict,
        );
      }
      const found = await tx.run(
        'UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) RETURN id, a IS NOT NULL AS known, a {.founded, .closed} AS life',
        { ids: [...input.attendees] },
      );
      const unknown = found.records.filter((r) => r.get('known') !== true).map((r) => r.get('id') as string);
      if (unknown.length > 0) {
        throw userError(
          `recordMeeting(input.attendees): no actor with id ${unknown.map((u) => `"${u}"`).join(', ')}; fix the id${unknown.length > 1 ? 's' : ''} or create the actor${unknown.length > 1 ? 's' : ''} first. Nothing was written.`,
          'input.attendees',
          ErrorCode.NotFound,
        );
      }
      // Attending is dated on the meeting's day: only an actor alive that day can attend (docs/data-model.md#time).
      const absent = found.records
        .filter((r) => r.get('known') === true && !isNodeActiveOn(r.get('life') as Lifetime, date))
        .map((r) => ({ id: r.get('id') as string, life: lifetimeOf(r.get('life') as Lifetime) }));
      if (absent.length > 0) {
        const why = absent
          .map(({ id, life }) =>
            life.from !== null && date < life.from
              ? `"${id}" was founded on ${life.from}`
              : `"${id}" closed on ${life.to}`,
          )
          .join(', ');
        throw userError(
          `recordMeeting(input.attendees): ${why}, so it cannot attend a meeting on ${date}; an attendee must exist on the meeting's date (docs/data-model.md#time). Fix the date or the attendees. Nothing was written.`,
          'input.attendees',
        );
      }
      const date_ = new neo4j.Date(year, month, day);
      await tx.run(
        `CREATE (e:Event {id: $id, name: $name, type: $kind, date: $date, city: $city, country: $country, description: $description,
                         sources: [$source], synthetic: false, createdAt: datetime(), updatedAt: datetime()})
         WITH e
         UNWIND $attendees AS attendee
         MATCH (a:Actor {id: attendee})
         CREATE (a)-[:ATTENDED {role: $role, since: $date, until: $date, source: $source, confidence: $confidence}]->(e)`,
        {
          id,
          name: input.name.trim(),
          kind: input.kind,
          date: date_,
          city: input.city?.trim() ?? null,
          country: input.country,
          description: input.description?.trim() ?? null,
          source: input.source.trim(),
          attendees: [...input.attendees],
          role: input.role ?? 'PARTICIPANT',
          confidence: input.confidence ?? 1,
        },
      );
    });
  } catch (error) {
    if (isConstraintViolation(error)) {
      throw userError(
        `recordMeeting(input.id): an event with id "${id}" already exists; pass another id.`,
        'input.id',
        ErrorCode.Conflict,
      );
    }
    throw error;
  }
  return readBack(id, context, info);
}

/**
 * Answers with the generated `events` query for the new id and the caller's own selection, so
 * every Event field (relationships, connections, @cypher fields) resolves exactly as it does
 * everywhere else, under the caller's authorization rules. The library resolves interface and
 * union values (an attendee is an `Actor`) from a `__resolveType` key its Cypher adds; the inner
 * answer lacks it, so every selection also asks for the concrete type name, copied back there.
 */
async function readBack(id: string, context: PonteContext, info: GraphQLResolveInfo): Promise<unknown> {
  const { execute, parse, print, visit, Kind } = graphqlCjs;
  const field = info.fieldNodes[0]!;
  const definitions = ['$__recordedId: ID!', ...(info.operation.variableDefinitions ?? []).map(print)].join(', ');
  const fragments = Object.values(info.fragments).map(print).join('\n');
  const parsed = parse(
    `query RecordedMeeting(${definitions}) { events(where: { id: { eq: $__recordedId } }) ${print(field.selectionSet!)} }\n${fragments}`,
  );
  const typeField = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: TYPE_KEY },
    name: { kind: Kind.NAME, value: '__typename' },
  } as const;
  const document = visit(parsed, {
    SelectionSet: (node, _key, parent) =>
      parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION
        ? undefined
        : { ...node, selections: [...node.selections, typeField] },
  });
  const result = await execute({
    schema: info.schema,
    document,
    variableValues: { ...info.variableValues, __recordedId: id },
    contextValue: { ...context },
  });
  if (result.errors?.length) throw result.errors[0];
  const events = (result.data as { events?: unknown[] } | null | undefined)?.events;
  if (!events?.[0])
    throw userError(
      `recordMeeting: the event "${id}" was recorded but cannot be read back; query events(where: { id: { eq: "${id}" } }).`,
      'input',
      ErrorCode.InternalError,
    );
  return withResolveType(events[0]);
}

const TYPE_KEY = '__ponteType';

function withResolveType(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withResolveType);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === TYPE_KEY) out.__resolveType = v;
    else out[key] = withResolveType(v);
  }
  return out;
}
