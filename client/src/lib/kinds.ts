/**
 * The five actor kinds and how the explorer shows them. Colours are the Okabe–Ito palette, which
 * stays distinguishable for the common forms of colour blindness.
 */
import { ACTOR_KINDS, NODE_KINDS, type ActorKind } from '../../../schema/generated/model.js';

export { ACTOR_KINDS, NODE_KINDS };
export type ActorKindName = ActorKind;

interface KindStyle {
  readonly label: string;
  readonly plural: string;
  readonly colour: string;
}

const STYLES: Record<ActorKindName, KindStyle> = {
  Migrant: { label: 'Migrant', plural: 'Migrants', colour: '#E69F00' },
  Association: { label: 'Association', plural: 'Associations', colour: '#56B4E9' },
  Firm: { label: 'Firm', plural: 'Firms', colour: '#009E73' },
  PublicAdministration: { label: 'Public administration', plural: 'Public administrations', colour: '#0072B2' },
  Funder: { label: 'Funder', plural: 'Funders', colour: '#D55E00' },
};

const UNKNOWN: KindStyle = { label: 'Actor', plural: 'Actors', colour: '#999999' };

export function kindStyle(kind: string): KindStyle {
  return (STYLES as Record<string, KindStyle>)[kind] ?? UNKNOWN;
}

export function isActorKind(kind: string): kind is ActorKindName {
  return (ACTOR_KINDS as readonly string[]).includes(kind);
}

const COUNTRY_NAMES: Record<string, string> = { IT: 'Italy', MA: 'Morocco', INTL: 'International' };

export function countryName(code: string | null | undefined): string {
  return code ? (COUNTRY_NAMES[code] ?? code) : '';
}

/** Actor ids start with their kind's prefix (docs/data-model.md): `assoc-cerfe`, `migrant-…`. */
const ACTOR_ID = /^(migrant|assoc|firm|pa|funder)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an id (e.g. one named in the audit log, beside users and events) is an actor's, with a page of its own. */
export function isActorId(id: string): boolean {
  return ACTOR_ID.test(id);
}
