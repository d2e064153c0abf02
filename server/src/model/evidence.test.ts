import { describe, expect, it } from 'vitest';
import { Rng } from '../../../seeds/generator/prng.js';
import {
  SOURCE_FIELDS,
  checkEvidence,
  decodeEvidence,
  encodeEvidence,
  labelsDisagree,
  labelsFromEvidence,
  nodeEvidence,
  sourceLabels,
  tieEvidence,
  type SourceRecord,
} from './evidence.js';

const TEXTS = ['Répertoire; diaspora', 'a "quoted" word', '<tag> & co', '=SUM(A1)', 'جمعية', 'line\nbreak', 'x'];

/** A random valid record: one to three of title/url/reference, and any of the details. */
function randomSource(rng: Rng): SourceRecord {
  const pick = () => TEXTS[rng.int(0, TEXTS.length - 1)]!;
  const out: Record<string, string> = {};
  const anchors = ['title', 'url', 'reference'].filter(() => rng.chance(0.5));
  for (const key of anchors.length ? anchors : ['reference'])
    out[key] = key === 'url' ? `https://example.org/${rng.int(1, 999)}?q=a&b=c` : pick();
  if (rng.chance(0.5)) out.publisher = pick();
  if (rng.chance(0.5)) out.date = ['2008', '2009-10', '2007-03-01'][rng.int(0, 2)]!;
  if (rng.chance(0.5)) out.quote = pick();
  if (rng.chance(0.5)) out.page = String(rng.int(1, 400));
  return out;
}

const randomEvidence = (rng: Rng) => Array.from({ length: rng.int(0, 6) }, () => randomSource(rng));

describe('evidence', () => {
  it('for every list of records: stored and read back unchanged, labels in order, valid', () => {
    for (let seed = 0; seed < 200; seed++) {
      const rng = new Rng(seed);
      const sources = randomEvidence(rng);
      const stored = encodeEvidence(sources);
      expect(stored.every((s) => typeof s === 'string')).toBe(true);
      expect(decodeEvidence(stored)).toEqual(sources);
      expect(checkEvidence(sources).problems).toEqual([]);
      const labels = sourceLabels(sources);
      expect(nodeEvidence(labels, stored)).toEqual(sources);
      if (labels[0]) expect(tieEvidence(labels[0], stored)).toEqual(sources);
      expect(labelsDisagree(labels, sources, false)).toBeUndefined();
      expect(labelsFromEvidence({ sources: [], evidence: sources }).sources).toEqual(labels);
    }
  });

  it('the labels win over stale records: a node shows one source per label, a tie its source first', () => {
    const stored = encodeEvidence([{ title: 'A', page: '1' }, { url: 'https://b.example' }]);
    expect(nodeEvidence(['https://b.example', 'C', 'https://d.example'], stored)).toEqual([
      { url: 'https://b.example' },
      { reference: 'C' },
      { url: 'https://d.example' },
    ]);
    expect(tieEvidence('A', stored)).toEqual([{ title: 'A', page: '1' }, { url: 'https://b.example' }]);
    expect(tieEvidence('Changed', stored)).toEqual([{ reference: 'Changed' }, { url: 'https://b.example' }]);
    expect(tieEvidence('only', null)).toEqual([{ reference: 'only' }]);
    expect(nodeEvidence(null, ['not json', '{"title": 5}'])).toEqual([]);
  });

  it('names the record and field of every problem', () => {
    const result = checkEvidence([
      { title: 'fine' },
      { title: 'x', url: 'ftp://example.org' },
      { publisher: 'only a publisher' },
      { reference: 'r', date: '2008-13-01' },
      { reference: 'r', colour: 'red' },
    ]);
    expect(result.problems.map((p) => p.path)).toEqual(['1.url', '2.title', '3.date', '4']);
    expect(result.problems[1]!.message).toBe('a source needs a title, a url or a reference');
    expect(checkEvidence(Array.from({ length: 51 }, () => ({ title: 't' }))).problems[0]!.message).toMatch(
      /at most 50/,
    );
  });

  it('labels beside records must be theirs', () => {
    const sources = [{ title: 'A' }, { reference: 'B' }];
    expect(labelsDisagree(['A', 'B'], sources, false)).toBeUndefined();
    expect(labelsDisagree([], sources, false)).toBeUndefined();
    expect(labelsDisagree(['B', 'A'], sources, false)).toMatch(/\["A","B"\]/);
    expect(labelsDisagree(['A'], sources, true)).toBeUndefined();
    expect(labelsDisagree(['B'], sources, true)).toMatch(/first evidence record/);
    expect(SOURCE_FIELDS).toHaveLength(7);
  });
});
