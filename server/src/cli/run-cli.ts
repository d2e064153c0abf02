import { isPonteError } from '../errors.js';

/** Runs a CLI body: a PonteError prints as one clear line with its code, never a stack trace. */
export async function runCli(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (isPonteError(error)) {
      console.error(`ponte: ${error.message} [${error.code}]`);
    } else {
      console.error(error instanceof Error ? `ponte: ${error.message}` : error);
    }
    process.exitCode = 1;
  }
}
