// Dated project stages on real Neo4j (docs/data-model.md#time): the SDL field `stageOn` (the
// Cypher twin) answers what network/stages.ts `stageOn` says for random projects and days; GraphQL
// writes and imports refuse stage dates out of order, outside the lifetime or beyond the stored
// stage, naming the argument or the row and column, and write nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mulberry32 } from '../../../seeds/generator/prng.js';
import type { BootedPonte } from '../../src/boot.js';
import { runImport } from '../../src/io/import/import.js';
import { stageOn, type StagedProject } from '../../src/network/stages.js';
import { gql } from '../helpers/http.js';
import { bootTestPonte, signedIn } from '../helpers/ponte.js';
import { dayOf, randomStagedProject, type StagedRecord } from '../helpers/stages.js';

const FIXTURE = `
  CREATE (:ReturnProject {id: 'project-stages-honey', name: 'Honey', type: 'SMALL_BUSINESS', stage: 'LAUNCHED', started: date('2008-01-10'),
                          assessedOn: date('2008-03-01'), fundedOn: date('2009-01-01'), launchedOn: date('2009-06-01'), ended: date('2012-12-31'),
                          needs: [], sources: ['https://example.org'], synthetic: false})`;

const PASSWORD = 'project stages test password';
let ponte: BootedPonte;
let base: string;
let token: string;
const database = () => inject('neo4jDatabase');
const staff = (query: string, variables: Record<string, unknown> = {}) => gql(base, query, variables, token);

beforeAll(async () => {
  const booted = await bootTestPonte({ fixture: FIXTURE });
  ({ ponte, base } = booted);
  token = await signedIn(booted, 'staff@stages.example', PASSWORD, 'staff');
});

afterAll(async () => {
  await ponte?.shutdown();
});

async function honey(): Promise<Record<string, string | null>> {
  const res = await staff(
    '{ returnProjects(where: { id: { eq: "project-stages-honey" } }) { stage started ended assessedOn guidedOn fundedOn launchedOn stoppedOn } }',
  );
  return (res.data as { returnProjects: Record<string, string | null>[] }).returnProjects[0]!;
}

describe('ReturnProject.stageOn', () => {
  it('for all random projects and days: the Cypher twin answers what the TypeScript rule says', async () => {
    const rand = mulberry32(1414);
    const projects: (StagedRecord & { id: string })[] = [...Array(60).keys()].map((i) => ({
      id: `project-stages-random-${i}`,
      ...randomStagedProject(rand),
    }));
    await ponte.driver.executeQuery(
      `UNWIND $projects AS p CREATE (n:ReturnProject {id: p.id, name: p.id, type: 'INVESTMENT', needs: [], sources: [], synthetic: true})
       SET n.stage = p.stage, n += apoc.map.fromPairs([k IN keys(p) WHERE k ENDS WITH 'On' OR k IN ['started', 'ended'] | [k, date(p[k])]])`,
      { projects: projects.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))) },
      { database: database() },
    );
    const days = [...Array(12).keys()].map(() => dayOf(Math.floor(rand() * 6000) - 200));
    for (const day of days) {
      const res = await staff(
        'query ($ids: [ID!]!, $day: Date!) { returnProjects(where: { id: { in: $ids } }) { id stageOn(asOf: $day) } }',
        { ids: projects.map((p) => p.id), day },
      );
      expect(res.errors).toBeUndefined();
      const answered = new Map(
        (res.data as { returnProjects: { id: string; stageOn: string | null }[] }).returnProjects.map((p) => [
          p.id,
          p.stageOn,
        ]),
      );
      for (const p of projects)
        expect([p.id, day, answered.get(p.id)]).toEqual([p.id, day, stageOn(p as StagedProject, day)]);
    }
  });

  it('gives the stage of the programme years and of today for a dated project', async () => {
    const res = await staff(
      '{ returnProjects(where: { id: { eq: "project-stages-honey" } }) { a: stageOn(asOf: "2007-06-01") b: stageOn(asOf: "2008-06-01") c: stageOn(asOf: "2009-03-01") d: stageOn(asOf: "2010-01-01") e: stageOn(asOf: "2026-12-07") } }',
    );
    expect(res.data).toEqual({ returnProjects: [{ a: null, b: 'ASSESSED', c: 'FUNDED', d: 'LAUNCHED', e: null }] });
  });
});

