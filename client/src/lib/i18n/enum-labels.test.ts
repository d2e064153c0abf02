import { describe, expect, it } from 'vitest';
import { ENUMS } from '../../../../schema/generated/model.js';
import { DICTIONARIES, LOCALES, type MessageKey } from './dictionary.js';
import { enumKey, enumLabel, shownEnumValues } from './enum-labels.js';

describe('enum labels', () => {
  it('names every value of every enum the explorer shows, in every locale', () => {
    const values = shownEnumValues();
    expect(values.length).toBeGreaterThan(100);
    for (const locale of LOCALES)
      for (const { name, value } of values) {
        const key = enumKey(name, value) as MessageKey;
        const text = DICTIONARIES[locale][key];
        expect(typeof text, `${locale}: ${key}`).toBe('string');
        expect((text as string).trim(), `${locale}: ${key}`).not.toBe('');
        // A raw code (RESIDENT, FUNDING_CALL…) is not a label; kinds like Firm may read as named.
        if (/^[A-Z][A-Z_]+$/.test(value)) expect(text, `${locale}: ${key}`).not.toBe(value);
      }
  });

  it('covers the codes the issue found raw on screen', () => {
    expect(enumLabel('en', 'MigrantStatus', 'RESIDENT')).toBe('resident');
    expect(enumLabel('it', 'Consent', 'PUBLIC')).toBe('pubblico');
    expect(enumLabel('fr', 'EventKind', 'TRAINING_COURSE')).toBe('formation');
    expect(enumLabel('ar', 'EventKind', 'NETWORKING_MEETING')).not.toMatch(/[A-Z_]/);
    expect(enumLabel('en', 'OpportunityType', 'FUNDING_CALL')).toBe('call for funding');
    expect(ENUMS.EventKind).toContain('TRAINING_COURSE');
  });

  it('shows an unknown value as it comes', () => {
    expect(enumLabel('it', 'EventKind', 'HACKATHON')).toBe('HACKATHON');
  });
});
