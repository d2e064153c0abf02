import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Both sides type themselves from the printed augmented schema (schema/generated), not from the
 * raw SDL: the client queries what @neo4j/graphql generates, and the resolvers implement the
 * custom fields of that same schema. `npm run codegen` prints the schema first, then runs this;
 * `npm run codegen:check` fails when any generated file differs from what is committed.
 */
const scalars = {
  Date: 'string',
  DateTime: 'string',
  LocalDateTime: 'string',
  Time: 'string',
  LocalTime: 'string',
  Duration: 'string',
  BigInt: 'string',
};

const config: CodegenConfig = {
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      schema: 'schema/generated/schema.graphql',
      documents: ['client/src/**/*.queries.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    // The explanation codes and parameter types alone, for server/src/explain: it sits below the
    // GraphQL layer (docs/architecture.md#folders), so it takes them from the SDL, not from the
    // resolvers' types, which import the GraphQL context.
    'server/src/explain/__generated__/reasons.ts': {
      schema: ['schema/typedefs/reasons.graphql'],
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars, onlyEnums: true },
    },
    // Only the custom part of the API needs hand-written resolvers: typing it from its own SDL
    // (not from the 600 kB augmented schema) keeps the generated file small and tsc fast.
    'server/src/graphql/__generated__/resolvers.ts': {
      schema: [
        'schema/typedefs/api.graphql',
        'schema/typedefs/auth.graphql',
        'schema/typedefs/enums.graphql',
        'schema/typedefs/statistics.graphql',
        'schema/typedefs/users.graphql',
        'schema/typedefs/introduction-requests.graphql',
        'schema/typedefs/import.graphql',
        'schema/typedefs/export.graphql',
        'schema/typedefs/curation.graphql',
        'schema/typedefs/evidence.graphql',
        'schema/typedefs/reasons.graphql',
        'schema/typedefs/analytics.graphql',
        'scalar Date\nscalar DateTime',
      ],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        contextType: '../context.js#PonteContext',
        // A broker row carries, out of sight, the real id its brokerage roles are read for.
        mappers: { Broker: '../../network/questions/brokers.js#BrokerRow' },
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
