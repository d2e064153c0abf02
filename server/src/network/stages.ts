/**
 * A return project's stages in time (docs/data-model.md#time): each stage after IDEA may carry the
 * day it was reached (`assessedOn` … `stoppedOn`; IDEA's day is the project's `started`). `stage`
 * stays stored — the stage reached so far, as clients have always read and written it — and the
 * dates must agree with it, so the stage on any day is derived by one rule (`stageOn`, with its
 * Cypher twin for the SDL field `ReturnProject.stageOn`; stages.test.ts keeps the two in step):
 *
 * - outside the project's lifetime (before `started`, after `ended`) there is no stage;
 * - when no stage date lies after the day, the stage is the stored `stage` (the current stage,
 *   whose own date may be unknown);
 * - otherwise it is the last stage whose date is on or before the day, IDEA when none is.
 *
 * Written dates follow the order of the stages (a skipped stage has no date), lie within the
 * lifetime, and never belong to a stage beyond the stored one (STOPPED can follow any stage).
 */
import { ENUMS } from '../../../schema/generated/model.js';

export type ProjectStage = (typeof ENUMS.ProjectStage)[number];

/** The stages in their order. */
export const STAGES: readonly ProjectStage[] = ENUMS.ProjectStage;

/** The property holding the day each stage after IDEA was reached, in the order of the stages. */
export const STAGE_DATE_FIELDS = {
  ASSESSED: 'assessedOn',
  GUIDED: 'guidedOn',
  FUNDED: 'fundedOn',
  LAUNCHED: 'launchedOn',
  STOPPED: 'stoppedOn',
} as const satisfies Partial<Record<ProjectStage, string>>;

export type StageDateField = (typeof STAGE_DATE_FIELDS)[keyof typeof STAGE_DATE_FIELDS];
type DatedStage = keyof typeof STAGE_DATE_FIELDS;

const DATED = Object.entries(STAGE_DATE_FIELDS) as [DatedStage, StageDateField][];

/** Every stage date field, in the order of the stages. */
export const STAGE_DATE_FIELD_LIST: readonly StageDateField[] = DATED.map(([, f]) => f);

/** A project as the rule needs it (days as `YYYY-MM-DD`, driver Dates, or absent). */
export type StagedProject = { readonly stage?: unknown; readonly started?: unknown; readonly ended?: unknown } & {
  readonly [F in StageDateField]?: unknown;
};

const day = (v: unknown): string | null => (v === null || v === undefined ? null : String(v).slice(0, 10));

/** The stage of a project on `on` (`YYYY-MM-DD`), or null outside its lifetime. The rule above. */
export function stageOn(project: StagedProject, on: string): ProjectStage | null {
  const [started, ended] = [day(project.started), day(project.ended)];
  if ((started !== null && started > on) || (ended !== null && ended < on)) return null;
  const dated = DATED.map(([stage, field]) => [stage, day(project[field])] as const);
  if (!dated.some(([, d]) => d !== null && d > on)) return project.stage as ProjectStage;
  return dated.filter(([, d]) => d !== null && d <= on).at(-1)?.[0] ?? 'IDEA';
}

/**
 * Cypher twin of `stageOn`: the statement of the SDL field `ReturnProject.stageOn` (`this` is the
 * project, `$asOf` the day); stages.test.ts checks the SDL holds exactly this.
 */
export function stageOnStatement(): string {
  const dated = DATED.map(([stage, field]) => `['${stage}', this.${field}]`).join(', ');
  return [
    `WITH this, date($asOf) AS day, [${dated}] AS dated`,
    'RETURN CASE',
    '  WHEN (this.started IS NOT NULL AND this.started > day) OR (this.ended IS NOT NULL AND this.ended < day) THEN null',
    '  WHEN none(s IN dated WHERE s[1] IS NOT NULL AND s[1] > day) THEN this.stage',
    "  ELSE coalesce(last([s IN dated WHERE s[1] IS NOT NULL AND s[1] <= day | s[0]]), 'IDEA')",
    'END AS stageOn',
  ].join('\n');
}

/** A refused set of stage dates: the field at fault and the sentence to show. */
export interface StageProblem {
  readonly field: StageDateField;
  /** `order`: before an earlier stage or the start; `lifetime`: after the end; `stage`: beyond the stored stage. */
  readonly kind: 'order' | 'lifetime' | 'stage';
  readonly message: string;
}

/** Why a project's stage dates are refused, or null: order, lifetime, agreement with `stage`. Pure. */
export function stageDatesProblem(project: StagedProject): StageProblem | null {
  const started = day(project.started);
  const ended = day(project.ended);
  const stage = project.stage as ProjectStage | undefined;
  let previous: { field: string; day: string } | null = started === null ? null : { field: 'started', day: started };
  for (const [dated, field] of DATED) {
    const on = day(project[field]);
    if (on === null) continue;
    if (stage !== undefined && stage !== 'STOPPED' && STAGES.indexOf(dated) > STAGES.indexOf(stage))
      return {
        field,
        kind: 'stage',
        message: `${field} ${on} dates the stage ${dated}, but the project's stage is ${stage}: set stage to ${dated} or later, or clear ${field}`,
      };
    if (previous !== null && on < previous.day)
      return {
        field,
        kind: 'order',
        message: `${field} ${on} is before ${previous.field} ${previous.day}: the stages follow each other in order (${STAGES.join(', ')}) within the project's lifetime`,
      };
    if (ended !== null && on > ended)
      return {
        field,
        kind: 'lifetime',
        message: `${field} ${on} is after ended ${ended}: a stage may not be reached after the project ended; fix the date or the end`,
      };
    previous = { field, day: on };
  }
  return null;
}
