import type { ApolloServerPlugin } from '@apollo/server';
import { createRequire } from 'node:module';
import {
  GraphQLError,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from '../errors.js';

// The schema's type objects come from @neo4j/graphql's (CommonJS) copy of graphql-js, whose
// functions refuse objects of another copy; requiring it gives the schema's copy (as restricted-schema.ts does).
const { getArgumentValues, getVariableValues, Kind, TypeInfo, visit, visitWithTypeInfo } = createRequire(
  import.meta.url,
)('graphql') as typeof import('graphql');

/**
 * The most rows one list or connection field may be asked for (`limit`, `first`). The explorer
 * asks for at most a few hundred; a page of 1,000 actors is about 0.5 MB of JSON and a few
 * hundred milliseconds of Cypher. Larger exports go through `exportGraph` or `npm run ponte --
 * export`. Without it `limit: 2000000` reads the whole graph in one answer (docs/privacy.md).
 */
export const MAX_LIST_SIZE = 1000;

/** Arguments that size a page, and the one that skips rows. */
const SIZE_ARGUMENTS = new Set(['limit', 'first']);
const SKIP_ARGUMENT = 'offset';

export interface ListLimitProblem {
  /** The response path and argument, e.g. `actors.memberOf(limit)`. */
  readonly at: string;
  readonly message: string;
}

/**
 * Every `limit`/`first` above MAX_LIST_SIZE or below 0 and every negative `offset` in the
 * operation that will run, on coerced values: literals, variables and variable defaults alike,
 * in the operation's own fields and the fragments it spreads. Values that do not coerce are left
 * to GraphQL's own answer. Pure.
 */
export function listLimitProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): ListLimitProblem[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return [];
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const problems: ListLimitProblem[] = [];
  const seen = new Set<string>();
  const walk = (root: ASTNode, prefix: string[]) => {
    const typeInfo = new TypeInfo(schema);
    const path = [...prefix];
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(node) {
            path.push(node.alias?.value ?? node.name.value);
            const def = typeInfo.getFieldDef();
            if (!def || !node.arguments?.length) return;
            let args: Record<string, unknown>;
            try {
              args = getArgumentValues(def, node, variables);
            } catch {
              return; // GraphQL answers arguments that do not coerce itself.
            }
            for (const [name, value] of Object.entries(args)) {
              if (typeof value !== 'number') continue;
              const at = `${path.join('.')}(${name})`;
              if (SIZE_ARGUMENTS.has(name) && (value > MAX_LIST_SIZE || value < 0)) {
                problems.push({
                  at,
                  message: `"${name}" of ${at} must be between 0 and ${MAX_LIST_SIZE} (got ${value}); page through larger lists with "${name === 'first' ? 'after' : 'offset'}".`,
                });
              } else if (name === SKIP_ARGUMENT && value < 0) {
                problems.push({ at, message: `"offset" of ${at} must be 0 or more (got ${value}).` });
              }
            }
          },
          leave() {
            path.pop();
          },
        },
        FragmentSpread(node) {
          // Each fragment once, where first spread: its arguments do not depend on where it is used.
          const fragment = fragments.get(node.name.value);
          if (!fragment || seen.has(fragment.name.value)) return;
          seen.add(fragment.name.value);
          walk(fragment, path);
        },
      }),
    );
  };
  walk(operation, []);
  return problems;
}

export function listLimitError(problem: ListLimitProblem): GraphQLError {
  return new GraphQLError(problem.message, {
    extensions: { code: ErrorCode.BadUserInput, argument: problem.at, http: { status: 400 } },
  });
}

/** Refuses, before execution, an operation asking for more than MAX_LIST_SIZE rows or a negative offset. */
export function listLimitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problem = listLimitProblems(schema, document, operation, request.variables ?? {})[0];
          if (problem) throw listLimitError(problem);
        },
      };
    },
  };
}
