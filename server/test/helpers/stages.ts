// Random return projects whose stages respect the rule (network/stages.ts): a stage, some of the
// stages up to it dated in order, a lifetime around them. For the property tests of the rule and
// of its Cypher twin.
import { STAGES, STAGE_DATE_FIELDS } from '../../src/network/stages.js';

export type StagedRecord = Record<string, string | undefined>;

const fields = STAGE_DATE_FIELDS as Record<string, string>;

/** Day `n` after 2000-01-01, `YYYY-MM-DD`. */
export const dayOf = (n: number): string => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export function randomStagedProject(rand: () => number): StagedRecord {
  const stage = STAGES[Math.floor(rand() * STAGES.length)]!;
  const reached = stage === 'STOPPED' ? STAGES : STAGES.slice(0, STAGES.indexOf(stage) + 1);
  let t = Math.floor(rand() * 4000);
  const p: StagedRecord = { stage, started: rand() < 0.8 ? dayOf(t) : undefined };
  for (const s of reached) {
    if (s === 'IDEA' || (s === 'STOPPED' && stage !== 'STOPPED')) continue;
    t += Math.floor(rand() * 400);
    if (rand() < 0.7) p[fields[s]!] = dayOf(t);
  }
  if (rand() < 0.5) p.ended = dayOf(t + Math.floor(rand() * 400));
  return p;
}
