/**
 * Who is asking, as far as graph answers care (docs/privacy.md): which migrants exist for the
 * asker at all, and which of those may be named. A migrant who does not exist for the asker is
 * hidden: graph answers are computed on the graph without them and their ties. One who exists but
 * may not be named is masked (network/view.ts `Masker`).
 */
export interface Viewer {
  /**
   * Which migrants exist for this asker: `'all'`, or only those whose consent is in the list
   * (none when the list is empty). A migrant without a consent counts as NONE.
   */
  readonly visibleConsents: 'all' | readonly string[];
  /** Whether a migrant with this consent (NONE, NETWORK, PUBLIC, or absent) may be shown by name; implies visible. */
  mayNameMigrant(consent: string | null | undefined): boolean;
}

/** Consents that let a migrant appear in a network partner's or an analyst's graph answers. */
export const CONSENTING = ['NETWORK', 'PUBLIC'] as const;

// Who exists for whom in graph answers (docs/architecture.md#who-sees-what). Anonymous visitors see
// migrants only as counts: no migrant exists in their graph answers, not even as a masked hop.
// Analysts and partners never meet a migrant with consent NONE; analysts see NETWORK migrants
// masked. Staff see everyone.
const nobody: Viewer = { visibleConsents: [], mayNameMigrant: () => false };
const analystViewer: Viewer = { visibleConsents: CONSENTING, mayNameMigrant: (consent) => consent === 'PUBLIC' };
const partnerViewer: Viewer = {
  visibleConsents: CONSENTING,
  mayNameMigrant: (consent) => consent === 'NETWORK' || consent === 'PUBLIC',
};
const everyone: Viewer = { visibleConsents: 'all', mayNameMigrant: () => true };

/**
 * The viewer of each kind of asker; auth/roles.ts `viewerFor` maps a request's role to it (the
 * network knows the kinds of askers of docs/privacy.md, not how a request proves its role).
 */
export const VIEWERS = {
  anonymous: nobody,
  analyst: analystViewer,
  partner: partnerViewer,
  staff: everyone,
  admin: everyone,
} as const satisfies Record<string, Viewer>;

/** The viewer of a context built without a role (tools and tests): a network partner. */
export const networkViewer: Viewer = {
  visibleConsents: CONSENTING,
  mayNameMigrant: (consent) => consent === 'NETWORK' || consent === 'PUBLIC',
};
