// Prints the augmented schema (what @neo4j/graphql serves) to schema/generated/schema.graphql, the
// restricted one served below staff beside it, and the kinds and tie types the SDL declares to
// schema/generated/model.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printAugmentedSchemas } from '../graphql/print-schema.js';
import { loadTypeDefs } from '../model/type-defs.js';
import { deriveModel, printModel } from '../model/derive.js';
import { paths } from '../paths.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  await mkdir(path.dirname(paths.schemaGenerated), { recursive: true });
  const { full, restricted } = await printAugmentedSchemas();
  await writeFile(paths.schemaGenerated, full);
  await writeFile(paths.schemaGeneratedRestricted, restricted);
  for (const file of [paths.schemaGenerated, paths.schemaGeneratedRestricted])
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  await writeFile(paths.modelGenerated, printModel(deriveModel(loadTypeDefs())));
  console.log(`wrote ${path.relative(process.cwd(), paths.modelGenerated)}`);
});
