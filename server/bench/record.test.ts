import { describe, expect, it } from 'vitest';
import { apiRecordSchema, apiRowSchema, type ApiRow } from './record.js';
import { jsonSafe, ratioOf, summarise } from './stats.js';
import { renderApiTables } from './table.js';

const side = { ...jsonSafe(summarise([1, 2, 3], 0, 1000)), didNotFinish: 0 };
const row: ApiRow = {
  operation: 'neighbourhood',
  role: 'analyst',
  cached: false,
  status: 'measured',
  perCall: { transactions: 3, statements: 3, waves: 2 },
  argumentSets: 24,
  api: side,
  sameWork: side,
  floor: null,
  ratios: { apiOverSameWorkP50: 1, apiOverSameWorkP95: 1, apiOverFloorP50: null, sameWorkOverFloorP50: null },
  loadAverage: 3.2,
};

describe('the API record', () => {
  it('accepts a row with the three sides and refuses one without its ratios or with an unknown role', () => {
    expect(apiRowSchema.parse(row)).toEqual(row);
    expect(apiRowSchema.safeParse({ ...row, role: 'admin' }).success).toBe(false);
    const { ratios: _r, ...noRatios } = row;
    expect(apiRowSchema.safeParse(noRatios).success).toBe(false);
    expect(apiRowSchema.safeParse({ ...row, api: { ...side, p50: Number.NaN } }).success).toBe(false);
  });

  it('holds a whole run', () => {
    const record = {
      label: 'api-10000',
      date: '2026-12-07T12:00:00Z',
      commit: 'abc1234',
      machine: '2 × x',
      scale: { actors: 10000, ties: 100000 },
      load: { concurrency: 8, seconds: 4, warmupSeconds: 2, rounds: 2, capSeconds: 20 },
      loadAverage: { atStart: 1, atEnd: 2, min: 1, max: 2 },
      memory: {},
      rows: [row],
    };
    expect(apiRecordSchema.parse(record).rows).toHaveLength(1);
    expect(apiRecordSchema.safeParse({ ...record, loadAverage: undefined }).success).toBe(false);
  });

  it('renders one table per role, with refused and did-not-finish rows said as such', () => {
    const md = renderApiTables({
      rows: [
        row,
        {
          ...row,
          role: 'staff',
          status: 'did not finish',
          api: null,
          sameWork: null,
          note: 'did not finish within 20 s',
        },
        { ...row, role: 'anonymous', status: 'refused', api: null, sameWork: null, note: 'staff-only' },
      ],
    });
    expect(md).toContain('### As analyst');
    expect(md).toContain('### As staff');
    expect(md).toContain('did not finish: did not finish within 20 s');
    expect(md).toContain('refused: staff-only');
    expect(md).toContain('**1.00**');
  });
});

describe('ratioOf / jsonSafe', () => {
  it('is null when a side is missing or zero, and rounds to two decimals', () => {
    expect(ratioOf(3, 2)).toBe(1.5);
    expect(ratioOf(1, 3)).toBe(0.33);
    expect(ratioOf(null, 2)).toBeNull();
    expect(ratioOf(2, 0)).toBeNull();
    expect(ratioOf(Number.NaN, 2)).toBeNull();
  });

  it('turns the percentiles of an empty side into null', () => {
    expect(jsonSafe(summarise([], 2, 1000))).toMatchObject({ count: 0, errors: 2, p50: null, p99: null, mean: null });
  });
});
