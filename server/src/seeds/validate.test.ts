import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, PonteError } from '../errors.js';
import { repoRoot } from '../paths.js';
import {
  type SeedFileInput,
  type SeedIssue,
  SeedValidationError,
  formatIssue,
  readSeedDir,
  validateSeedFiles,
} from './validate.js';

// Paths inside the repository are reported relative to it, as in `seeds/data/ties.json`.
const NODES = 'seeds/data/nodes.json';
const TIES = 'seeds/data/ties.json';

function file(relative: string, content: unknown): SeedFileInput {
  return { file: path.join(repoRoot, relative), text: typeof content === 'string' ? content : JSON.stringify(content) };
}

const region = {
  kind: 'Region',
  id: 'region-piemonte',
  code: 'IT-21',
  name: 'Piemonte',
  country: 'IT',
  lat: 45.06,
  lon: 7.92,
  synthetic: false,
  sources: ['https://example.org/regions'],
};
const association = {
  kind: 'Association',
  id: 'assoc-x',
  name: 'Assoc X',
  country: 'IT',
  type: 'CULTURAL',
  synthetic: true,
};
const migrant = {
  kind: 'Migrant',
  id: 'migrant-y',
  name: 'Y.',
  country: 'IT',
  status: 'RESIDENT',
  consent: 'NETWORK',
  synthetic: true,
};
const project = {
  kind: 'ReturnProject',
  id: 'project-z',
  name: 'Z',
  type: 'SMALL_BUSINESS',
  stage: 'IDEA',
  synthetic: true,
};
const mentors = { type: 'MENTORS', from: 'assoc-x', to: 'migrant-y', source: 'synthetic', confidence: 0.8 };

