import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../paths.js';

/** The SDL in schema/typedefs, one file per part of the model, in a stable order. */
export function loadTypeDefs(dir: string = paths.schemaTypeDefs): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => `# ---- ${file}\n${readFileSync(path.join(dir, file), 'utf8')}`)
    .join('\n');
}
