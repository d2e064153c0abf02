// Fails when schema/generated or any codegen output differs from what generating anew would write.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../../codegen.ts';
import { printAugmentedSchemas } from '../graphql/print-schema.js';
import { loadTypeDefs } from '../model/type-defs.js';
import { deriveModel, printModel } from '../model/derive.js';
import { paths, repoRoot } from '../paths.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const drifted: string[] = [];
  const differs = (file: string, content: string) => !existsSync(file) || readFileSync(file, 'utf8') !== content;

  // Codegen first, as `npm run codegen` does in its own process: building the Neo4jGraphQL schema
  // changes graphql-js's built-in scalars in this process, which codegen would then print.
  const outputs = await generate({ ...config, cwd: repoRoot, silent: true }, false);
  for (const output of outputs) {
    const file = path.resolve(repoRoot, output.filename);
    if (differs(file, output.content)) drifted.push(path.relative(repoRoot, file));
  }
  const { full, restricted } = await printAugmentedSchemas();
  if (differs(paths.schemaGenerated, full)) drifted.push(path.relative(repoRoot, paths.schemaGenerated));
  if (differs(paths.schemaGeneratedRestricted, restricted))
    drifted.push(path.relative(repoRoot, paths.schemaGeneratedRestricted));
  if (differs(paths.modelGenerated, printModel(deriveModel(loadTypeDefs()))))
    drifted.push(path.relative(repoRoot, paths.modelGenerated));

  if (drifted.length > 0) {
    throw new Error(
      `generated files are out of date:\n  ${drifted.join('\n  ')}\nRun "npm run codegen" and commit the result.`,
    );
  }
  console.log('codegen:check: schema/generated and all generated types are up to date.');
});