/** Runs validation expecting failure and returns the issues. */
function issuesOf(...inputs: SeedFileInput[]): readonly SeedIssue[] {
  try {
    validateSeedFiles(inputs);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a SeedValidationError');
}

function nodesWith(...extra: unknown[]): SeedFileInput {
  return file(NODES, { nodes: [region, association, migrant, project, ...extra] });
}

describe('validateSeedFiles: a valid set', () => {
  it('returns parsed records with list defaults filled in', () => {
    const set = validateSeedFiles([nodesWith(), file(TIES, { ties: [mentors] })]);
    expect(set.nodes).toHaveLength(4);
    expect(set.ties).toHaveLength(1);
    expect(set.files).toEqual([NODES, TIES]);
    const assoc = set.nodes.find((n) => n.id === 'assoc-x');
    expect(assoc).toMatchObject({ altNames: [], tags: [], services: [], sources: [] });
  });

  it('accepts a tie whose ends are defined in another file', () => {
    expect(() =>
      validateSeedFiles([
        file('seeds/data/a.json', { nodes: [association] }),
        file('seeds/data/b.json', { nodes: [migrant], ties: [mentors] }),
      ]),
    ).not.toThrow();
  });
});

describe('validateSeedFiles: record problems name file, record and field', () => {
  it('an enum value outside the domain model', () => {
    const [issue] = issuesOf(nodesWith({ ...migrant, id: 'migrant-bad', status: 'LIVING' }));
    expect(issue).toMatchObject({
      file: NODES,
      record: { section: 'nodes', index: 4, id: 'migrant-bad' },
      field: 'status',
    });
    expect(issue?.message).toContain('expected one of POTENTIAL, RESIDENT, RETURNED, CIRCULAR');
  });

  it('a missing required field', () => {
    const { consent: _omitted, ...noConsent } = migrant;
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...noConsent }] }));
    expect(issue).toMatchObject({ file: NODES, record: { index: 0, id: 'migrant-y' }, field: 'consent' });
    expect(issue?.message).toMatch(/missing; add one of NONE, NETWORK, PUBLIC/);
  });

  it('a date that is not a calendar date in YYYY-MM-DD', () => {
    const [issue] = issuesOf(nodesWith(), file(TIES, { ties: [{ ...mentors, since: '2021-02-30' }] }));
    expect(issue).toMatchObject({
      file: TIES,
      record: { section: 'ties', index: 0, id: 'MENTORS assoc-x → migrant-y' },
      field: 'since',
    });
    expect(issue?.message).toContain('YYYY-MM-DD');
  });

  it('until before since', () => {
    const [issue] = issuesOf(
      nodesWith(),
      file(TIES, { ties: [{ ...mentors, since: '2020-05-01', until: '2019-01-01' }] }),
    );
    expect(issue).toMatchObject({ file: TIES, record: { index: 0 }, field: 'until' });
    expect(issue?.message).toContain('until 2019-01-01 is before since 2020-05-01');
  });

  it('confidence outside 0–1', () => {
    const [issue] = issuesOf(nodesWith(), file(TIES, { ties: [{ ...mentors, confidence: 1.5 }] }));
    expect(issue).toMatchObject({ file: TIES, record: { index: 0 }, field: 'confidence' });
    expect(issue?.message).toContain('got 1.5');
  });

  it('a misspelt property, listing the allowed ones', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...association, altName: ['X'] }] }));
    expect(issue).toMatchObject({ file: NODES, record: { index: 0, id: 'assoc-x' }, field: 'altName' });
    expect(issue?.message).toMatch(/unknown field; remove it or rename it to one of: .*altNames/);
  });

  it('a stored underemployed flag (it is derived)', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...migrant, underemployed: true }] }));
    expect(issue).toMatchObject({ field: 'underemployed', record: { index: 0 } });
    expect(issue?.message).toContain('derived');
  });

  it('an id without the prefix of its kind', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...association, id: 'firm-x' }] }));
    expect(issue).toMatchObject({ file: NODES, record: { index: 0, id: 'firm-x' }, field: 'id' });
    expect(issue?.message).toContain('starting with "assoc-"');
  });

  it('an unknown kind', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...association, kind: 'Assoc' }] }));
    expect(issue).toMatchObject({ record: { index: 0, id: 'assoc-x' }, field: 'kind' });
    expect(issue?.message).toContain('expected one of Migrant, Association');
  });

  it('an unknown relationship type', () => {
    const [issue] = issuesOf(nodesWith(), file(TIES, { ties: [{ ...mentors, type: 'KNOWS' }] }));
    expect(issue).toMatchObject({ file: TIES, record: { index: 0, id: 'KNOWS assoc-x → migrant-y' }, field: 'type' });
  });

  it('a fractional value in an integer field', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...migrant, education: 6.5 }] }));
    expect(issue).toMatchObject({ field: 'education', record: { index: 0 } });
  });

  it('a wrong element inside a list, with its position', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...migrant, skills: ['welding', 3] }] }));
    expect(issue).toMatchObject({ field: 'skills[1]', record: { index: 0 } });
  });

  it('a real record without sources', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...association, synthetic: false }] }));
    expect(issue).toMatchObject({ field: 'sources', record: { index: 0 } });
  });

  it('a region code of the other country', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...region, code: 'MA-05' }] }));
    expect(issue).toMatchObject({ field: 'code', record: { index: 0, id: 'region-piemonte' } });
  });

  it('an opportunity that closes before it opens', () => {
    const opp = {
      kind: 'Opportunity',
      id: 'opp-a',
      name: 'A',
      type: 'JOB',
      country: 'IT',
      opens: '2024-03-01',
      closes: '2024-02-01',
      synthetic: true,
    };
    const [issue] = issuesOf(file(NODES, { nodes: [opp] }));
    expect(issue).toMatchObject({ field: 'closes', record: { index: 0, id: 'opp-a' } });
  });

  it('a record that is not an object', () => {
    const [issue] = issuesOf(file(NODES, { nodes: ['assoc-x'] }));
    expect(issue).toMatchObject({ file: NODES, record: { section: 'nodes', index: 0 } });
    expect(issue?.field).toBeUndefined();
  });
});

