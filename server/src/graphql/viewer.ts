/**
 * Who is asking, as far as graph answers care (docs/architecture.md#masking). Roles arrive in a later issue; for now
 * every request is a viewer who may name a migrant only when the migrant's consent is NETWORK or
 * PUBLIC. Roles will only have to choose another `mayNameMigrant`.
 */
export interface Viewer {
  /** Whether a migrant with this consent (NONE, NETWORK, PUBLIC, or absent) may be shown by name. */
  mayNameMigrant(consent: string | null | undefined): boolean;
}

/** The viewer of every request until roles exist: a network partner. */
export const networkViewer: Viewer = {
  mayNameMigrant: (consent) => consent === 'NETWORK' || consent === 'PUBLIC',
};
