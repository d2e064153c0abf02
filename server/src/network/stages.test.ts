import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, visit, type FieldDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../seeds/generator/prng.js';
import { dayOf, randomStagedProject } from '../../test/helpers/stages.js';
import { repoRoot } from '../paths.js';
import {
  STAGES,
  STAGE_DATE_FIELDS,
  stageDatesProblem,
  stageOn,
  stageOnStatement,
  type ProjectStage,
} from './stages.js';

const fields = STAGE_DATE_FIELDS as Record<string, string>;
const validProject = randomStagedProject;

describe('stageOn and stageDatesProblem (docs/data-model.md#time)', () => {
  it('for all valid projects and days: the stage on day D is the last stage whose date is ≤ D, and today the stored stage', () => {
    const rand = mulberry32(14);
    for (let i = 0; i < 400; i++) {
      const p = validProject(rand);
      expect(stageDatesProblem(p)).toBeNull();
      for (let k = 0; k < 10; k++) {
        const d = dayOf(Math.floor(rand() * 6000) - 200);
        const on = stageOn(p, d);
        if ((p.started && d < p.started) || (p.ended && d > p.ended)) {
          expect(on).toBeNull();
          continue;
        }
        const dated = STAGES.filter((s) => s !== 'IDEA' && p[fields[s]!] !== undefined);
        const later = dated.filter((s) => p[fields[s]!]! > d);
        const reached = dated.filter((s) => p[fields[s]!]! <= d);
        // Never a stage dated after the day; never before a stage dated on or before it.
        expect(later).not.toContain(on);
        if (reached.length > 0) expect(STAGES.indexOf(on!)).toBeGreaterThanOrEqual(STAGES.indexOf(reached.at(-1)!));
        if (later.length === 0) expect(on).toBe(p.stage);
        else expect(on).toBe(reached.at(-1) ?? 'IDEA');
      }
      // The stage only moves forward in time.
      const days = [...Array(30).keys()].map((k) => dayOf(k * 200));
      const seen = days.map((d) => stageOn(p, d)).filter((s): s is ProjectStage => s !== null);
      const order = seen.map((s) => STAGES.indexOf(s));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('for all valid projects and each stage date moved: refused exactly when it breaks order, lifetime or stage, naming that field', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 300; i++) {
      const p = validProject(rand);
      const stage = p.stage as ProjectStage;
      for (const [s, field] of Object.entries(fields)) {
        const moved = { ...p, [field]: dayOf(Math.floor(rand() * 6000) - 200) };
        const v = moved[field]!;
        const earlier = [
          p.started,
          ...STAGES.slice(1, STAGES.indexOf(s as ProjectStage)).map((x) => moved[fields[x]!]),
        ];
        const later = STAGES.slice(STAGES.indexOf(s as ProjectStage) + 1).map((x) => moved[fields[x]!]);
        const beyond = stage !== 'STOPPED' && STAGES.indexOf(s as ProjectStage) > STAGES.indexOf(stage);
        const bad =
          beyond ||
          earlier.some((e) => e !== undefined && v < e) ||
          later.some((l) => l !== undefined && l < v) ||
          (p.ended !== undefined && v > p.ended);
        const problem = stageDatesProblem(moved);
        expect(problem !== null, JSON.stringify(moved)).toBe(bad);
        if (problem && !later.some((l) => l !== undefined && l < v)) expect(problem.field).toBe(field);
      }
    }
  });

  it('words each refusal with the field and what to do', () => {
    expect(stageDatesProblem({ stage: 'FUNDED', started: '2008-01-01', launchedOn: '2009-01-01' })).toEqual({
      field: 'launchedOn',
      kind: 'stage',
      message:
        "launchedOn 2009-01-01 dates the stage LAUNCHED, but the project's stage is FUNDED: set stage to LAUNCHED or later, or clear launchedOn",
    });
    expect(stageDatesProblem({ stage: 'LAUNCHED', started: '2008-01-01', fundedOn: '2007-06-01' })?.message).toBe(
      "fundedOn 2007-06-01 is before started 2008-01-01: the stages follow each other in order (IDEA, ASSESSED, GUIDED, FUNDED, LAUNCHED, STOPPED) within the project's lifetime",
    );
    expect(stageDatesProblem({ stage: 'STOPPED', ended: '2010-01-01', stoppedOn: '2010-02-01' })?.kind).toBe(
      'lifetime',
    );
  });

  it('the SDL field ReturnProject.stageOn holds exactly the Cypher twin', () => {
    const sdl = readFileSync(path.join(repoRoot, 'schema', 'typedefs', 'projects.graphql'), 'utf8');
    let statement: string | undefined;
    visit(parse(sdl), {
      FieldDefinition(node: FieldDefinitionNode) {
        if (node.name.value !== 'stageOn') return;
        const cypher = node.directives?.find((d) => d.name.value === 'cypher');
        const arg = cypher?.arguments?.find((a) => a.name.value === 'statement');
        if (arg?.value.kind === 'StringValue') statement = arg.value.value;
      },
    });
    expect(statement).toBe(stageOnStatement());
  });
});