describe('validateSeedFiles: history is respected (docs/data-model.md#time)', () => {
  const founded = { ...association, founded: '2010-03-01', closed: '2015-06-30' };
  const tieWith = (dates: Record<string, string>) => file(TIES, { ties: [{ ...mentors, ...dates }] });

  it('an organisation that closes before it was founded', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...association, founded: '2010-03-01', closed: '2009-01-01' }] }));
    expect(formatIssue(issue!)).toBe(
      'seeds/data/nodes.json, record 0 (assoc-x), field "closed": got "2009-01-01": closed 2009-01-01 is before founded 2010-03-01: a lifetime may not end before it began; fix the value',
    );
  });

  it('a project that ends before it started', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...project, started: '2008-05-01', ended: '2008-04-30' }] }));
    expect(issue).toMatchObject({ record: { index: 0, id: 'project-z' }, field: 'ended' });
    expect(issue?.message).toContain('ended 2008-04-30 is before started 2008-05-01');
  });

  it('a stored foundedYear (it is derived from founded)', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [{ ...association, foundedYear: 1998 }] }));
    expect(issue).toMatchObject({ field: 'foundedYear' });
    expect(issue?.message).toContain('foundedYear is derived from founded');
  });

  it('a tie that starts before an end was founded', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [founded, migrant] }), tieWith({ since: '2009-12-31' }));
    expect(formatIssue(issue!)).toBe(
      'seeds/data/ties.json, record 0 (MENTORS assoc-x → migrant-y), field "since": since 2009-12-31 is before "assoc-x" began (founded 2010-03-01): a tie may not start before either end existed; date it from 2010-03-01 or later, or attach it to the body that existed then',
    );
  });

  it('a tie that ends after an end closed', () => {
    const [issue] = issuesOf(
      file(NODES, { nodes: [founded, migrant] }),
      tieWith({ since: '2011-01-01', until: '2016-01-01' }),
    );
    expect(issue).toMatchObject({ file: TIES, field: 'until' });
    expect(issue?.message).toContain('until 2016-01-01 is after "assoc-x" ended (closed 2015-06-30)');
  });

  it('a tie that starts after an end closed', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [founded, migrant] }), tieWith({ since: '2016-01-01' }));
    expect(issue).toMatchObject({ field: 'since' });
    expect(issue?.message).toContain('since 2016-01-01 is after "assoc-x" ended (closed 2015-06-30)');
  });

  it('attendance dated on another day than the event', () => {
    const event = {
      kind: 'Event',
      id: 'event-e',
      name: 'E',
      type: 'SEMINAR',
      date: '2008-04-10',
      country: 'IT',
      synthetic: true,
    };
    const attended = { type: 'ATTENDED', from: 'migrant-y', to: 'event-e', source: 's', confidence: 1 };
    const [issue] = issuesOf(
      file(NODES, { nodes: [migrant, event] }),
      file(TIES, { ties: [{ ...attended, since: '2008-04-10', until: '2008-06-10' }] }),
    );
    expect(issue).toMatchObject({ field: 'until' });
    expect(issue?.message).toContain('until 2008-06-10 is after "event-e" ended (date 2008-04-10)');
  });

  it('accepts exactly the ties inside both lifetimes (every day around the bounds)', () => {
    const nodes = file(NODES, { nodes: [founded, migrant] });
    const days = ['2010-02-28', '2010-03-01', '2012-01-01', '2015-06-30', '2015-07-01'];
    for (const since of days)
      for (const until of days.filter((d) => d >= since)) {
        const inside = since >= '2010-03-01' && until <= '2015-06-30';
        const run = () => validateSeedFiles([nodes, tieWith({ since, until })]);
        if (inside) expect(run, `${since}–${until}`).not.toThrow();
        else expect(run, `${since}–${until}`).toThrow(SeedValidationError);
      }
    // Undated ties live within both lifetimes and are never refused.
    expect(() => validateSeedFiles([nodes, file(TIES, { ties: [mentors] })])).not.toThrow();
  });
});

