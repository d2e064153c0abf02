/** One `npm run ponte -- NAME …` command. */
export interface PonteCommand {
  /** One line for `ponte help`. */
  readonly summary: string;
  /** The argument synopsis, e.g. `FILE --kind KIND [--dry-run]`. */
  readonly usage: string;
  /** Runs with the arguments after the command name; throws PonteError for bad arguments. */
  run(args: readonly string[]): Promise<void>;
}
