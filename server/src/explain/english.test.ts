import { describe, expect, it } from 'vitest';
import { englishReason, MASKED_NAME } from './english.js';
import { maskedName, reason, services, text, tieType, type ReasonCode } from './reason.js';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../model/type-defs.js';

describe('English from the parts', () => {
  it('fills each parameter, lists joined by commas, tie types as verbs, masked people by the masked name', () => {
    expect(
      englishReason(
        reason('MEETS_NEEDS', {
          services: services(['MENTORSHIP', 'TRAINING']),
          met: { type: 'NUMBER', values: ['2'] },
          needs: { type: 'NUMBER', values: ['3'] },
        }),
      ),
    ).toBe('offers MENTORSHIP, TRAINING (2 of 3 needs)');
    expect(englishReason(reason('DOES_IT', { type: tieType('SUPPORTS') }))).toBe('supports it');
    expect(englishReason(reason('DOES_IT', { type: tieType('SPONSORS_NEW') }))).toBe('sponsors new it');
    expect(
      englishReason(reason('HOP', { from: maskedName('masked-1'), to: text('CERFE'), type: tieType('MEMBER_OF') })),
    ).toBe(`${MASKED_NAME} is a member of CERFE`);
  });

  it('says for every code of the SDL exactly the wording its description documents', () => {
    const doc = parse(loadTypeDefs());
    const codes = doc.definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ReasonCode',
    )!.values!;
    expect(codes.length).toBeGreaterThan(40);
    for (const value of codes) {
      const documented = /`([^`]+)`/.exec(value.description!.value)![1]!;
      // Each parameter filled with its own placeholder: what remains is the template itself.
      const names = [...documented.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const english = englishReason(
        reason(value.name.value as ReasonCode, Object.fromEntries(names.map((n) => [n, text(`{${n}}`)]))),
      );
      expect(english, value.name.value).toBe(documented);
    }
  });
});
