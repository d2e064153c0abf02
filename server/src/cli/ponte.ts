// npm run ponte -- COMMAND [ARGS]: the staff's command line. Each command lives in
// server/src/cli/commands/<name>.ts and exports `command: PonteCommand`; this file only dispatches,
// loading the one command asked for so `ponte help` never connects to anything.
import { PonteError, ErrorCode } from '../errors.js';
import type { PonteCommand } from './commands/command.js';
import { runCli } from './run-cli.js';

/** The commands, by name. Add a line here when you add a file to commands/. */
const commands: Record<string, () => Promise<{ command: PonteCommand }>> = {
  'create-user': () => import('./commands/create-user.js'),
  dedupe: () => import('./commands/dedupe.js'),
  export: () => import('./commands/export.js'),
  import: () => import('./commands/import.js'),
};

function usage(): string {
  const lines = ['Usage: npm run ponte -- COMMAND [ARGS]', '', 'Commands:'];
  return lines.join('\n');
}

await runCli(async () => {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const loaded = await Promise.all(
      Object.entries(commands).map(async ([key, load]) => [key, (await load()).command] as const),
    );
    console.log(
      [usage(), ...loaded.map(([key, c]) => `  ${key.padEnd(10)} ${c.summary}\n             ${c.usage}`)].join('\n'),
    );
    return;
  }
  const load = commands[name];
  if (!load) {
    throw new PonteError(
      ErrorCode.BadUserInput,
      `unknown command "${name}"; run \`npm run ponte -- help\` for the list`,
    );
  }
  await (await load()).command.run(args);
});
