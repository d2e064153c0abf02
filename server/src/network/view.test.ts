import { describe, expect, it } from 'vitest';
import { networkViewer } from './viewer.js';
import { MASKED_NAME, Masker, type RawNode } from './view.js';

const node = (id: string, labels: string[], extra: Partial<RawNode> = {}): RawNode => ({
  id,
  name: id.toUpperCase(),
  labels,
  country: 'IT',
  city: 'Torino',
  consent: null,
  ...extra,
});

describe('Masker', () => {
  it('names migrants with consent NETWORK or PUBLIC, masks NONE and unknown', () => {
    const m = new Masker(networkViewer);
    expect(m.node(node('migrant-a', ['Migrant', 'Actor'], { consent: 'PUBLIC' }))).toMatchObject({
      id: 'migrant-a',
      masked: false,
      city: 'Torino',
    });
    expect(m.node(node('migrant-b', ['Migrant', 'Actor'], { consent: 'NETWORK' })).masked).toBe(false);
    expect(m.node(node('migrant-c', ['Migrant', 'Actor'], { consent: 'NONE' }))).toEqual({
      id: 'masked-1',
      name: MASKED_NAME,
      kind: 'Migrant',
      country: 'IT',
      city: null,
      masked: true,
    });
    expect(m.node(node('migrant-d', ['Migrant', 'Actor'])).id).toBe('masked-2');
    // The same person keeps the same placeholder within one answer.
    expect(m.node(node('migrant-c', ['Migrant', 'Actor'], { consent: 'NONE' })).id).toBe('masked-1');
  });

  it('never masks organisations, and ties point to placeholders', () => {
    const m = new Masker(networkViewer);
    m.node(node('firm-x', ['Firm', 'Actor'], { country: 'MA' }));
    m.node(node('migrant-c', ['Migrant', 'Actor'], { consent: 'NONE' }));
    const tie = m.tie({
      type: 'EMPLOYS',
      from: 'firm-x',
      to: 'migrant-c',
      since: '2007-01-01',
      until: null,
      source: 's',
      confidence: 0.9,
    });
    expect(tie).toEqual({
      id: 'EMPLOYS:firm-x:masked-1',
      type: 'EMPLOYS',
      from: 'firm-x',
      to: 'masked-1',
      since: '2007-01-01',
      until: null,
      source: 's',
      // Known by its label only; a tie to a masked person never shows a quote.
      evidence: [{ title: null, url: null, reference: 's', publisher: null, date: null, quote: null, page: null }],
      confidence: 0.9,
      crossesBorder: true,
    });
    expect(JSON.stringify(tie)).not.toContain('migrant-c');
  });
});
