import { GraphQLError, type GraphQLFieldResolver, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { graphqlCjs } from './graphql-cjs.js';
import { permissionsOf } from '../../auth/roles.js';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { attributionQuery, idsIn } from './attribute.js';
import { checkAgainstDatabase } from './checks.js';
import { historyError, historyProblems, touchedIds } from './history.js';
import { inspectWrite, type Owner, type WriteProblem } from './inspect.js';
import type { RelationshipModel } from './relationships.js';
import { isNodeKind } from './relationships.js';
import { isConstraintViolation } from './rules.js';

/**
 * Validated writes: wraps every generated `create…`/`update…` root mutation of @neo4j/graphql so
 * that, for a caller allowed to write, the arguments are checked (inspect.ts) and then compared
 * with the database (checks.ts) before the library's own resolver runs. The library does not
 * check ranges, refuses nothing when a connect finds no node, and creates a second tie when one
 * exists; this closes those gaps in one place for every type. Callers who may not write go
 * straight to the library, which refuses them — so checks never tell them which ids exist.
 *
 * The first problem is the error (`extensions.code` BAD_USER_INPUT, NOT_FOUND or CONFLICT;
 * `extensions.argument` its path); `extensions.problems` lists all. A unique-constraint violation
 * that slips past the check (a concurrent write) still answers CONFLICT, never a Neo4j message.
 */
export function validateGeneratedWrites(schema: GraphQLSchema, model: RelationshipModel): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    if (!/^(create|update)[A-Z]/.test(field.name) || !field.resolve) continue;
    const original = field.resolve as GraphQLFieldResolver<unknown, PonteContext>;
    const argTypes: Record<string, GraphQLInputType> = Object.fromEntries(field.args.map((a) => [a.name, a.type]));
    const updateType = field.args.find((a) => a.name === 'update')?.type;
    const ownerKind =
      updateType && graphqlCjs.isInputObjectType(updateType)
        ? /^(\w+)UpdateInput$/.exec(updateType.name)?.[1]
        : undefined;
    field.resolve = async (source, args: Record<string, unknown>, context, info) => {
      if (!permissionsOf(context.auth?.role ?? 'anonymous').write) return original(source, args, context, info);
      const ownerId = (args.where as { id?: { eq?: unknown } } | undefined)?.id?.eq;
      const owner: Owner | undefined =
        typeof ownerId === 'string' && ownerKind && isNodeKind(ownerKind)
          ? { id: ownerId, labels: [ownerKind], isNew: false }
          : undefined;
      const plan = inspectWrite(args, argTypes, model, owner);
      const problems =
        plan.problems.length > 0 ? plan.problems : await checkAgainstDatabase(context.driver, context.database, plan);
      if (problems.length > 0) throw writeError(field.name, problems);
      // History (writes/history.ts): in the mutation's transaction, which a throw rolls back (auth/audit.ts).
      const tx = context.writeTx.current;
      if (tx) await attribute(field.name, args, context, info.schema);
      const touched = touchedIds(plan, owner?.id);
      const before = tx ? await historyProblems(tx, touched) : [];
      try {
        const result = await original(source, args, context, info);
        const after = tx ? await historyProblems(tx, touched) : [];
        const sets = Object.keys((args.update as Record<string, unknown> | undefined) ?? {});
        const history = historyError(field.name, plan, before, after, owner && { id: owner.id, sets });
        if (history) throw history;
        return result;
      } catch (error) {
        if (isConstraintViolation(error)) {
          const ids = plan.newIds.map((r) => `"${r.id}"`).join(', ');
          throw new GraphQLError(
            `${field.name}: an id in this call is already taken (${ids || 'see the ids you create'}); choose another id. Nothing was written.`,
            { extensions: { code: ErrorCode.Conflict } },
          );
        }
        throw error;
      }
    };
  }
  return schema;
}

function writeError(fieldName: string, problems: readonly WriteProblem[]): GraphQLError {
  const first = problems[0]!;
  const more =
    problems.length > 1
      ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}, in extensions.problems)`
      : '';
  return new GraphQLError(`${fieldName}(${first.path}): ${first.message}. Nothing was written${more}.`, {
    extensions: {
      code: first.code,
      argument: first.path,
      problems: problems.map((p) => ({ argument: p.path, message: p.message, code: p.code })),
    },
  });
}

/**
 * Names to the audit every node this write can change without naming it by id (writes/attribute.ts),
 * read in the write's transaction before it runs. A write whose nodes cannot be found that way is
 * refused: its edit history could not be recorded.
 */
async function attribute(
  fieldName: string,
  args: Record<string, unknown>,
  context: PonteContext,
  schema: GraphQLSchema,
): Promise<void> {
  const record = context.writeTx.attribute;
  const query = record ? attributionQuery(schema, fieldName, args) : undefined;
  if (!record || !query) return;
  const result = await graphqlCjs.execute({
    schema,
    document: graphqlCjs.parse(query.source),
    variableValues: query.variables,
    contextValue: { ...context },
  });
  if (result.errors?.length)
    throw new GraphQLError(
      `${fieldName}: the records this write would change could not be found before it ran (${result.errors[0]!.message}), so its edit history could not be kept; name them by id. Nothing was written.`,
      { extensions: { code: ErrorCode.BadUserInput } },
    );
  await record([...idsIn(result.data)]);
}