describe('validateSeedFiles: whole-set problems', () => {
  it('a duplicate id across files names both places', () => {
    const [issue] = issuesOf(nodesWith(), file('seeds/data/more.json', { nodes: [{ ...association, name: 'Again' }] }));
    expect(issue).toMatchObject({ file: 'seeds/data/more.json', record: { index: 0, id: 'assoc-x' }, field: 'id' });
    expect(issue?.message).toContain(`first defined in ${NODES}, record 1`);
  });

  it('a tie to an unknown id, in the documented wording', () => {
    const [issue] = issuesOf(file(NODES, { nodes: [association] }), file(TIES, { ties: [mentors] }));
    expect(issue).toMatchObject({
      file: TIES,
      record: { section: 'ties', index: 0, id: 'MENTORS assoc-x → migrant-y' },
      field: 'to',
    });
    expect(formatIssue(issue!)).toBe(
      'seeds/data/ties.json, record 0 (MENTORS assoc-x → migrant-y), field "to": unknown id "migrant-y"; add it to a node file or fix the id',
    );
  });

  it('a tie ending at a kind its type does not allow', () => {
    const [issue] = issuesOf(
      nodesWith({ ...association, id: 'assoc-w' }),
      file(TIES, { ties: [{ ...mentors, to: 'assoc-w' }] }),
    );
    expect(issue).toMatchObject({ file: TIES, record: { index: 0 }, field: 'to' });
    expect(issue?.message).toContain('"assoc-w" is an Association, but MENTORS ends at a Migrant');
  });

  it('a tie starting at a kind its type does not allow', () => {
    const [issue] = issuesOf(
      nodesWith(),
      file(TIES, { ties: [{ type: 'LEADS', from: 'assoc-x', to: 'project-z', source: 's', confidence: 1 }] }),
    );
    expect(issue).toMatchObject({ record: { index: 0, id: 'LEADS assoc-x → project-z' }, field: 'from' });
  });

  it('the same tie twice', () => {
    const [issue] = issuesOf(nodesWith(), file(TIES, { ties: [mentors, { ...mentors, confidence: 0.5 }] }));
    expect(issue).toMatchObject({ file: TIES, record: { index: 1 }, field: 'to' });
    expect(issue?.message).toContain('duplicate tie');
  });

  it('a tie to a node that is itself invalid reports only the node', () => {
    const issues = issuesOf(
      file(NODES, { nodes: [association, { ...migrant, status: 'LIVING' }] }),
      file(TIES, { ties: [mentors] }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: NODES, field: 'status' });
  });

  it('a file that is not JSON', () => {
    const [issue] = issuesOf(file('seeds/data/broken.json', '{ "nodes": [ '));
    expect(issue?.file).toBe('seeds/data/broken.json');
    expect(issue?.record).toBeUndefined();
    expect(issue?.message).toContain('not valid JSON');
  });

  it('a file with the wrong outer shape', () => {
    const [issue] = issuesOf(file('seeds/data/array.json', [association]));
    expect(issue).toMatchObject({ file: 'seeds/data/array.json' });
    expect(issue?.message).toContain('{ "nodes": [...], "ties": [...] }');
  });

  it('collects every problem, not just the first', () => {
    const issues = issuesOf(
      file(NODES, {
        nodes: [
          { ...association, type: 'CLUB' },
          { ...migrant, consent: 'MAYBE', education: 12 },
        ],
      }),
      file(TIES, {
        ties: [
          { ...mentors, to: 'migrant-nobody' },
          { ...mentors, from: 'assoc-nobody', confidence: -1 },
        ],
      }),
    );
    expect(issues.map((i) => `${i.file}#${i.record?.index}.${i.field}`)).toEqual([
      `${NODES}#0.type`,
      `${NODES}#1.education`,
      `${NODES}#1.consent`,
      `${TIES}#1.confidence`,
      `${TIES}#0.to`,
    ]);
  });

  it('throws a PonteError with code SEED_INVALID whose message lists the issues', () => {
    let caught: unknown;
    try {
      validateSeedFiles([file(NODES, { nodes: [{ ...association, type: 'CLUB' }] })]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SeedValidationError);
    expect(caught).toBeInstanceOf(PonteError);
    const error = caught as SeedValidationError;
    expect(error.code).toBe(ErrorCode.SeedInvalid);
    expect(error.code).toBe('SEED_INVALID');
    expect(error.message).toContain('Seed data is invalid (1 problem); nothing was written');
    expect(error.message).toContain(`${NODES}, record 0 (assoc-x), field "type": got "CLUB", expected one of`);
  });
});

describe('readSeedDir', () => {
  it('refuses a missing directory', async () => {
    await expect(readSeedDir(path.join(os.tmpdir(), 'ponte-no-such-seed-dir'))).rejects.toBeInstanceOf(
      SeedValidationError,
    );
  });

  it('refuses a directory without json files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ponte-empty-seeds-'));
    try {
      await expect(readSeedDir(dir)).rejects.toThrow(/no \*\.json seed files/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