describe('GraphQL writes of stage dates', () => {
  it('refuses a create whose stage dates break the rule, naming the argument, and writes nothing', async () => {
    const cases: [string, string, RegExp][] = [
      [
        'stage: FUNDED, started: "2009-01-01", launchedOn: "2009-05-01"',
        'input[0].launchedOn',
        /dates the stage LAUNCHED, but the project's stage is FUNDED/,
      ],
      [
        'stage: LAUNCHED, started: "2009-01-01", fundedOn: "2009-05-01", launchedOn: "2009-04-01"',
        'input[0].launchedOn',
        /launchedOn 2009-04-01 is before fundedOn 2009-05-01/,
      ],
      [
        'stage: ASSESSED, started: "2009-01-01", assessedOn: "2008-12-01"',
        'input[0].assessedOn',
        /assessedOn 2008-12-01 is before started 2009-01-01/,
      ],
      [
        'stage: STOPPED, started: "2009-01-01", ended: "2010-01-01", stoppedOn: "2010-02-01"',
        'input[0].stoppedOn',
        /stoppedOn 2010-02-01 is after ended 2010-01-01/,
      ],
    ];
    for (const [fields, argument, message] of cases) {
      const res = await staff(
        `mutation { createReturnProjects(input: [{ id: "project-stages-new", name: "N", type: INVESTMENT, ${fields} }]) { returnProjects { id } } }`,
      );
      expect(res.errors?.[0]?.extensions?.code, fields).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argument, fields).toBe(argument);
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(res.errors?.[0]?.message).toMatch(/Nothing was written/);
    }
    const left = await staff('{ returnProjects(where: { id: { eq: "project-stages-new" } }) { id } }');
    expect(left.data).toEqual({ returnProjects: [] });
  });

  it('refuses an update that breaks the rule with the recorded dates, and writes nothing', async () => {
    const before = await honey();
    const cases: [string, RegExp][] = [
      ['launchedOn: { set: "2008-12-01" }', /launchedOn 2008-12-01 is before fundedOn 2009-01-01/],
      ['stage: { set: GUIDED }', /fundedOn 2009-01-01 dates the stage FUNDED, but the project's stage is GUIDED/],
      ['ended: { set: "2009-03-01" }', /launchedOn 2009-06-01 is after ended 2009-03-01/],
      ['started: { set: "2008-04-01" }', /assessedOn 2008-03-01 is before started 2008-04-01/],
    ];
    for (const [update, message] of cases) {
      const res = await staff(
        `mutation { updateReturnProjects(where: { id: { eq: "project-stages-honey" } }, update: { ${update} }) { returnProjects { id } } }`,
      );
      expect(res.errors?.[0]?.extensions?.code, update).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message, update).toMatch(message);
      // The argument the update set, even when the date at fault is a recorded one.
      expect(res.errors?.[0]?.extensions?.argument, update).toBe(`update.${update.split(':')[0]}.set`);
      expect(await honey()).toEqual(before);
    }
    const ok = await staff(
      'mutation { updateReturnProjects(where: { id: { eq: "project-stages-honey" } }, update: { guidedOn: { set: "2008-09-01" } }) { returnProjects { stageOn(asOf: "2008-10-01") } } }',
    );
    expect(ok.data).toEqual({ updateReturnProjects: { returnProjects: [{ stageOn: 'GUIDED' }] } });
  });
});

describe('imports of stage dates', () => {
  it('refuses a row whose stage date breaks the rule with the recorded ones, at its row and column; nothing written', async () => {
    const before = await honey();
    const report = await runImport({
      driver: ponte.driver,
      database: database(),
      format: 'csv',
      target: { node: 'ReturnProject' },
      content: new TextEncoder().encode(
        'id,name,type,stage,launchedOn,sources\nproject-stages-honey,Honey,SMALL_BUSINESS,LAUNCHED,2008-12-01,https://example.org\n',
      ),
      mapping: new Map(),
      dryRun: false,
      actor: { userId: 'test:importer', role: 'staff', operation: 'import' },
    });
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([
      {
        code: 'DATE_ORDER',
        row: 2,
        column: 'launchedOn',
        columnIndex: 5,
        field: 'launchedOn',
        message:
          "launchedOn 2008-12-01 is before fundedOn 2009-01-01: the stages follow each other in order (IDEA, ASSESSED, GUIDED, FUNDED, LAUNCHED, STOPPED) within the project's lifetime (with what is already recorded)",
      },
    ]);
    expect(await honey()).toEqual(before);
  });
});
