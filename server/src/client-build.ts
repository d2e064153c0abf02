import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ErrorCode, PonteError } from './errors.js';
import { paths, repoRoot } from './paths.js';

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
  const sources = ['src', 'index.html', 'vite.config.ts', 'public'].map((p) =>
    newestMtime(path.join(paths.clientRoot, p)),
  );
  return Math.max(...sources) > statSync(built).mtimeMs;
}

/**
 * Builds the explorer with Vite (a dev dependency; present after npm install) in a child process,
 * so the bundler's memory (several hundred MB) is returned before the API starts serving.
 */
export async function buildClient(): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  // 'error': GraphiQL's dependencies print harmless "use client" directive warnings.
  const args = [vite, 'build', '--config', path.join(paths.clientRoot, 'vite.config.ts'), '--logLevel', 'error'];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new PonteError(
              ErrorCode.RuntimeFailed,
              `Building the explorer failed (vite exited with ${code}); run "npm run build" to see why.`,
            ),
          ),
    );
  });
}
