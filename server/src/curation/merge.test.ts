// The folding rules of mergeActors, without a database: ties that say the same thing, and the
// fields the kept actor takes from the dropped one.
import { describe, expect, it } from 'vitest';
import { mergeActorProperties, mergeTieProperties } from './merge.js';

describe('mergeTieProperties', () => {
  it('keeps the earliest since, the latest until, the highest confidence and both sources', () => {
    const merged = mergeTieProperties(
      { since: '2008-03-01', until: '2010-01-01', confidence: 0.6, source: 'repertoire 2008', role: 'member' },
      {
        since: '2006-05-01',
        until: '2012-06-30',
        confidence: 0.9,
        source: 'meeting minutes; repertoire 2008',
        role: 'president',
        note: 'from the old record',
      },
    );
    expect(merged).toEqual({
      since: '2006-05-01',
      until: '2012-06-30',
      confidence: 0.9,
      source: 'repertoire 2008; meeting minutes',
      role: 'member',
      note: 'from the old record',
    });
  });

  it('an open until (still active) wins over a dated one; an unknown since takes the known one', () => {
    expect(
      mergeTieProperties(
        { until: '2010-01-01', confidence: 1, source: 'a' },
        { since: '2007-01-01', confidence: 0.5, source: 'a' },
      ),
    ).toEqual({ since: '2007-01-01', confidence: 1, source: 'a' });
  });
});

describe('mergeActorProperties', () => {
  it('copies what keep lacks, joins lists, records the dropped id and name', () => {
    const { set, copied } = mergeActorProperties(
      {
        id: 'assoc-keep',
        name: 'Associazione Al Wafa',
        altNames: ['Al Wafa'],
        city: 'Latina',
        website: null,
        tags: ['culture'],
        sources: ['s1'],
        synthetic: false,
        createdAt: 'x',
      },
      {
        id: 'assoc-drop',
        name: 'Associazione culturale Al-Ouafa',
        altNames: ['Al Ouafa'],
        city: 'Roma',
        website: 'https://alwafa.example',
        tags: ['culture', 'women'],
        sources: [],
        description: 'A cultural association.',
        synthetic: true,
        mergedIds: ['assoc-older'],
      },
    );
    expect(set).toEqual({
      altNames: ['Al Wafa', 'Al Ouafa', 'Associazione culturale Al-Ouafa'],
      website: 'https://alwafa.example',
      tags: ['culture', 'women'],
      description: 'A cultural association.',
      mergedIds: ['assoc-drop', 'assoc-older'],
    });
    expect(copied).toEqual(['altNames', 'description', 'tags', 'website']);
  });

  it('never overwrites a value keep has, nor the id, name, timestamps or synthetic flag', () => {
    const { set } = mergeActorProperties(
      { id: 'k', name: 'K', city: 'Torino', mergedIds: ['old'] },
      { id: 'd', name: 'K', city: 'Milano', createdAt: 'then', synthetic: true },
    );
    expect(set).toEqual({ mergedIds: ['old', 'd'] });
  });
});
