/**
 * Tie types in colour families: thirteen colours cannot be told apart on a canvas (five were
 * near-identical greys), six families can. The family of each type is one table keyed by the
 * generated model's `TieType` (schema/generated/model.ts), so a new type does not compile until it
 * is given a family; the type itself is told by its label (on hover, for the selected node's ties,
 * along a path) and in the legend, which lists each family with its types.
 */
import { GEOGRAPHIC_TIE_TYPES, TIE_TYPES, type TieType } from '../../../../schema/generated/model.js';

export const TIE_FAMILIES = ['guidance', 'money', 'belonging', 'partnership', 'meeting', 'place'] as const;
export type TieFamily = (typeof TIE_FAMILIES)[number];

/** The derived co-attendance tie (graph/met-at.ts): not a stored type, drawn in the meeting family. */
export const MET_AT = 'MET_AT';

/** Which family each stored tie type belongs to; geographic types are the `place` family. */
const FAMILY_OF: Record<Exclude<TieType, (typeof GEOGRAPHIC_TIE_TYPES)[number]>, TieFamily> = {
  MENTORS: 'guidance',
  SUPPORTS: 'guidance',
  FUNDS: 'money',
  OFFERS: 'money',
  APPLIED_TO: 'money',
  MEMBER_OF: 'belonging',
  EMPLOYS: 'belonging',
  LEADS: 'belonging',
  PARTNERS_WITH: 'partnership',
  ATTENDED: 'meeting',
};

/**
 * One colour per family, from Paul Tol's dark qualitative colours: distinct from each other for
 * the common colour-vision deficiencies, readable as thin lines on white, and darker than the node
 * kinds' Okabe–Ito fills (lib/kinds.ts) so a tie is not read as a node; places stay a pale grey so
 * the map ties recede.
 */
export const FAMILY_COLOURS: Record<TieFamily, string> = {
  guidance: '#AA3377',
  money: '#997700',
  belonging: '#004488',
  partnership: '#117733',
  meeting: '#8E6BB8',
  place: '#BBBBBB',
};

const GEOGRAPHIC = new Set<string>(GEOGRAPHIC_TIE_TYPES);

/** The family of a tie type (the derived `MET_AT` included); unknown codes fall in `place`, drawn pale. */
export function tieFamily(type: string): TieFamily {
  if (type === MET_AT) return 'meeting';
  if (GEOGRAPHIC.has(type)) return 'place';
  return (FAMILY_OF as Record<string, TieFamily>)[type] ?? 'place';
}

export function tieColour(type: string): string {
  return FAMILY_COLOURS[tieFamily(type)];
}

/** The legend: each family with its types, in the model's order (the derived tie last, in meetings). */
export function familyLegend(): { family: TieFamily; colour: string; types: string[] }[] {
  return TIE_FAMILIES.map((family) => ({
    family,
    colour: FAMILY_COLOURS[family],
    types: [...TIE_TYPES.filter((t) => tieFamily(t) === family), ...(family === 'meeting' ? [MET_AT] : [])],
  }));
}
