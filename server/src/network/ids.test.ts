import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { missingIds, unknownIdsError, type IdRef } from './ids.js';

const found = new Map<string, readonly string[]>([
  ['pa-iom-italy', ['PublicAdministration', 'Actor']],
  ['region-oriental', ['Region']],
  ['migrant-hidden', ['Migrant', 'Actor']],
]);
const visible = new Set(['pa-iom-italy', 'region-oriental']);

describe('missingIds', () => {
  it('keeps the ids that are absent, hidden or of another kind, in the order asked', () => {
    const refs: IdRef[] = [
      { argument: 'from', id: 'pa-iom-italy', label: 'Actor' },
      { argument: 'target.regions', id: 'region-nope', label: 'Region' },
      { argument: 'target.regions', id: 'pa-iom-italy', label: 'Region' },
      { argument: 'target.regions', id: 'region-oriental', label: 'Region' },
    ];
    expect(missingIds(refs, found, visible).map((r) => r.id)).toEqual(['region-nope', 'pa-iom-italy']);
  });

  it('a hidden migrant is missing exactly as an id that never existed', () => {
    for (const label of [undefined, 'Actor', 'Migrant'] as const) {
      const hidden = missingIds(
        [{ argument: 'migrantId', id: 'migrant-hidden', ...(label ? { label } : {}) }],
        found,
        visible,
      );
      const absent = missingIds(
        [{ argument: 'migrantId', id: 'migrant-never', ...(label ? { label } : {}) }],
        found,
        visible,
      );
      expect(hidden).toHaveLength(1);
      expect(absent).toHaveLength(1);
      const a = unknownIdsError('opportunityMatches', hidden);
      const b = unknownIdsError('opportunityMatches', absent);
      expect(a.message.replace('migrant-hidden', 'X')).toBe(b.message.replace('migrant-never', 'X'));
      expect(a.code).toBe(b.code);
    }
  });
});

describe('unknownIdsError', () => {
  it('names every missing id, its kind and its argument, as NOT_FOUND', () => {
    const e = unknownIdsError('introductions', [{ argument: 'target.regions', id: 'region-nope', label: 'Region' }]);
    expect(e.message).toBe('introductions: no region with id "region-nope" (argument "target.regions").');
    expect(e.code).toBe(ErrorCode.NotFound);
    expect(e.argument).toBe('target.regions');
    const mixed = unknownIdsError('introductions', [
      { argument: 'from', id: 'a', label: 'Actor' },
      { argument: 'target.regions', id: 'b', label: 'Region' },
    ]);
    expect(mixed.message).toBe('introductions: no node with id "a", "b" (argument "from", "target.regions").');
    expect(mixed.argument).toBe('from');
  });
});
