import { describe, expect, it } from 'vitest';
import { GEOGRAPHIC_TIE_TYPES, TIE_TYPES } from '../../../../schema/generated/model.js';
import { FAMILY_COLOURS, MET_AT, TIE_FAMILIES, familyLegend, tieColour, tieFamily } from './tie-colours.js';
import { ACTOR_KINDS } from '../kinds.js';
import { nodeColour } from './model.js';

describe('tie colour families', () => {
  it('puts every tie type of the model in exactly one of 5–6 families, each used', () => {
    expect(TIE_FAMILIES.length).toBeGreaterThanOrEqual(5);
    expect(TIE_FAMILIES.length).toBeLessThanOrEqual(6);
    const listed = familyLegend().flatMap((f) => f.types);
    expect(listed.sort()).toEqual([...TIE_TYPES, MET_AT].sort());
    for (const f of familyLegend()) expect(f.types.length).toBeGreaterThan(0);
  });

  it('draws geographic ties as places and met-at ties as meetings, with attendance', () => {
    for (const t of GEOGRAPHIC_TIE_TYPES) expect(tieFamily(t)).toBe('place');
    expect(tieFamily(MET_AT)).toBe(tieFamily('ATTENDED'));
  });

  it('gives families distinct colours, none the fill of a node kind', () => {
    const colours = Object.values(FAMILY_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
    for (const kind of ACTOR_KINDS) expect(colours).not.toContain(nodeColour(kind, false));
    for (const t of TIE_TYPES) expect(tieColour(t)).toBe(FAMILY_COLOURS[tieFamily(t)]);
  });
});
