/**
 * The days a generated return project reached its stages (docs/data-model.md#time): every stage up
 * to the current one is dated, in order, within the project's lifetime and not after the last day
 * the seed describes, so that `stageOn` is meaningful for the programme years and for today. Drawn
 * from a generator of the project's own (seeded by its id), so dating stages moves nothing else of
 * the seed. FUNDED is the day of the first recorded funding when there is one.
 */
import { STAGES, STAGE_DATE_FIELDS, type ProjectStage } from '../../server/src/network/stages.js';
import { Rng, addDays } from './prng.js';

export interface StagedDraft {
  readonly id: string;
  readonly stage: string;
  readonly started: string;
  readonly ended?: string | undefined;
  /** The days its FUNDS ties start. */
  readonly fundsSince: readonly string[];
  /** The last day the seed describes. */
  readonly lastDay: string;
}

const fields = STAGE_DATE_FIELDS as Record<string, string>;

export function stageDates(p: StagedDraft): Record<string, string> {
  const rng = new Rng(`stages:${p.id}`);
  const funded = [...p.fundsSince].sort()[0];
  // A stopped project stopped at some stage: after its funding if it had some.
  const before: ProjectStage =
    p.stage !== 'STOPPED'
      ? (p.stage as ProjectStage)
      : funded
        ? rng.chance(0.5)
          ? 'FUNDED'
          : 'LAUNCHED'
        : rng.chance(0.5)
          ? 'ASSESSED'
          : 'GUIDED';
  const reached = STAGES.slice(1, STAGES.indexOf(before) + 1);
  const last = p.ended !== undefined && p.ended < p.lastDay ? p.ended : p.lastDay;
  const min = (a: string, b: string) => (a < b ? a : b);
  const out: Record<string, string> = {};
  const anchored = funded !== undefined && reached.includes('FUNDED') && funded >= p.started && funded <= last;
  if (anchored) {
    // The stages before the funding between the start and it; the launch within a year after it.
    const pre = reached.slice(0, reached.indexOf('FUNDED'));
    const days = pre.map(() => rng.date(p.started, funded)).sort();
    pre.forEach((stage, i) => (out[fields[stage]!] = days[i]!));
    out[fields.FUNDED!] = funded;
    if (reached.includes('LAUNCHED')) out[fields.LAUNCHED!] = rng.date(funded, min(addDays(funded, 365), last));
  } else {
    let from = p.started;
    for (const [i, stage] of reached.entries()) {
      // A few weeks to months after the stage before, leaving room for the stages still to come.
      const latest = addDays(last, -(reached.length - i - 1) * 20);
      const day = min(addDays(from, rng.int(20, 240)), latest < from ? from : latest);
      out[fields[stage]!] = day;
      from = day;
    }
  }
  if (p.stage === 'STOPPED' && p.ended !== undefined) out[fields.STOPPED!] = p.ended;
  return out;
}
