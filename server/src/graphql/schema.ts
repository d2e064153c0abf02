import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './type-defs.js';

/**
 * The executable schema: the SDL in schema/typedefs augmented by @neo4j/graphql (queries,
 * connections, filters, sorting, aggregations, mutations) plus Ponte's custom resolvers.
 * `driver` may be omitted only to print the schema (codegen), never to serve it.
 */
export async function buildSchema(driver?: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    resolvers,
    ...(driver ? { driver } : {}),
    features: {
      // The deprecated v6-style filters and mutation shapes would triple the schema (930 kB → 330 kB
      // printed); a larger schema costs every request (neo4j/graphql#3304) and GraphiQL readers.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return neoSchema.getSchema();
}
