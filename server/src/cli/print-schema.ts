// Prints the augmented schema (what @neo4j/graphql serves) to schema/generated/schema.graphql and
// the kinds and tie types the SDL declares to schema/generated/model.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printAugmentedSchema } from '../graphql/print-schema.js';
import { loadTypeDefs } from '../graphql/type-defs.js';
import { deriveModel, printModel } from '../model/derive.js';
import { paths } from '../paths.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  await mkdir(path.dirname(paths.schemaGenerated), { recursive: true });
  await writeFile(paths.schemaGenerated, await printAugmentedSchema());
  console.log(`wrote ${path.relative(process.cwd(), paths.schemaGenerated)}`);
  await writeFile(paths.modelGenerated, printModel(deriveModel(loadTypeDefs())));
  console.log(`wrote ${path.relative(process.cwd(), paths.modelGenerated)}`);
});
