import { createRequire } from 'node:module';

/**
 * graphql-js as @neo4j/graphql (a CommonJS package) loads it. The augmented schema's types belong
 * to that copy; graphql-js's `instanceof` guards (isInputObjectType, execute's schema check) refuse
 * types from the other copy, which is what an `import 'graphql'` gets under Vite (vitest) — it
 * picks the package's ESM build. Code that inspects or executes the generated schema uses this.
 */
export const graphqlCjs = createRequire(import.meta.url)('graphql') as typeof import('graphql');
