import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import * as generated from '../../../client/src/gql/graphql.js';
import { repoRoot } from '../paths.js';
import { restrictedSchema } from './restricted-schema.js';
import { buildSchema } from './schema.js';

const { validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * Views only staff open (the explorer shows them to staff and admin only): their documents may use
 * what the restricted schema lacks. Users are managed through GraphiQL and the CLI: no view yet.
 */
const STAFF_ONLY_VIEWS = ['ImportView.queries.ts', 'DuplicatesView.queries.ts', 'ActivityView.queries.ts'];

/** Which file declares each operation (the client preset collects client/src/**\/*.queries.ts). */
function operationFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.queries.ts'))
        for (const m of readFileSync(full, 'utf8').matchAll(/\b(?:query|mutation)\s+(\w+)/g))
          out.set(m[1]!, entry.name);
    }
  };
  walk(path.join(repoRoot, 'client', 'src'));
  return out;
}

/** The documents the explorer sends: the generated ones, each an operation with its fragments. */
function explorerOperations(): Array<{ name: string; file: string; document: DocumentNode }> {
  const files = operationFiles();
  const out: Array<{ name: string; file: string; document: DocumentNode }> = [];
  for (const value of Object.values(generated)) {
    const document = value as unknown as DocumentNode;
    if (document?.kind !== 'Document') continue;
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (!operation?.name) continue;
    out.push({ name: operation.name.value, file: files.get(operation.name.value) ?? '(no file)', document });
  }
  return out;
}

let restricted: GraphQLSchema;
beforeAll(async () => {
  restricted = restrictedSchema(await buildSchema());
}, 60_000);

describe("the explorer's documents", () => {
  const operations = explorerOperations();

  it('are found, each in its file, and every staff-only view named here exists', () => {
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((o) => o.file === '(no file)')).toEqual([]);
    const files = new Set(operations.map((o) => o.file));
    for (const view of STAFF_ONLY_VIEWS) expect(files, view).toContain(view);
  });

  it.each(
    operations
      .filter((o) => !STAFF_ONLY_VIEWS.includes(o.file))
      .map((o) => [`${o.file}: ${o.name}`, o.document] as const),
  )(
    '%s validates against the restricted schema (what anonymous visitors, analysts and partners are served)',
    (_name, document) => {
      expect(validate(restricted, document).map((e) => e.message)).toEqual([]);
    },
  );
});
