// The dedupe fixture's planted duplicates must be found and its look-alikes left alone; precision
// and recall are printed. Plus the pieces: folding, skeletons, scoring rules, blocking, imports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  DEFAULT_MIN_SCORE,
  findDuplicates,
  jaroWinkler,
  likelyDuplicates,
  pairKey,
  type NameRecord,
  type DedupeStats,
} from './dedupe.js';
import { foldName, skeleton } from './names.js';
import { englishReason } from '../explain/english.js';

interface FixtureRecord extends NameRecord {
  readonly group?: string;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/dedupe-fixture.json', import.meta.url), 'utf8')) as {
  records: FixtureRecord[];
};

function truthPairs(records: readonly FixtureRecord[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i]!;
      const b = records[j]!;
      if (a.group && a.group === b.group) pairs.add(pairKey(a.id, b.id));
    }
  }
  return pairs;
}

describe('dedupe on the fixture', () => {
  it('finds the planted duplicates and leaves the look-alikes alone (precision and recall ≥ 0.9)', () => {
    const truth = truthPairs(fixture.records);
    const found = findDuplicates(fixture.records, DEFAULT_MIN_SCORE);
    const predicted = new Set(found.map((m) => pairKey(m.a.id, m.b.id)));
    const truePositives = [...predicted].filter((p) => truth.has(p));
    const precision = truePositives.length / Math.max(1, predicted.size);
    const recall = truePositives.length / truth.size;
    const falsePositives = found
      .filter((m) => !truth.has(pairKey(m.a.id, m.b.id)))
      .map((m) => `${m.a.name} ~ ${m.b.name} (${m.score})`);
    const missed = [...truth].filter((p) => !predicted.has(p));
    console.log(
      `dedupe fixture: ${fixture.records.length} records, ${truth.size} planted pairs, ${predicted.size} flagged at ≥ ${DEFAULT_MIN_SCORE}: ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (falsePositives.length ? `\n  false positives: ${falsePositives.join('; ')}` : '') +
        (missed.length ? `\n  missed: ${missed.join('; ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('does not pair the named look-alikes of the issue', () => {
    const byId = new Map(fixture.records.map((r) => [r.id, r]));
    const found = new Set(findDuplicates(fixture.records, DEFAULT_MIN_SCORE).map((m) => pairKey(m.a.id, m.b.id)));
    for (const [a, b] of [
      ['assoc-amm-italia', 'assoc-amm-torino'],
      ['funder-cariplo', 'funder-crt'],
      ['funder-mohammed-v', 'funder-mohammed-vi'],
      ['assoc-amal-brescia', 'assoc-amal-roma'],
      ['pa-consulate-milano', 'pa-consulate-bologna'],
      ['firm-chamber-1', 'firm-chamber-ma-in-it'],
    ]) {
      expect(byId.has(a!) && byId.has(b!)).toBe(true);
      expect(found.has(pairKey(a!, b!)), `${a} ~ ${b}`).toBe(false);
    }
  });
});

describe('name folding', () => {
  it('folds accents, case, punctuation, legal forms and little words', () => {
    expect(foldName('ATLAS AGRO S.p.A.').tokens.map((t) => t.key)).toEqual(
      foldName('Atlas Agro SPA').tokens.map((t) => t.key),
    );
    expect(foldName("Fondation Hassan II pour les Marocains Résidant à l'Étranger").tokens.map((t) => t.key)).toEqual([
      'foundation',
      'hsn',
      '2',
      'moroccan',
      'resident',
      'abroad',
    ]);
  });

  it('maps generic words of four languages to one concept', () => {
    for (const name of [
      'Fondation Zagora',
      'Fondazione Zagora',
      'Zagora Foundation',
      "Mu'assasa Zagora",
      'Muʾassasat Zagora',
    ])
      expect(
        foldName(name)
          .tokens.map((t) => t.key)
          .sort(),
        name,
      ).toEqual(['foundation', 'zgr']);
    for (const name of ['Association Zagora', 'Associazione Zagora', "Jam'iya Zagora"])
      expect(foldName(name).tokens[0]!.key, name).toBe('association');
    for (const name of ['Coopérative Zagora', 'Cooperativa Zagora'])
      expect(foldName(name).tokens[0]!.key, name).toBe('cooperative');
  });

  it('gives Arabic transliteration variants one skeleton', () => {
    const same = (words: string[]) => expect(new Set(words.map(skeleton)).size, words.join('/')).toBe(1);
    same(['mohammed', 'mohamed', 'muhammad', 'mhamed', 'mohammad']);
    same(['youssef', 'yusuf', 'youssouf']);
    same(['rachid', 'rashid']);
    same(['khadija', 'khadidja']);
    same(['ouafa', 'wafa']);
    expect(skeleton('youssef')).not.toBe(skeleton('yassine'));
  });

  it('reads Roman numerals and ordinal words as numbers', () => {
    const key = (n: string) =>
      foldName(n)
        .tokens.map((t) => t.key)
        .join(' ');
    expect(key('Hassan II')).toBe(key('Hassan 2'));
    expect(key('al-Hasan al-Thani')).toBe(key('Hassan II'));
    expect(key('Mohammed V')).not.toBe(key('Mohammed VI'));
  });
});

describe('scoring', () => {
  it('word order and language do not matter', () => {
    const c = compareNames(foldName('Fondation Hassan II'), foldName('Hassan II Foundation'));
    expect(c.score).toBe(1);
    expect(c.reasons.map(englishReason)).toContain("translation of 'foundation' (fondation / foundation)");
  });

  it('context moves the score: same city up, different country down', () => {
    const base = { name: 'Associazione Al Wafa', kind: 'Association' };
    const [same] = findDuplicates(
      [
        { ...base, id: 'a', country: 'IT', city: 'Torino' },
        { ...base, id: 'b', name: 'Associazione Al-Ouafa', country: 'IT', city: 'Torino' },
      ],
      0,
    );
    const [apart] = findDuplicates(
      [
        { ...base, id: 'a', country: 'IT', city: null },
        { ...base, id: 'b', name: 'Associazione Al-Ouafa', country: 'MA', city: null },
      ],
      0,
    );
    expect(same!.score).toBeGreaterThan(apart!.score);
    expect(same!.reasons).toEqual(
      expect.arrayContaining(['same city (Torino)', 'same country (IT)', 'same kind (Association)']),
    );
    expect(apart!.reasons).toContain('different countries (IT / MA)');
  });

  it('different kinds lower the score; a migrant is never compared with an organisation', () => {
    const sameKind = findDuplicates(
      [
        { id: 'a', name: 'Nour', kind: 'Firm' },
        { id: 'b', name: 'Nour', kind: 'Firm' },
      ],
      0,
    )[0]!;
    const otherKind = findDuplicates(
      [
        { id: 'a', name: 'Nour', kind: 'Firm' },
        { id: 'b', name: 'Nour', kind: 'Association' },
      ],
      0,
    )[0]!;
    expect(otherKind.score).toBeLessThan(sameKind.score);
    expect(
      findDuplicates(
        [
          { id: 'a', name: 'Nour', kind: 'Migrant' },
          { id: 'b', name: 'Nour', kind: 'Association' },
        ],
        0,
      ),
    ).toEqual([]);
  });

  it('uses alternative names', () => {
    const [m] = findDuplicates([
      { id: 'a', name: 'CeSPI', kind: 'Association', altNames: ['Centro Studi di Politica Internazionale'] },
      { id: 'b', name: 'Centre for International Policy Studies', kind: 'Association' },
    ]);
    expect(m?.reasons.some((r) => r.startsWith('compared as'))).toBe(true);
  });

  it('jaroWinkler is 1 for equal strings and lower for different ones', () => {
    expect(jaroWinkler('martha', 'martha')).toBe(1);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('blocking and imports', () => {
  it('compares far fewer pairs than all of them on 20,000 actors', () => {
    const words = [
      'Nour',
      'Atlas',
      'Amal',
      'Wafa',
      'Salam',
      'Tafilalt',
      'Argana',
      'Zagora',
      'Ifrane',
      'Rif',
      'Sahel',
      'Majd',
      'Oasis',
      'Tadla',
    ];
    const cities = ['Torino', 'Milano', 'Roma', 'Rabat', 'Fès', 'Agadir', 'Bologna', 'Genova', 'Casablanca', 'Oujda'];
    const records: NameRecord[] = [];
    for (let i = 0; i < 20_000; i++) {
      records.push({
        id: `x-${i}`,
        name: `Associazione ${words[i % words.length]} ${i} – ${cities[(i * 7) % cities.length]}`,
        kind: 'Association',
        country: i % 2 ? 'IT' : 'MA',
        city: cities[(i * 7) % cities.length]!,
      });
    }
    const stats: DedupeStats = { comparisons: 0, skippedKeys: 0 };
    findDuplicates(records, DEFAULT_MIN_SCORE, stats);
    const all = (records.length * (records.length - 1)) / 2;
    expect(stats.comparisons).toBeLessThan(all / 100);
    expect(stats.skippedKeys).toBeGreaterThan(0);
  }, 60_000);

  it('likelyDuplicates pairs incoming records with existing ones, not with themselves or the same id', () => {
    const existing: NameRecord[] = [
      {
        id: 'funder-hassan-ii-foundation',
        name: "Fondation Hassan II pour les Marocains Résidant à l'Étranger",
        kind: 'Funder',
        country: 'MA',
        city: 'Rabat',
      },
      { id: 'funder-cariplo', name: 'Fondazione Cariplo', kind: 'Funder', country: 'IT', city: 'Milano' },
    ];
    const incoming: NameRecord[] = [
      {
        id: 'funder-new-hassan',
        name: 'Hassan II Foundation for Moroccans Living Abroad',
        kind: 'Funder',
        country: 'MA',
      },
      { id: 'funder-cariplo', name: 'Fondazione Cariplo', kind: 'Funder', country: 'IT' },
      { id: 'funder-crt', name: 'Fondazione CRT', kind: 'Funder', country: 'IT' },
    ];
    const found = likelyDuplicates(incoming, existing);
    expect(found.map((m) => [m.a.id, m.b.id])).toEqual([['funder-new-hassan', 'funder-hassan-ii-foundation']]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.9);
  });
});
