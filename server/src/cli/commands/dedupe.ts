// npm run ponte -- dedupe [--kind KIND]… [--min-score X] [--limit N]: lists likely duplicate actors
// in the database, best first, with the reasons (the same answer as duplicateCandidates; dismissed
// pairs left out). Reads only. Uses NEO4J_URI, or the local Neo4j (started for the run if needed).
import { ACTOR_KINDS, duplicateCandidates, type CandidatePair } from '../../curation/candidates.js';
import { DEFAULT_MIN_SCORE } from '../../curation/dedupe.js';
import { ErrorCode, PonteError } from '../../errors.js';
import type { PonteCommand } from './command.js';

export interface DedupeOptions {
  readonly kinds: string[];
  readonly minScore: number;
  readonly limit: number;
}

const USAGE = '[--kind KIND]… [--min-score 0–1] [--limit N]';

/** Reads the arguments; a wrong one is a PonteError naming it and the fix. Pure. */
export function parseDedupeArgs(args: readonly string[]): DedupeOptions {
  const options = { kinds: [] as string[], minScore: DEFAULT_MIN_SCORE, limit: 100 };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = args[i + 1];
    const need = () => {
      if (value === undefined || value.startsWith('--'))
        throw new PonteError(ErrorCode.BadUserInput, `dedupe: ${flag} needs a value (usage: ponte dedupe ${USAGE})`);
      i++;
      return value;
    };
    if (flag === '--kind') {
      const kind = need();
      const known = ACTOR_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase());
      if (!known)
        throw new PonteError(
          ErrorCode.BadUserInput,
          `dedupe: --kind "${kind}" is not an actor kind; use one of ${ACTOR_KINDS.join(', ')}`,
        );
      options.kinds.push(known);
    } else if (flag === '--min-score') {
      const text = need();
      const score = Number(text);
      if (!Number.isFinite(score) || score < 0 || score > 1)
        throw new PonteError(
          ErrorCode.BadUserInput,
          `dedupe: --min-score must be a number between 0 and 1 (got "${text}")`,
        );
      options.minScore = score;
    } else if (flag === '--limit') {
      const text = need();
      const limit = Number(text);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
        throw new PonteError(
          ErrorCode.BadUserInput,
          `dedupe: --limit must be a whole number from 1 to 10000 (got "${text}")`,
        );
      options.limit = limit;
    } else {
      throw new PonteError(ErrorCode.BadUserInput, `dedupe: unknown argument "${flag}" (usage: ponte dedupe ${USAGE})`);
    }
  }
  return options;
}

/** The report, one block per pair. Pure. */
export function formatPairs(pairs: readonly CandidatePair[], options: DedupeOptions): string {
  const scope = options.kinds.length ? options.kinds.join(', ') : 'all kinds';
  if (pairs.length === 0) return `No likely duplicates among ${scope} at a score of ${options.minScore} or more.`;
  const side = (a: CandidatePair['a']) =>
    `${a.name} [${a.id}] ${[a.kind, a.country, a.city].filter(Boolean).join(', ')}; ${a.ties} ties`;
  const lines = [
    `${pairs.length} likely duplicate pair${pairs.length === 1 ? '' : 's'} among ${scope} (score ≥ ${options.minScore}), best first:`,
    '',
  ];
  for (const p of pairs)
    lines.push(
      `${p.score.toFixed(3)}  ${side(p.a)}`,
      `       ${side(p.b)}`,
      `       because: ${p.reasons.join('; ')}`,
      '',
    );
  lines.push(
    'Merge with the mergeActors mutation (or the explorer\'s Duplicates page); "not the same" with dismissDuplicate.',
  );
  return lines.join('\n');
}

export const command: PonteCommand = {
  summary: 'list likely duplicate actors (names across languages and transliterations), best first',
  usage: USAGE,
  async run(args) {
    const options = parseDedupeArgs(args);
    const { withDatabase } = await import('../database.js'); // argument errors and `help` never touch a database
    const pairs = await withDatabase(({ driver, database }) => duplicateCandidates(driver, database, options));
    console.log(formatPairs(pairs, options));
  },
};
