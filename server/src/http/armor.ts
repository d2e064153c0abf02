import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one GraphQL document may ask (OWASP GraphQL cheat sheet). The numbers leave
 * room for the explorer's and GraphiQL's real operations (connections with edge properties are
 * 6–8 levels deep) and refuse the abusive shapes: deep nesting, alias floods, token floods.
 * Rejections are GRAPHQL_VALIDATION_FAILED errors whose message names the limit.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 20_000,
} as const;

export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    // Token floods are refused by graphql-js's own parser (ApolloServer `parseOptions`), which
    // Apollo answers as a 400 parse error; armor's token plugin throws where Apollo answers 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    // Field suggestions ("Did you mean …?") stay on: the schema is public documentation here.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
