// Fails when schema/generated or any codegen output differs from what generating anew would write.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../../codegen.ts';
import { printAugmentedSchema } from '../graphql/print-schema.js';
import { paths, repoRoot } from '../paths.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const drifted: string[] = [];
  const schemaText = await printAugmentedSchema();
  if (!existsSync(paths.schemaGenerated) || readFileSync(paths.schemaGenerated, 'utf8') !== schemaText) {
    drifted.push(path.relative(repoRoot, paths.schemaGenerated));
  }
  // Codegen reads the committed schema file; if that drifted the outputs below are moot anyway.
  const outputs = await generate({ ...config, cwd: repoRoot, silent: true }, false);
  for (const output of outputs) {
    const file = path.resolve(repoRoot, output.filename);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== output.content) drifted.push(path.relative(repoRoot, file));
  }
  if (drifted.length > 0) {
    throw new Error(`generated files are out of date:\n  ${drifted.join('\n  ')}\nRun "npm run codegen" and commit the result.`);
  }
  console.log('codegen:check: schema/generated and all generated types are up to date.');
});
