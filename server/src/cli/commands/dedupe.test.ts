import { describe, expect, it } from 'vitest';
import { PonteError } from '../../errors.js';
import { formatPairs, parseDedupeArgs } from './dedupe.js';

describe('ponte dedupe arguments', () => {
  it('reads kinds (any case), the minimum score and the limit', () => {
    expect(
      parseDedupeArgs(['--kind', 'funder', '--kind', 'Association', '--min-score', '0.9', '--limit', '5']),
    ).toEqual({ kinds: ['Funder', 'Association'], minScore: 0.9, limit: 5 });
    expect(parseDedupeArgs([])).toMatchObject({ kinds: [], limit: 100 });
  });

  it('names the wrong argument and the fix', () => {
    const fails = (args: string[], message: RegExp) => {
      expect(() => parseDedupeArgs(args)).toThrow(PonteError);
      expect(() => parseDedupeArgs(args)).toThrow(message);
    };
    fails(['--kind', 'Bank'], /--kind "Bank" is not an actor kind; use one of Migrant, Association/);
    fails(['--min-score', '2'], /--min-score must be a number between 0 and 1 \(got "2"\)/);
    fails(['--min-score'], /--min-score needs a value/);
    fails(['--verbose'], /unknown argument "--verbose"/);
  });

  it('prints each pair with both actors and the reasons', () => {
    const actor = (id: string, name: string) => ({
      id,
      name,
      kind: 'Funder',
      country: 'MA',
      city: 'Rabat',
      altNames: [],
      ties: 3,
    });
    const text = formatPairs(
      [
        {
          a: actor('f-1', 'Fondation Hassan II'),
          b: actor('f-2', 'Hassan II Foundation'),
          score: 1,
          reasons: ["translation of 'foundation' (fondation / foundation)"],
          reasonParts: [],
        },
      ],
      { kinds: ['Funder'], minScore: 0.75, limit: 10 },
    );
    expect(text).toContain('1 likely duplicate pair among Funder (score ≥ 0.75)');
    expect(text).toContain('1.000  Fondation Hassan II [f-1] Funder, MA, Rabat; 3 ties');
    expect(text).toContain("because: translation of 'foundation'");
    expect(formatPairs([], { kinds: [], minScore: 0.8, limit: 10 })).toBe(
      'No likely duplicates among all kinds at a score of 0.8 or more.',
    );
  });
});
