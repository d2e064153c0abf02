import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { resolvers } from './resolvers/index.js';
import { strictDates } from './strict-dates.js';
import { loadTypeDefs } from '../model/type-defs.js';
import { relationshipModel } from './writes/relationships.js';
import { validateGeneratedWrites } from './writes/wrap.js';

/**
 * The executable schema: the SDL in schema/typedefs augmented by @neo4j/graphql (queries,
 * connections, filters, sorting, aggregations, mutations) plus Ponte's custom resolvers.
 * `driver` and `jwtSecret` may be omitted only to print the schema (codegen), never to serve it.
 */
export async function buildSchema(driver?: Driver, jwtSecret?: Uint8Array): Promise<GraphQLSchema> {
  const typeDefs = loadTypeDefs();
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    resolvers,
    ...(driver ? { driver } : {}),
    features: {
      // The HTTP layer verifies bearer tokens (server/src/http/auth.ts: HS256 with Ponte's key, or an
      // identity provider's JWKS) and passes the verified claims as `context.jwt`, which the library
      // trusts; it is never handed a raw `context.token`, so this key only satisfies the library.
      authorization: {
        key: jwtSecret ? Buffer.from(jwtSecret).toString('base64url') : 'schema-printing-only',
        verifyOptions: { algorithms: ['HS256'] },
      },
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
  // Range, end and duplicate checks on the generated create/update mutations (writes/wrap.ts);
  // dates that are real calendar days (strict-dates.ts).
  return strictDates(validateGeneratedWrites(await neoSchema.getSchema(), relationshipModel(typeDefs)));
}
