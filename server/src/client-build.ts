import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { paths } from './paths.js';

/** Newest modification time under a folder (files only). */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), 0);
}

/** True when client/dist is missing or older than any of the explorer's sources. */
export function clientNeedsBuild(): boolean {
  const built = path.join(paths.clientDist, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'index.html', 'vite.config.ts', 'public'].map((p) => newestMtime(path.join(paths.clientRoot, p)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

/** Builds the explorer with Vite (a dev dependency; present after npm install). */
export async function buildClient(): Promise<void> {
  const { build } = await import('vite');
  // 'error': GraphiQL's dependencies print harmless "use client" directive warnings.
  await build({ configFile: path.join(paths.clientRoot, 'vite.config.ts'), logLevel: 'error' });
}
