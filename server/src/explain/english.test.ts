import { describe, expect, it } from 'vitest';
import { Masker, MASKED_NAME, type RawNode } from '../graphql/graph/view.js';
import { networkViewer } from '../graphql/viewer.js';
import { hopReason, rankPaths, showPath } from '../graphql/graph/path.js';
import { englishHop, englishReason } from './english.js';
import { maskedName, reason, services, text, tieType, type ReasonCode } from './reason.js';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../graphql/type-defs.js';

describe('English from the parts', () => {
  it('fills each parameter, lists joined by commas, tie types as verbs, masked people by the masked name', () => {
    expect(englishReason(reason('MEETS_NEEDS', { services: services(['MENTORSHIP', 'TRAINING']), met: { type: 'NUMBER', values: ['2'] }, needs: { type: 'NUMBER', values: ['3'] } }))).toBe(
      'offers MENTORSHIP, TRAINING (2 of 3 needs)',
    );
    expect(englishReason(reason('DOES_IT', { type: tieType('SUPPORTS') }))).toBe('supports it');
    expect(englishReason(reason('DOES_IT', { type: tieType('SPONSORS_NEW') }))).toBe('sponsors new it');
    expect(englishReason(reason('HOP', { from: maskedName('masked-1'), to: text('CERFE'), type: tieType('MEMBER_OF') }))).toBe(`${MASKED_NAME} is a member of CERFE`);
  });

  it('a hop: the sentence, then its details in brackets', () => {
    const hop = hopReason({ type: 'ATTENDED', from: 'a', to: 'e', since: '2008-05-12', until: '2008-05-12', source: null, confidence: 1, role: 'SPEAKER' }, text('CERFE'), text('Rabat meeting'), 'Event');
    expect(hop.code).toBe('HOP_MET_AT');
    expect(hop.details.map((d) => d.code)).toEqual(['ATTENDED_AS', 'IN_YEAR', 'NO_SOURCE']);
    expect(englishHop(hop)).toBe('CERFE met at Rabat meeting (as speaker, in 2008, no source)');
  });

  it('says for every code of the SDL exactly the wording its description documents', () => {
    const doc = parse(loadTypeDefs());
    const codes = doc.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ReasonCode')!.values!;
    expect(codes.length).toBeGreaterThan(40);
    for (const value of codes) {
      const documented = /`([^`]+)`/.exec(value.description!.value)![1]!;
      // Each parameter filled with its own placeholder: what remains is the template itself.
      const names = [...documented.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const english = englishReason(reason(value.name.value as ReasonCode, Object.fromEntries(names.map((n) => [n, text(`{${n}}`)]))));
      expect(english, value.name.value).toBe(documented);
    }
  });

  it('a masked person on a path: only the placeholder travels in the parts', () => {
    const n = (id: string, labels: string[], consent: string | null = null): RawNode => ({ id, name: `Name of ${id}`, labels, country: 'IT', city: 'Novara', consent });
    const [ranked] = rankPaths(
      [{ nodes: [n('firm-a', ['Firm', 'Actor']), n('migrant-x', ['Migrant', 'Actor'], 'NONE')], ties: [{ type: 'EMPLOYS', from: 'firm-a', to: 'migrant-x', since: null, until: null, source: 'S', confidence: 1 }] }],
      '2010-01-01',
      1,
    );
    const shown = showPath(ranked!, new Masker(networkViewer));
    expect(shown.whyParts[0]!.params).toEqual([
      { name: 'from', type: 'TEXT', values: ['Name of firm-a'] },
      { name: 'to', type: 'MASKED_NAME', values: ['masked-1'] },
      { name: 'type', type: 'TIE_TYPE', values: ['EMPLOYS'] },
    ]);
    expect(shown.why).toEqual(shown.whyParts.map(englishHop));
    expect(JSON.stringify(shown.whyParts)).not.toMatch(/migrant-x|Name of migrant-x|Novara/);
  });
});
