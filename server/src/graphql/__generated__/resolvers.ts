import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BrokerRow } from '../../network/questions/brokers.js';
import type { PonteContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: string; output: string; }
};

/** The five kinds of actor. Each actor node carries the label `Actor` plus one of these labels; the value is the label (and the GraphQL type name). */
export type ActorKind =
  /** A diaspora association or network, an NGO or a research institute. */
  | 'Association'
  /** A company, incubator, bank, chamber of commerce or training provider. */
  | 'Firm'
  /** A donor or financier. */
  | 'Funder'
  /** A person of Moroccan origin: a potential migrant in Morocco, an immigrant in Italy, a returnee. */
  | 'Migrant'
  /** A ministry, agency, region, municipality, consulate or intergovernmental body. */
  | 'PublicAdministration';

/** What a partner is looking for (introductions). */
export type ActorQuery = {
  /** Countries wanted. */
  countries?: InputMaybe<Array<Country>>;
  /** Actor kinds wanted (e.g. Funder). */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Region ids (e.g. region-souss-massa): the actor is based in one of them, or funds/supports/offers something that targets one. */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A sector keyword matched against the actor's tags, sector and description (accents and case ignored). */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** Services the actor must offer (any of them). */
  services?: InputMaybe<Array<SupportService>>;
};

/** The level of government of a public administration. */
export type AdministrationLevel =
  /** A consulate or embassy. */
  | 'CONSULAR'
  /** An intergovernmental body (IOM, ILO, the EU). */
  | 'INTERNATIONAL'
  /** A municipality, province or other local authority. */
  | 'LOCAL'
  /** A ministry or national agency. */
  | 'NATIONAL'
  /** A region or regional agency (e.g. an Italian Regione, a Moroccan Centre Régional d'Investissement). */
  | 'REGIONAL';

/** Where a migrant's application to an opportunity stands. */
export type ApplicationStatus =
  /** Applied; no outcome yet. */
  | 'APPLIED'
  /** Declined, by either side. */
  | 'DECLINED'
  /** Placed: the migrant got the opportunity. */
  | 'PLACED';

/** The kind of association. */
export type AssociationType =
  /** Co-development association: projects in the members' regions of origin. */
  | 'CODEVELOPMENT'
  /** Cultural and solidarity association. */
  | 'CULTURAL'
  /** Umbrella body or network of associations. */
  | 'NETWORK'
  /** Non-governmental organisation. */
  | 'NGO'
  /** Association of professionals (engineers, doctors, entrepreneurs …). */
  | 'PROFESSIONAL'
  /** Religious association or cultural centre. */
  | 'RELIGIOUS'
  /** Research institute or centre. */
  | 'RESEARCH'
  /** Students' association. */
  | 'STUDENTS'
  /** Women's association. */
  | 'WOMEN';

/** The part an actor played at an event. */
export type AttendanceRole =
  /** Organised it. */
  | 'ORGANISER'
  /** Took part. */
  | 'PARTICIPANT'
  /** Spoke at it. */
  | 'SPEAKER';

/** One write recorded in the append-only audit log: who, when, which operation, which ids; never personal values. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** When the write happened. */
  at: Scalars['DateTime']['output'];
  /** For an erasure: the legal ground. */
  basis: Maybe<Scalars['String']['output']>;
  /** What the write changed, field by field, on the nodes it named by id and on their ties (generated updates and creates, edge updates, `setActorEvidence`, `setTieEvidence`, `setMigrantConsent`, `revertChange`, …). Empty for writes that record ids only (imports, merges, erasures). */
  changes: Array<FieldChange>;
  /** For an erasure: its random id (not derived from the person's id, which could be guessed back from a hash). Earlier entries about the person name it as `erased:<erasureId>`. */
  erasureId: Maybe<Scalars['String']['output']>;
  /** The entry's id; pass it as `after` to read older entries. */
  id: Scalars['ID']['output'];
  /** The ids the write named or returned (for an erasure: none; see `erasureId`). An erased person appears as `erased:<erasureId>`. */
  ids: Array<Scalars['String']['output']>;
  /** The GraphQL root fields of the write, e.g. `updateMigrants`, `eraseMigrant`, `importRecords`; `import` for the command line. */
  operation: Scalars['String']['output'];
  /** `ok`, or the error code the write ended with. */
  outcome: Scalars['String']['output'];
  /** The user's role at the time (`cli` for the command line). */
  role: Scalars['String']['output'];
  /** The id of the user who wrote (`sub` of the token; `cli:<OS user>` for `npm run ponte -- import`). */
  userId: Scalars['String']['output'];
};

/** What `login` returns: a bearer token to send as `Authorization: Bearer <token>`. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the token stops being accepted; sign in again after that. */
  expiresAt: Scalars['DateTime']['output'];
  /** A signed JWT (HS256) with the claims `sub`, `roles` and, for a partner, `org`. */
  token: Scalars['String']['output'];
  /** Who the token is for. */
  user: Me;
};

/** An actor that bridges the Italian and Moroccan sides. */
export type Broker = {
  __typename?: 'Broker';
  /** Its Gould–Fernandez brokerage roles between IT, MA and international actors, on the same day (docs/analytics.md#brokerage-roles); null for an actor without a country. */
  brokerage: Maybe<BrokerageRoles>;
  /** The actor's country. */
  country: Maybe<Scalars['String']['output']>;
  /** Ties to actors on the other side of the border. */
  crossBorderTies: Scalars['Int']['output'];
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** Ties to actors in Italy. */
  italianTies: Scalars['Int']['output'];
  /** The actor's kind. */
  kind: Scalars['String']['output'];
  /** True when the broker is a migrant the viewer may not name: `id` is then a placeholder such as `masked-1` and `name` is "a migrant (no consent to be named)". */
  masked: Scalars['Boolean']['output'];
  /** Ties to actors in Morocco. */
  moroccanTies: Scalars['Int']['output'];
  /** The actor's name. */
  name: Scalars['String']['output'];
  /** The brokerage score (see `brokers`). */
  score: Scalars['Float']['output'];
};


/** An actor that bridges the Italian and Moroccan sides. */
export type BrokerBrokerageArgs = {
  orientation?: InputMaybe<BrokerageOrientation>;
};

/** How ties are read as directed steps for brokerage roles. */
export type BrokerageOrientation =
  /** Every tie both ways (then representative and gatekeeper counts are equal). */
  | 'BOTH_WAYS'
  /** Each tie as stored (the mentor to the mentee, the funder to the funded, the member to the association, the employer to the employee); PARTNERS_WITH both ways. */
  | 'TIE_DIRECTION';

/** Counts of one broker's brokerage roles, or their ratios to chance. */
export type BrokerageRoleCounts = {
  __typename?: 'BrokerageRoleCounts';
  /** A and C in the broker's group (all three in one group). */
  coordinator: Maybe<Scalars['Float']['output']>;
  /** C in the broker's group, A in another: the broker controls what enters its group. */
  gatekeeper: Maybe<Scalars['Float']['output']>;
  /** A and C in one group, the broker in another (also called consultant). */
  itinerant: Maybe<Scalars['Float']['output']>;
  /** A, the broker and C in three different groups. */
  liaison: Maybe<Scalars['Float']['output']>;
  /** A in the broker's group, C in another: the broker speaks for its group. */
  representative: Maybe<Scalars['Float']['output']>;
};

/** Gould and Fernandez's brokerage roles of an actor between the Italian, Moroccan and international groups, counted over every two-step A → broker → C with no step A → C. */
export type BrokerageRoles = {
  __typename?: 'BrokerageRoles';
  /** Two-steps through the broker, by role. */
  counts: BrokerageRoleCounts;
  /** Share of the broker's two-steps that join different groups (every role but coordinator); 0 without two-steps. */
  crossGroupShare: Scalars['Float']['output'];
  /** The broker's group: IT, MA or INTL (every other country). */
  group: Scalars['String']['output'];
  /** Each role's count divided by what random groups (with the observed shares of IT, MA and INTL actors) would give: above 1, more than chance; null when chance gives 0. */
  normalised: BrokerageRoleCounts;
  /** How the ties were read as steps. */
  orientation: BrokerageOrientation;
  /** Two-steps through the broker in all. */
  twoSteps: Scalars['Int']['output'];
};

/** The tie a change of the edit history is about, named by its type and its stored ends. */
export type ChangedTie = {
  __typename?: 'ChangedTie';
  /** The id of the node the tie starts from. */
  from: Scalars['ID']['output'];
  /** The id of the node the tie points to. */
  to: Scalars['ID']['output'];
  /** The relationship type. */
  type: TieType;
};

/** Names the tie of a change to revert: with `revertChange`'s `id` (the node the tie starts from), its type and the node it points to. */
export type ChangedTieInput = {
  /** The id of the node the tie points to (as stored). */
  to: Scalars['ID']['input'];
  /** The relationship type. */
  type: TieType;
};

/** Which field a column fills, when its heading is not a field name or a known alias. */
export type ColumnMapping = {
  /** The Ponte field it fills; null or "-" skips the column. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** The column's heading as written in the file (case, spaces and accents do not matter). */
  header: Scalars['String']['input'];
};

/** A community found by Louvain on the confidence-weighted ties. */
export type Community = {
  __typename?: 'Community';
  /** Members by country (`unknown` when none), most first. */
  countries: Array<NamedCount>;
  /** A stable id: the id of its most central member that is not a migrant (highest PageRank), or `migrants-N` for a community of migrants only. */
  id: Scalars['ID']['output'];
  /** Pairs of tied members. */
  internalTies: Scalars['Int']['output'];
  /** Members by kind, most first. */
  kinds: Array<NamedCount>;
  /** The most central members first (up to `membersLimit`). */
  members: Array<CommunityMember>;
  /** Its members (nodes the viewer sees). */
  size: Scalars['Int']['output'];
};

/** A member of a community as graph answers show it. */
export type CommunityMember = {
  __typename?: 'CommunityMember';
  /** IT, MA or INTL, when the node has one. */
  country: Maybe<Scalars['String']['output']>;
  /** The node's id; for a masked migrant, a placeholder such as `masked-1` that is stable within one answer only. */
  id: Scalars['ID']['output'];
  /** The node kind. */
  kind: Scalars['String']['output'];
  /** True when this node stands for a migrant the viewer may meet but not name. */
  masked: Scalars['Boolean']['output'];
  /** The name; for a masked migrant: "a migrant (no consent to be named)". */
  name: Scalars['String']['output'];
};

/** How far a migrant agreed to be visible in Ponte (docs/architecture.md#who-sees-what). */
export type Consent =
  /** Visible by name (never personal fields) to the network's partners and to staff; to analysts as "a migrant (no consent to be named)". */
  | 'NETWORK'
  /** No consent: below staff the person appears only in counts; graph answers (paths, neighbourhoods, matches, brokers) are computed without them and their ties, not even as a masked hop. */
  | 'NONE'
  /** Visible by name to analysts, partners and staff (anonymous visitors see migrants only as counts). */
  | 'PUBLIC';

/** A migrant's consent after `setMigrantConsent`. */
export type ConsentChange = {
  __typename?: 'ConsentChange';
  /** The consent now recorded. */
  consent: Consent;
  /** The migrant's id. */
  id: Scalars['ID']['output'];
};

/**
 * Migrants counted by Italian region of residence and Moroccan region of origin. Below staff, a
 * corridor of fewer than 5 migrants is not named: it folds into its Italian region's row "other
 * regions of origin" (`folded: true`, `moroccanRegionId` `other-ma`) when that row then holds at
 * least 5 migrants, and otherwise into one last row "Other regions → Other regions of origin"
 * (`italianRegionId` `other-it`). Folding is decided on true counts; a folded row counts the distinct
 * migrants, associations and projects of the corridors it holds. Below staff every count is then
 * rounded to a multiple of 5 (keyed random rounding: unbiased, the same people always give the same
 * figure; a last row that rounds to 0 migrants is left out), so no figure and no difference of two
 * is 1 to 4. Staff and admin see every corridor with exact counts.
 */
export type Corridor = {
  __typename?: 'Corridor';
  /** Distinct associations at least one of those migrants is a member of (a MEMBER_OF tie that has not ended). Below staff: rounded to a multiple of 5. */
  associations: Scalars['Int']['output'];
  /** True for a row that holds corridors of fewer than 5 migrants: an Italian region's "other regions of origin", or the last "other regions" row (never for staff and admin, who see every corridor). */
  folded: Scalars['Boolean']['output'];
  /** The Italian region's name. */
  italianRegion: Scalars['String']['output'];
  /** The Italian region's id. */
  italianRegionId: Scalars['ID']['output'];
  /** Migrants currently based in the Italian region (a BASED_IN tie that has not ended) who come from the Moroccan one. Below staff: rounded to a multiple of 5. */
  migrants: Scalars['Int']['output'];
  /** The Moroccan region's name. */
  moroccanRegion: Scalars['String']['output'];
  /** The Moroccan region's id. */
  moroccanRegionId: Scalars['ID']['output'];
  /** Distinct return projects at least one of those migrants leads (a LEADS tie that has not ended). Below staff: rounded to a multiple of 5. */
  projects: Scalars['Int']['output'];
};

/** Which side of the corridor a record belongs to. */
export type Country =
  /** International: bodies that belong to neither side (IOM, ILO, the EU, international funds). */
  | 'INTL'
  /** Italy. */
  | 'IT'
  /** Morocco. */
  | 'MA';

/** What `createUser` returns. */
export type CreatedUser = {
  __typename?: 'CreatedUser';
  /** The password to hand to the user, shown this once: only when `createUser` was given none. Ponte keeps only its scrypt hash. */
  oneTimePassword: Maybe<Scalars['String']['output']>;
  /** The new account. */
  user: UserAccount;
};

/** A pair marked "not the same": `duplicateCandidates` no longer shows it. */
export type DismissedDuplicate = {
  __typename?: 'DismissedDuplicate';
  /** One actor's id (the smaller). */
  a: Scalars['ID']['output'];
  /** When it was dismissed. */
  at: Scalars['DateTime']['output'];
  /** The other actor's id. */
  b: Scalars['ID']['output'];
};

/** One side of a likely duplicate pair, as staff see it. */
export type DuplicateActor = {
  __typename?: 'DuplicateActor';
  /** Its other names and spellings. */
  altNames: Array<Scalars['String']['output']>;
  /** The city, when known. */
  city: Maybe<Scalars['String']['output']>;
  /** IT, MA or INTL. */
  country: Maybe<Scalars['String']['output']>;
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** Migrant, Association, Firm, PublicAdministration or Funder. */
  kind: Scalars['String']['output'];
  /** The actor's name. */
  name: Scalars['String']['output'];
  /** How many ties it has (all types): the one with more is usually the one to keep. */
  ties: Scalars['Int']['output'];
};

/** Two actors that are probably the same, with why. */
export type DuplicatePair = {
  __typename?: 'DuplicatePair';
  /** One actor (the one with the smaller id). */
  a: DuplicateActor;
  /** The other actor. */
  b: DuplicateActor;
  /** The same reasons in parts (reasons[i] is reasonParts[i] in English), for the explorer to write them in its user's language. */
  reasonParts: Array<Reason>;
  /** Why, in words: e.g. "translation of 'foundation' (fondation / foundation)", "same city (Rabat)". */
  reasons: Array<Scalars['String']['output']>;
  /** How sure the matcher is, 0–1 (names folded across languages and transliterations, then raised by the same kind, country and city, lowered by different ones). */
  score: Scalars['Float']['output'];
};

/** Grounds for erasure under GDPR Art. 17(1). */
export type ErasureBasis =
  /** The person withdrew consent (Art. 17(1)(b)). */
  | 'CONSENT_WITHDRAWN'
  /** The person asked for erasure (Art. 17(1)(a), (c)): data no longer necessary or objection. */
  | 'DATA_SUBJECT_REQUEST'
  /** A legal obligation requires erasure (Art. 17(1)(e)). */
  | 'LEGAL_OBLIGATION'
  /** The data were processed unlawfully (Art. 17(1)(d)). */
  | 'UNLAWFUL_PROCESSING';

/** The receipt of an erasure: nothing about the person, only the erasure's random id. */
export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  /** When the person was erased. */
  at: Scalars['DateTime']['output'];
  /** The erasure's random id (a UUID), as recorded in the audit log; not derived from the person's id. */
  erasureId: Scalars['String']['output'];
  /** How many ties were deleted with the person. */
  ties: Scalars['Int']['output'];
};

/** The kind of event (the `type` of an Event; named EventKind because @neo4j/graphql reserves `EventType`). */
export type EventKind =
  /** A conference. */
  | 'CONFERENCE'
  /** A networking meeting between actors of the two sides. */
  | 'NETWORKING_MEETING'
  /** A seminar. */
  | 'SEMINAR'
  /** A training course (e.g. the 2007 courses in Turin, Rome and Casablanca). */
  | 'TRAINING_COURSE'
  /** A workshop. */
  | 'WORKSHOP';

/** One exported file. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** The whole file, as text (UTF-8). */
  content: Scalars['String']['output'];
  /** Its media type, e.g. `text/csv; charset=utf-8`. */
  mediaType: Scalars['String']['output'];
  /** The file name, e.g. `nodes-Association.csv` or `ponte.gexf`. */
  name: Scalars['String']['output'];
};

/** Which part of the graph `exportGraph` writes. Leave a field out for everything. */
export type ExportFilter = {
  /** Node kinds to export. Ties are kept only when both ends are exported. */
  kinds?: InputMaybe<Array<NodeKind>>;
  /** Include migrants' personal fields (fullName, email, phone, birthYear). Off by default: leave them out unless the task needs them (data minimisation). */
  personalFields?: InputMaybe<Scalars['Boolean']['input']>;
  /** A region id (`region-piemonte`) or ISO 3166-2 code (`IT-21`): the region, the actors BASED_IN it, every tie with an end among them and the node at its other end. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Relationship types to export. */
  types?: InputMaybe<Array<TieType>>;
};

/** A file format of `exportGraph`. */
export type ExportFormat =
  /** CSV (RFC 4180): one file per node kind (`id` and the model's fields) and per relationship type (`from`, `to` and the tie's fields); lists joined with `;`. */
  | 'CSV'
  /** GEXF 1.3 for Gephi, ties timed by `since`/`until` for its timeline: one file. */
  | 'GEXF'
  /** GraphML with typed keys (Gephi, yEd, Cytoscape, networkx): one file. */
  | 'GRAPHML'
  /** The seed format (seeds/README.md): one JSON file per node kind and per relationship type; `npm run seed -- DIR` loads the folder back exactly. */
  | 'JSON';

/** One field an audited write changed on one node or one tie. For a personal field of a migrant (docs/privacy.md) only that it changed: `from` and `to` are always null and `personal` is true. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field (the stored property, e.g. `description`, `sources`, `evidence`). */
  field: Scalars['String']['output'];
  /** The value before, as text (dates YYYY-MM-DD, lists and records as JSON); null when it had none or the field is personal. */
  from: Maybe<Scalars['String']['output']>;
  /** The id of the node changed; for a change of a tie, the id of the node the tie starts from (`tie` names the tie). */
  id: Scalars['ID']['output'];
  /** True for a personal field of a migrant: its values are never kept, so the change cannot be reverted. */
  personal: Scalars['Boolean']['output'];
  /** Set when the change is of a tie's property (e.g. `since`, `confidence`, `evidence`): the tie, by type and ends. Null for a node's field. */
  tie: Maybe<ChangedTie>;
  /** The value after, as text; null when the write removed it or the field is personal. */
  to: Maybe<Scalars['String']['output']>;
};

/** The kind of funder. */
export type FunderType =
  /** A bank. */
  | 'BANK'
  /** Diaspora money: a collective of migrants or an individual investor abroad. */
  | 'DIASPORA'
  /** A foundation. */
  | 'FOUNDATION'
  /** A government donor or development agency. */
  | 'GOVERNMENT'
  /** An international organisation or fund. */
  | 'INTERNATIONAL'
  /** A microfinance institution. */
  | 'MICROFINANCE'
  /** A private investor. */
  | 'PRIVATE';

/** How money reaches its recipient (on a FUNDS tie, and in a funder's `instruments`). */
export type FundingInstrument =
  /** An equity stake. */
  | 'EQUITY'
  /** A grant (not repaid). */
  | 'GRANT'
  /** A guarantee on someone else's loan. */
  | 'GUARANTEE'
  /** A contribution in kind (premises, equipment, time). */
  | 'IN_KIND'
  /** A loan. */
  | 'LOAN'
  /** A microcredit. */
  | 'MICROCREDIT'
  /** Remittances sent by migrants. */
  | 'REMITTANCE';

/** A tie as graph answers show it. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** How sure we are, 0–1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** True when its two ends are actors in different countries (IT–MA). */
  crossesBorder: Scalars['Boolean']['output'];
  /** Every source of the tie, in order (the first is `source`). */
  evidence: Array<Source>;
  /** The id of the node the tie starts from. */
  from: Scalars['ID']['output'];
  /** A stable id: `TYPE:fromId:toId` (with placeholders for masked ends). */
  id: Scalars['ID']['output'];
  /** When the tie began. */
  since: Maybe<Scalars['Date']['output']>;
  /** Where we know it from. */
  source: Maybe<Scalars['String']['output']>;
  /** The id of the node the tie points to. */
  to: Scalars['ID']['output'];
  /** The relationship type, e.g. MEMBER_OF. */
  type: Scalars['String']['output'];
  /** When it ended (absent: still active). */
  until: Maybe<Scalars['Date']['output']>;
};

/** The result of `exportGraph`: the files and what they hold. */
export type GraphExport = {
  __typename?: 'GraphExport';
  /** The files: several for JSON and CSV (save them in one folder), one for GraphML and GEXF. */
  files: Array<ExportFile>;
  /** The format asked for. */
  format: ExportFormat;
  /** How many nodes the files hold. */
  nodes: Scalars['Int']['output'];
  /** How many ties (relationships) the files hold. */
  ties: Scalars['Int']['output'];
};

/** Restricts which ties and nodes a graph question may use. Absent fields do not restrict. */
export type GraphFilter = {
  /** Only nodes and ties active on this day (docs/data-model.md#time): a node within its lifetime (founded–closed, opens–closes, started–ended, an event on its date), a tie within its since/until and both its ends' lifetimes. Absent: all of history. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only nodes of these countries (nodes without a country, such as projects, are allowed). */
  countries?: InputMaybe<Array<Country>>;
  /** Only nodes of these kinds (the endpoints asked for are always allowed). */
  kinds?: InputMaybe<Array<NodeKind>>;
  /** Only ties at least this certain (0–1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only ties of these types. */
  relationshipTypes?: InputMaybe<Array<TieType>>;
  /** Only answers that join actors in Italy and in Morocco (paths that cross the border; for neighbourhoods, ties whose ends are in different countries). */
  transnationalOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A node as graph answers show it. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The first day of the node's lifetime by the rule of time (founded, opens, started, or an event's date); absent: open (migrants, regions, an unknown founding). */
  activeFrom: Maybe<Scalars['Date']['output']>;
  /** The last day of the node's lifetime by the rule of time (closed, closes, ended, or an event's date); absent: open. */
  activeTo: Maybe<Scalars['Date']['output']>;
  /** The city, when known (never for a masked migrant). */
  city: Maybe<Scalars['String']['output']>;
  /** IT, MA or INTL, when the node has one. */
  country: Maybe<Scalars['String']['output']>;
  /** Number of ties of the node in the whole graph (for sizing), within the filter, to nodes the viewer may see (ties to migrants hidden from the viewer are not counted). */
  degree: Scalars['Int']['output'];
  /** The node's id; for a masked migrant, a placeholder such as `masked-1` that is stable within one answer only. */
  id: Scalars['ID']['output'];
  /** The node kind: Migrant, Association, Firm, PublicAdministration, Funder, Region, ReturnProject, Opportunity or Event. */
  kind: Scalars['String']['output'];
  /** True when this node stands for a migrant the viewer may meet but not name (an analyst and a NETWORK migrant). Migrants hidden from the viewer are never nodes. */
  masked: Scalars['Boolean']['output'];
  /** The name; for a masked migrant: "a migrant (no consent to be named)". */
  name: Scalars['String']['output'];
};

/**
 * The explanation of one hop of a path in parts: `code` and `params` give the sentence (HOP,
 * HOP_MET_AT or HOP_WORKS_ON, with `from`, `to` and `type`), `details` what is known of the tie
 * (role, dates, source, …). English: "<sentence> (<details joined by commas>)", the matching `why`.
 */
export type HopReason = {
  __typename?: 'HopReason';
  /** HOP, HOP_MET_AT or HOP_WORKS_ON. */
  code: ReasonCode;
  /** What is known of the tie, in order: what it does for a project, role, service, topic, kind, dates, source. */
  details: Array<Reason>;
  /** `from` and `to` (names, or MASKED_NAME for a person the viewer may not name) and `type` (the relationship type). */
  params: Array<ReasonParam>;
};

/** What an import does to one record. */
export type ImportAction =
  /** The record is new. */
  | 'CREATE'
  /** The record exists and some of its fields change. */
  | 'UPDATE';

/** One record the import creates or changes; field names only, never values. */
export type ImportChange = {
  __typename?: 'ImportChange';
  /** Create or update. */
  action: ImportAction;
  /** The fields written (on update: only those that change). */
  fields: Array<Scalars['String']['output']>;
  /** The node id, or for a tie `TYPE from → to`. */
  key: Scalars['String']['output'];
  /** JSON: the record's position. */
  record: Maybe<Scalars['Int']['output']>;
  /** CSV: the record's row. */
  row: Maybe<Scalars['Int']['output']>;
  /** Seed-format JSON: `nodes` or `ties`. */
  section: Maybe<Scalars['String']['output']>;
};

/** How the `content` of `importRecords` is written. */
export type ImportFormat =
  /** Comma-, semicolon- or tab-separated values with a header row (RFC 4180), UTF-8. */
  | 'CSV'
  /** An array of records, or the seed format `{ "nodes": [...], "ties": [...] }` (seeds/README.md). */
  | 'JSON';

/** A problem with one row (or with the file) and what to do about it. */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  /** Why it was refused. */
  code: ImportIssueCode;
  /** CSV: the column's heading as written; JSON: the property. */
  column: Maybe<Scalars['String']['output']>;
  /** CSV: the column's 1-based position (A = 1). */
  columnIndex: Maybe<Scalars['Int']['output']>;
  /** The Ponte field the column fills, when known. */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong and what to do. */
  message: Scalars['String']['output'];
  /** JSON: the record's 0-based position in its array. */
  record: Maybe<Scalars['Int']['output']>;
  /** CSV: the row as a spreadsheet shows it (the header is row 1). */
  row: Maybe<Scalars['Int']['output']>;
  /** Seed-format JSON: `nodes` or `ties`. */
  section: Maybe<Scalars['String']['output']>;
  /** Where, in words: `row 3, column C "country"`. */
  where: Scalars['String']['output'];
};

/** Why a row, or the whole file, was refused. */
export type ImportIssueCode =
  /** History is not respected: a tie starts before one of its ends began or ends after it ended (an organisation's `founded`/`closed`, a project's `started`/`ended`, an opportunity's `opens`/`closes`, an event's `date`), or a changed lifetime would leave a recorded tie outside it. */
  | 'ANACHRONISM'
  /** A date is not a real day written YYYY-MM-DD. */
  | 'BAD_DATE'
  /** A value is not one of the field's allowed values. */
  | 'BAD_ENUM'
  /** A number cannot be read. */
  | 'BAD_NUMBER'
  /** A row is malformed: wrong number of cells, an unclosed quote. */
  | 'BAD_ROW'
  /** A value is not valid for its field. */
  | 'BAD_VALUE'
  /** An end date is before its start (`until` before `since`, `closes` before `opens`). */
  | 'DATE_ORDER'
  /** Two columns fill the same field. */
  | 'DUPLICATE_COLUMN'
  /** An id appears twice in the file. */
  | 'DUPLICATE_ID'
  /** The same tie (type, from, to) appears twice in the file. */
  | 'DUPLICATE_TIE'
  /** The file holds no records. */
  | 'EMPTY_FILE'
  /** A warning, not a refusal: a new actor whose name looks like an existing actor's (see the Duplicates page). */
  | 'LIKELY_DUPLICATE'
  /** A required field is missing or empty. */
  | 'MISSING_VALUE'
  /** The file is not CSV text (binary, not UTF-8, or JSON). */
  | 'NOT_CSV'
  /** The file is not valid JSON, or not an array of records or a seed file. */
  | 'NOT_JSON'
  /** A column (or JSON key) matches no field of the kind; map it or remove it. */
  | 'UNKNOWN_COLUMN'
  /** A tie names an id that is neither in the database nor in the file. */
  | 'UNKNOWN_ID'
  /** A tie end is of a kind its type does not allow. */
  | 'WRONG_KIND'
  /** A seed-format record is of another kind than the one imported. */
  | 'WRONG_RECORD_KIND';

/** What an import found, and did or would do. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** True when the changes were written (not a dry run, and no errors). */
  applied: Scalars['Boolean']['output'];
  /** The records created or updated, in file order (up to 1,000; the counts are complete). */
  changes: Array<ImportChange>;
  /** Records that are (or would be) new. */
  created: Scalars['Int']['output'];
  /** True when nothing was to be written. */
  dryRun: Scalars['Boolean']['output'];
  /** How many problems there were in all. */
  errorCount: Scalars['Int']['output'];
  /** The problems found (up to 500); any problem means nothing was written. */
  errors: Array<ImportIssue>;
  /** The format read. */
  format: ImportFormat;
  /** The node kind or tie type imported. */
  kind: Scalars['String']['output'];
  /** Records read from the file. */
  records: Scalars['Int']['output'];
  /** Records that exist and would not change (re-importing a file gives only these). */
  unchanged: Scalars['Int']['output'];
  /** Records that exist and change. */
  updated: Scalars['Int']['output'];
  /** Row-level notes that do not stop the import (such as likely duplicates). */
  warnings: Array<ImportIssue>;
};

/** An actor that matches an introduction request, with the best way to reach it. */
export type Introduction = {
  __typename?: 'Introduction';
  /** The best path from the asker to it. */
  path: Path;
  /** The same reasons in parts (reasons[i] is reasonParts[i] in English), for clients that write them in their user's language. */
  reasonParts: Array<Reason>;
  /** Why it matches, e.g. "offers FINANCIAL_ASSISTANCE", "based in Souss-Massa". */
  reasons: Array<Scalars['String']['output']>;
  /** Higher is better (path score and how well the target matches). */
  score: Scalars['Float']['output'];
  /** The actor reached. */
  target: PathNode;
};

/** One hop of the path a partner sent with its request. */
export type IntroductionHop = {
  __typename?: 'IntroductionHop';
  /** The node's id; null for a migrant the partner may not name, whose identity is never stored. */
  id: Maybe<Scalars['ID']['output']>;
  /** True for a migrant the partner could not name when it sent the request. */
  masked: Scalars['Boolean']['output'];
  /** The node's name as the asker may see it (a masked migrant: "a migrant (no consent to be named)"; an erased node: null). */
  name: Maybe<Scalars['String']['output']>;
};

/** A partner's request to be introduced to an actor, usually along a path from `introductions` or `paths`. */
export type IntroductionRequest = {
  __typename?: 'IntroductionRequest';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The requesting organisation's id (the partner's organisation). */
  from: Scalars['ID']['output'];
  /** The requesting organisation's name. */
  fromName: Maybe<Scalars['String']['output']>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** The partner's message to the staff, as written. */
  message: Maybe<Scalars['String']['output']>;
  /** The path the partner sent, hop by hop (empty when none was sent). */
  path: Array<IntroductionHop>;
  /** OPEN until staff set another status. */
  status: IntroductionStatus;
  /** The id of the actor the partner wants to meet; null once that actor has been erased. */
  to: Maybe<Scalars['ID']['output']>;
  /** That actor's name. */
  toName: Maybe<Scalars['String']['output']>;
  /** When the status last changed (null while OPEN). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Where an introduction request stands. */
export type IntroductionStatus =
  /** Staff agreed to make the introduction. */
  | 'ACCEPTED'
  /** Staff will not make it (the note to the partner goes through the usual channels). */
  | 'DECLINED'
  /** The introduction was made. */
  | 'DONE'
  /** Sent, not yet handled by the programme's staff. */
  | 'OPEN';

/** The signed-in user. */
export type Me = {
  __typename?: 'Me';
  /** The e-mail the user signs in with. */
  email: Scalars['String']['output'];
  /** The user's id. */
  id: Scalars['ID']['output'];
  /** For a partner: the id of the organisation it belongs to. */
  organisation: Maybe<Scalars['ID']['output']>;
  /** What the user may see and do: analyst, partner, staff or admin (docs/architecture.md#who-sees-what). */
  role: Scalars['String']['output'];
};

/** What `mergeActors` did. */
export type MergeReceipt = {
  __typename?: 'MergeReceipt';
  /** When the merge happened. */
  at: Scalars['DateTime']['output'];
  /** The actor that was merged into it and deleted (now listed in the kept actor's `mergedIds`). */
  dropped: Scalars['ID']['output'];
  /** Fields the kept actor lacked and took from the dropped one (lists are joined). */
  fieldsCopied: Array<Scalars['String']['output']>;
  /** The actor that remains. */
  kept: Scalars['ID']['output'];
  /** Ties between the two actors themselves, deleted (they would have tied the kept actor to itself). */
  tiesDropped: Scalars['Int']['output'];
  /** Ties that duplicated one the kept actor already had (same type, same other end): folded into it, keeping the earliest `since`, the latest `until`, the highest `confidence` and both sources. */
  tiesMerged: Scalars['Int']['output'];
  /** Ties of the dropped actor moved to the kept one. */
  tiesMoved: Scalars['Int']['output'];
};

/** Where a migrant stands in the migration cycle. */
export type MigrantStatus =
  /** Moves between the two countries. */
  | 'CIRCULAR'
  /** Lives in Morocco and plans or considers migrating. */
  | 'POTENTIAL'
  /** Lives in Italy. */
  | 'RESIDENT'
  /** Returned to Morocco after living in Italy. */
  | 'RETURNED';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Creates an account (admin only); audited. Without `password`, a random one is made and returned
   * once as `oneTimePassword`. A partner needs `organisation`; other roles must not have one.
   */
  createUser: CreatedUser;
  /** Disables an account (admin only); audited. It can no longer sign in and its existing tokens stop working at their next request. An admin cannot disable itself. */
  disableUser: UserAccount;
  /** Marks two actors as not the same (staff and admin only), so `duplicateCandidates` stops showing the pair; audited. */
  dismissDuplicate: DismissedDuplicate;
  /**
   * Erases a migrant (staff and admin only): the person and every tie are deleted in one
   * transaction (DETACH DELETE), and the audit log keeps only a random erasure id, the time, the basis
   * and who erased. Cannot be undone.
   */
  eraseMigrant: ErasureReceipt;
  /**
   * Imports records of one kind from a CSV or JSON file (staff and admin only). Every problem is
   * reported with its row and column, and then nothing is written; otherwise every record is
   * written in one transaction and audited (ids only). `dryRun` (the default) writes nothing and
   * reports what would be created or updated. Re-importing the same file changes nothing. The
   * request body is limited to 1 MB: import larger files with `npm run ponte -- import`.
   */
  importRecords: ImportReport;
  /**
   * Signs in with e-mail and password and returns a bearer token. Wrong credentials answer
   * UNAUTHENTICATED without saying which was wrong; more than a few attempts in 15 minutes from
   * one address or for one e-mail answer RATE_LIMITED (HTTP 429).
   */
  login: AuthPayload;
  /**
   * Merges `drop` into `keep` in one transaction (staff and admin only; actors of the same kind only):
   * every tie of `drop` moves to `keep` (a tie `keep` already has, of the same type with the same other
   * end, is folded into it), fields `keep` lacks are copied, `drop`'s id is added to `keep.mergedIds` and
   * its name to `keep.altNames`, and `drop` is deleted. Audited with the two ids only. Cannot be undone.
   */
  mergeActors: MergeReceipt;
  /**
   * Asks the programme's staff for an introduction to an actor (partners only, from the partner's
   * own organisation); audited; at most 20 an hour per organisation and per user (more answer
   * RATE_LIMITED). Migrants the partner may not name are stored on the path only as masked hops.
   */
  requestIntroduction: IntroductionRequest;
  /** Undoes one change of the audit log (staff and admin only; audited itself): sets the field of the node, or of the tie named by `tie`, back to the value before the entry. Refused with CONFLICT when the field changed again since (revert the later change first), and for a personal field, whose old value was never kept. */
  revertChange: FieldChange;
  /** Replaces an actor's sources (staff and admin only; audited with what changed). `sources` becomes their labels, in order. An empty list removes every source. Errors name the argument, e.g. `sources[1].url`. */
  setActorEvidence: Array<Source>;
  /** Sets the status of an introduction request (staff and admin only); audited. */
  setIntroductionStatus: IntroductionRequest;
  /** Changes how far a migrant may be shown (staff and admin only); audited. */
  setMigrantConsent: ConsentChange;
  /** Replaces a tie's sources (staff and admin only; audited). The tie is named by its type and its stored ends; its `source` becomes the first source's label, so at least one source is needed. */
  setTieEvidence: TieEvidence;
  /** Changes an account's role (and organisation) (admin only); audited. Its existing tokens stop working at their next request. */
  setUserRole: UserAccount;
};


export type MutationCreateUserArgs = {
  email: Scalars['String']['input'];
  organisation?: InputMaybe<Scalars['ID']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
};


export type MutationDisableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDismissDuplicateArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


export type MutationEraseMigrantArgs = {
  basis: ErasureBasis;
  id: Scalars['ID']['input'];
};


export type MutationImportRecordsArgs = {
  content: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ImportFormat;
  kind?: InputMaybe<Scalars['String']['input']>;
  mapping?: InputMaybe<Array<ColumnMapping>>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMergeActorsArgs = {
  drop: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
};


export type MutationRequestIntroductionArgs = {
  message?: InputMaybe<Scalars['String']['input']>;
  path?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['ID']['input'];
};


export type MutationRevertChangeArgs = {
  auditId: Scalars['ID']['input'];
  field: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  tie?: InputMaybe<ChangedTieInput>;
};


export type MutationSetActorEvidenceArgs = {
  id: Scalars['ID']['input'];
  sources: Array<SourceInput>;
};


export type MutationSetIntroductionStatusArgs = {
  id: Scalars['ID']['input'];
  status: IntroductionStatus;
};


export type MutationSetMigrantConsentArgs = {
  consent: Consent;
  id: Scalars['ID']['input'];
};


export type MutationSetTieEvidenceArgs = {
  from: Scalars['ID']['input'];
  sources: Array<SourceInput>;
  to: Scalars['ID']['input'];
  type: TieType;
};


export type MutationSetUserRoleArgs = {
  id: Scalars['ID']['input'];
  organisation?: InputMaybe<Scalars['ID']['input']>;
  role: Scalars['String']['input'];
};

/** A count for one label or type. */
export type NamedCount = {
  __typename?: 'NamedCount';
  /** How many. Below staff, a count of migrants or of ties that can have a migrant at one end (every type but TARGETS) is rounded to a multiple of 5 (keyed random rounding: unbiased, the same records always give the same figure), so no figure and no difference of two is 1 to 4; organisations are counted exactly. Never null (the type stays nullable for older clients). */
  count: Maybe<Scalars['Int']['output']>;
  /** The kind or relationship type. */
  name: Scalars['String']['output'];
};

/** A centrality measure of `networkMetrics`, to rank nodes by. */
export type NetworkMetric =
  /** Normalised betweenness: the share of shortest paths between two other nodes that pass through the node (0–1). */
  | 'BETWEENNESS'
  /** Number of distinct nodes tied to the node. */
  | 'DEGREE'
  /** PageRank on the confidence-weighted ties (damping 0.85): how likely a random walk along ties is to stand on the node. */
  | 'PAGE_RANK'
  /** Sum, over the node's neighbours, of the confidence of its strongest tie to each (0.5 when unknown). */
  | 'WEIGHTED_DEGREE';

/** Metrics of the graph's nodes, ranked. */
export type NetworkMetrics = {
  __typename?: 'NetworkMetrics';
  /** The day the graph was taken on. */
  asOf: Scalars['Date']['output'];
  /** With probability 0.95 every node's sampled betweenness is within this of its exact value (0 when exact). */
  betweennessErrorBound: Scalars['Float']['output'];
  /** True when betweenness was computed from every node; false when sampled from `betweennessPivots` nodes. */
  betweennessExact: Scalars['Boolean']['output'];
  /** Nodes betweenness was computed from. */
  betweennessPivots: Scalars['Int']['output'];
  /** Communities found. */
  communityCount: Scalars['Int']['output'];
  /** Modularity of the communities (−0.5 to 1; above 0.3 is a clear community structure). */
  modularity: Scalars['Float']['output'];
  /** Nodes analysed (those of the chosen kinds active on `asOf` that exist for the viewer). */
  nodeCount: Scalars['Int']['output'];
  /** The nodes, ranked by `orderBy`. */
  nodes: Array<NodeMetrics>;
  /** Pairs of tied nodes analysed (several ties between two nodes count once). */
  tieCount: Scalars['Int']['output'];
  /** Nodes matching `ids` and `community`, before `offset` and `limit`. */
  total: Scalars['Int']['output'];
};

/** Network statistics. */
export type NetworkStats = {
  __typename?: 'NetworkStats';
  /** Active ties between actors (geographic ties excluded). Below staff: rounded to a multiple of 5. */
  actorTies: Scalars['Int']['output'];
  /** Actors by kind. */
  actorsByKind: Array<NamedCount>;
  /** The day the statistics are actually for (absent: every tie). Below staff, always 31 December of the year asked for, whatever the day. */
  asOf: Maybe<Scalars['Date']['output']>;
  /** crossBorderTies / actorTies as published to the asker (0 when there are none). */
  crossBorderShare: Scalars['Float']['output'];
  /** Active ties between an Italian and a Moroccan actor. Below staff: rounded to a multiple of 5. */
  crossBorderTies: Scalars['Int']['output'];
  /** Growth by year, from the first year a tie starts to the year of `asOf` (or this year). */
  growth: Array<YearCount>;
  /** True below staff: counts that can include a migrant are rounded to a multiple of 5 (keyed random rounding) and dated by year, so no figure and no difference of two is 1 to 4. False for staff and admin, whose figures are exact. */
  rounded: Scalars['Boolean']['output'];
  /** Active ties by relationship type. */
  tiesByType: Array<NamedCount>;
};

/** Every kind of node a subgraph, a path or a search hit can hold. */
export type NodeKind =
  /** An association (an actor). */
  | 'Association'
  /** An event (in a path: "met at"). */
  | 'Event'
  /** A firm (an actor). */
  | 'Firm'
  /** A funder (an actor). */
  | 'Funder'
  /** A migrant (an actor). */
  | 'Migrant'
  /** An opportunity. */
  | 'Opportunity'
  /** A public administration (an actor). */
  | 'PublicAdministration'
  /** A region. */
  | 'Region'
  /** A return project (in a path: "works on"). */
  | 'ReturnProject';

/** One node's metrics (see `networkMetrics`). */
export type NodeMetrics = {
  __typename?: 'NodeMetrics';
  /** Normalised betweenness (0–1); sampled on large graphs, see `betweennessErrorBound`. */
  betweenness: Scalars['Float']['output'];
  /** The id of its community (see `communities`). */
  community: Scalars['ID']['output'];
  /** IT, MA or INTL, when the node has one. */
  country: Maybe<Scalars['String']['output']>;
  /** Number of distinct nodes tied to it. */
  degree: Scalars['Int']['output'];
  /** The node's id; for a masked migrant, a placeholder such as `masked-1` that is stable within one answer only. */
  id: Scalars['ID']['output'];
  /** The node kind: Migrant, Association, Firm, PublicAdministration, Funder, ReturnProject, Opportunity or Event. */
  kind: Scalars['String']['output'];
  /** True when this node stands for a migrant the viewer may meet but not name. */
  masked: Scalars['Boolean']['output'];
  /** The name; for a masked migrant: "a migrant (no consent to be named)". */
  name: Scalars['String']['output'];
  /** PageRank (all nodes sum to 1). */
  pageRank: Scalars['Float']['output'];
  /** Position in the ranking by `orderBy` over the whole graph analysed (1 = highest; ties by id). */
  rank: Scalars['Int']['output'];
  /** Sum of the confidence of its strongest tie to each neighbour (0.5 when unknown). */
  weightedDegree: Scalars['Float']['output'];
};

/** An opportunity ranked for a migrant. */
export type OpportunityMatch = {
  __typename?: 'OpportunityMatch';
  /** The opportunity. */
  opportunity: OpportunitySummary;
  /** A path from the migrant to whoever offers it, when one exists within 4 hops. */
  path: Maybe<Path>;
  /** The same reasons in parts (reasons[i] is reasonParts[i] in English), for clients that write them in their user's language. */
  reasonParts: Array<Reason>;
  /** Why it fits (skills shared, education against the minimum, place). */
  reasons: Array<Scalars['String']['output']>;
  /** Higher is better. */
  score: Scalars['Float']['output'];
};

/** An opportunity as matches show it. */
export type OpportunitySummary = {
  __typename?: 'OpportunitySummary';
  /** The city. */
  city: Maybe<Scalars['String']['output']>;
  /** When applications close. */
  closes: Maybe<Scalars['Date']['output']>;
  /** IT, MA or INTL. */
  country: Maybe<Scalars['String']['output']>;
  /** The opportunity's id. */
  id: Scalars['ID']['output'];
  /** Its title. */
  name: Scalars['String']['output'];
  /** When applications open (absent: open from the start). */
  opens: Maybe<Scalars['Date']['output']>;
  /** Its sector. */
  sector: Maybe<Scalars['String']['output']>;
  /** JOB, INTERNSHIP, TRAINING, INCUBATION or FUNDING_CALL. */
  type: Scalars['String']['output'];
};

/** The kind of opportunity. */
export type OpportunityType =
  /** A call for funding proposals. */
  | 'FUNDING_CALL'
  /** A place in an incubator. */
  | 'INCUBATION'
  /** An internship or work placement. */
  | 'INTERNSHIP'
  /** A job. */
  | 'JOB'
  /** A training course. */
  | 'TRAINING';

/** The kind of partnership between two actors. */
export type PartnershipKind =
  /** Decentralised cooperation between Italian and Moroccan local authorities. */
  | 'DECENTRALISED_COOPERATION'
  /** A memorandum of understanding or convention. */
  | 'MOU'
  /** Members of the same network. */
  | 'NETWORK'
  /** Partners in the same programme or project. */
  | 'PROGRAMME';

/** A path between two actors, with its explanation. */
export type Path = {
  __typename?: 'Path';
  /** True when the path joins an actor in Italy and one in Morocco. */
  crossesBorder: Scalars['Boolean']['output'];
  /** The ties, in walking order; edges[i] joins nodes[i] and nodes[i+1]. */
  edges: Array<PathEdge>;
  /** Number of ties. */
  hops: Scalars['Int']['output'];
  /** The nodes, from start to end. */
  nodes: Array<PathNode>;
  /** Higher is better: fewer hops, stronger (confidence), more recent and sourced ties. */
  score: Scalars['Float']['output'];
  /** One sentence per hop, e.g. "IOM Italy partners with CERFE (since 2006, source: …)". */
  why: Array<Scalars['String']['output']>;
  /** The same explanations in parts, one per hop (why[i] is whyParts[i] in English), for clients that write them in their user's language. */
  whyParts: Array<HopReason>;
};

/** One hop of a path. */
export type PathEdge = {
  __typename?: 'PathEdge';
  /** How sure we are, 0–1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Every source of the tie, in order (the first is `source`). */
  evidence: Array<Source>;
  /** True when the tie points the way the path walks (from the path's start towards its end). */
  forward: Scalars['Boolean']['output'];
  /** The id of the node the tie starts from (as stored). */
  from: Scalars['ID']['output'];
  /** When the tie began. */
  since: Maybe<Scalars['Date']['output']>;
  /** Where we know it from. */
  source: Maybe<Scalars['String']['output']>;
  /** The id of the node the tie points to (as stored). */
  to: Scalars['ID']['output'];
  /** The relationship type. */
  type: Scalars['String']['output'];
  /** When it ended (absent: still active). */
  until: Maybe<Scalars['Date']['output']>;
};

/** A node on a path. */
export type PathNode = {
  __typename?: 'PathNode';
  /** IT, MA or INTL, when it has one. */
  country: Maybe<Scalars['String']['output']>;
  /** The node's id, or a placeholder for a masked migrant. */
  id: Scalars['ID']['output'];
  /** The node kind. */
  kind: Scalars['String']['output'];
  /** True when the node stands for a migrant the viewer may meet but not name (an analyst and a NETWORK migrant). Migrants hidden from the viewer are never nodes. */
  masked: Scalars['Boolean']['output'];
  /** The name, or "a migrant (no consent to be named)". */
  name: Scalars['String']['output'];
};

/** How far a return project has come. The stages follow each other in this order; STOPPED can follow any of them. */
export type ProjectStage =
  /** Assessed for feasibility. */
  | 'ASSESSED'
  /** Funding obtained. */
  | 'FUNDED'
  /** Accompanied by an adviser (business plan, procedures). */
  | 'GUIDED'
  /** An idea, not yet examined. */
  | 'IDEA'
  /** Running. */
  | 'LAUNCHED'
  /** Stopped or abandoned. */
  | 'STOPPED';

/** The kind of return project. */
export type ProjectType =
  /** A productive investment. */
  | 'INVESTMENT'
  /** A non-profit cooperation project in the region of origin. */
  | 'NONPROFIT_COOPERATION'
  /** A small business or self-employment. */
  | 'SMALL_BUSINESS';

export type Query = {
  __typename?: 'Query';
  /**
   *   How many actors of each kind the graph holds: Migrant, Association, Firm, PublicAdministration,
   *   Funder (in that order). Below staff, the migrant count is rounded to a multiple of 5 (keyed random
   * rounding, the same figure as networkStats' actorsByKind); organisations are counted exactly.
   */
  actorCounts: Array<NamedCount>;
  /**
   * The audit log, newest first (staff and admin only). `after` is the id of the last entry already
   * read. The filters narrow it to one actor's history (`actor`: the entries whose `ids` name it), one
   * user's writes, or one operation; they combine, and `after` pages through the filtered log.
   */
  auditLog: Array<AuditEntry>;
  /**
   * Who bridges the two sides. Score: for each actor, the distinct pairs (actor of the first country,
   * actor of the second) it joins through its direct ties (a two-step bridge), plus its own
   * cross-border ties, each weighted by tie confidence. With W_c = the sum, over its distinct
   * neighbours in country c, of the confidence of its strongest tie to them (0.5 when unknown):
   * `score = W_first × W_second + own`, own being W of the other side for an actor on one side and 0
   * for an actor elsewhere (INTL). Only non-geographic ties between actors active on `asOf` (or
   * today) count, brokers and neighbours active on it. Ties go by cross-border ties, then id. Migrants hidden from the viewer are no brokers and
   * their ties count for nobody; a migrant the viewer may meet but not name is masked.
   */
  brokers: Array<Broker>;
  /**
   * What two or more actors have in common: shared neighbours (an actor, project or opportunity tied
   * to at least two of them by a non-geographic tie; the asked actors themselves are not listed) and
   * shared events (attended by at least two), with each actor's strongest tie to it. Ranked by how
   * many of the actors share it, then by the sum of those ties' confidence, then by id. With `asOf`,
   * only what is active that day (an event is shared on its date only); degrees count that day's ties.
   */
  commonConnections: Array<SharedTie>;
  /**
   * The communities of the graph (or of the part chosen by `kinds` and `relationshipTypes`) on
   * `asOf`, found by Louvain on confidence-weighted ties, seeded so the same graph always gives the
   * same communities and ids; largest first. Computed as `networkMetrics` is, on the graph the viewer
   * sees; members the viewer may not name are masked.
   */
  communities: Array<Community>;
  /**
   * Migrants counted by (Italian region of residence, Moroccan region of origin), with the distinct
   * associations those migrants belong to and the distinct return projects they lead: the data for
   * decentralised cooperation. Residence is a BASED_IN tie active on `asOf` (or today), membership
   * and leadership ties and their associations and projects likewise. Counts every migrant,
   * named by none. Largest corridors first, then by region names; below staff, small corridors fold
   * into rows that name fewer regions, after the others, and counts are rounded (see `Corridor`).
   */
  corridors: Array<Corridor>;
  /**
   * Likely duplicate actors, best first (staff and admin only): names compared across accents, word
   * order, French/Italian/English/Arabic generic words and transliterations, raised by the same kind,
   * country and city and lowered by different ones. Pairs dismissed with `dismissDuplicate` are left
   * out. Migrants are compared only with migrants, on the full name when one is recorded (the display
   * name is a first name and an initial).
   */
  duplicateCandidates: Array<DuplicatePair>;
  /**
   * The graph, or the part the filter selects, as files (staff and admin only; audited; a few per
   * minute per user). Users and the audit log are never exported, nor migrants' personal fields
   * unless `filter.personalFields` is true. For a very large graph use `npm run ponte -- export`.
   */
  exportGraph: GraphExport;
  /** Every introduction request, newest first (staff and admin only). */
  introductionRequests: Array<IntroductionRequest>;
  /**
   * Every actor that matches `target` (all the criteria given) and can be reached from `from` within
   * `maxHops` (1–4), each with its shortest path: "who can get me to a funder for agri-food in
   * Souss-Massa". Score = 0.8 × the path's score (as in `paths`) + 0.2 × match quality, the mean of
   * the share of wanted services offered and the place (1 based in a wanted region, 0.5 only funding,
   * supporting or offering something that targets one); 1 when neither is asked. With `asOf`, targets,
   * their places and the paths are those of that day.
   */
  introductions: Array<Introduction>;
  /** The signed-in user, or null without a token. */
  me: Maybe<Me>;
  /** The introduction requests of the signed-in partner's organisation, newest first (partners only). */
  myIntroductionRequests: Array<IntroductionRequest>;
  /**
   * The subgraph around one or more actors: every node within `depth` ties (1–3) and the ties
   * between them, honouring the filter; geographic ties (BASED_IN, ORIGINATES_FROM, TARGETS) are
   * included only when `filter.relationshipTypes` names them. Nearest nodes first; `truncated` says
   * when `limit` cut the answer. Unknown ids are an error naming them. Migrants hidden from the viewer
   * (every migrant for anonymous visitors, those without consent for analysts and partners) and their
   * ties are not in the graph this walks; an id of one is unknown.
   */
  neighbourhood: Subgraph;
  /**
   * Centrality and community of every node of the graph — actors, return projects, opportunities and
   * events joined by non-geographic ties active on `asOf` — or of the part chosen by `kinds` and
   * `relationshipTypes`, ranked by `orderBy`. Computed once per version of the database and part, and
   * served from that (an answer may lag a write by a minute). Below staff, computed on the graph
   * without the migrants hidden from the viewer; migrants the viewer may not name are masked, and an
   * id in `ids` of such a migrant is left out. How each metric is computed: docs/analytics.md.
   */
  networkMetrics: NetworkMetrics;
  /**
   * Counts by kind and relationship type, the cross-border share and growth by year, as of a day.
   * Below staff (the disclosure control of docs/privacy.md), the day is coarsened to 31 December of
   * its year (`asOf` in the answer says so) and every count that a migrant or a migrant's tie can be
   * part of is rounded to a multiple of 5 by keyed random rounding; organisation counts are exact.
   * Staff and admin get exact figures on the day asked for.
   */
  networkStats: NetworkStats;
  /**
   * Opportunities ranked for a migrant, among those open on `asOf` (or today: `opens` on or before
   * it, `closes` on or after it, a missing bound open), where the migrant lived on that day, scored
   * `0.5 × skills + 0.3 × education + 0.2 × place`: skills = share of `requiredSkills` the migrant
   * has (0.5 when none required; case and accents ignored), education = 1 when it meets
   * `minEducation` or none is set, 0.5 when unknown, 0 below, place = 1 when the opportunity targets
   * the migrant's region, 0.7 in the migrant's country, 0.3 elsewhere; each with its reasons and the
   * best path (as in `paths`, over the nodes and ties active on the day) to whoever offered it then.
   */
  opportunityMatches: Array<OpportunityMatch>;
  /**
   * The k best paths between two actors (k = `limit`, 1–10), of at most `maxHops` ties (1–6), walking
   * every relationship except the geographic ones and honouring the filter (applied during the
   * search, not to its results); no path visits a node twice. Ranked by fewer hops, then by score:
   * `score = (7 − hops + quality) / 7`, where quality is the mean over the ties of
   * `0.6 × confidence (0.5 when unknown) + 0.25 × recency + 0.15 × (1 when the tie names a source)`,
   * recency being 1 for a tie active on `filter.asOf` (or today), 0.75 for an undated one, and halving
   * every 3 years after a tie ended; an attendance (ATTENDED: "met at" an event) counts half its
   * quality, so meeting at an event weighs below a direct tie. With `filter.asOf`, paths walk only
   * the nodes and ties active that day (an event on its date only). Equal paths come in the order of their nodes' ids. Each path
   * explains itself hop by hop. Below staff, paths never go through a migrant hidden from the viewer
   * (every migrant for anonymous visitors, those without consent for analysts and partners); one the
   * viewer may meet but not name appears as a masked hop.
   */
  paths: Array<Path>;
  /**
   * Full-text search over the names, alternative names (Italian, French, English, Arabic script and
   * transliteration, acronyms), descriptions and cities of every kind of node (docs/search.md). Names
   * are folded as dedupe folds them: accents ("Fes" finds "Fès"), numerals ("hassan 2" finds
   * "Hassan II"), generic words across languages ("Hassan II Foundation" finds "Fondation Hassan
   * II"), transliteration ("Muhammad" finds "Mohammed", "حسن" finds "Hassan", "فاس" finds "Fès");
   * little words and legal forms are ignored; every other word must match, exactly, as a prefix or
   * with one typo. Ranked by how the hit's own names answer: an exact name, acronym or alternative
   * name first, then a name the text begins, then a name holding every word, then with a typo, then
   * hits found by description or city; within each, words in names weigh more than words in the
   * description; then by name and id. The score depends on the hit's own words only. Migrants the
   * viewer may not name are never hits.
   */
  search: Array<SearchHit>;
  /**
   * Providers ranked for a return project: actors whose `services` meet at least one of the project's
   * `needs`, scored `0.7 × share of the needs met + 0.3 × place` (1 based in a region the project
   * targets, 0.5 funding, supporting or offering something that targets one, 0 otherwise); each with
   * the services met, its reasons and the shortest path from the project to the provider. Matched as
   * of one day within the project's lifetime (`asOf`, or today brought within it): providers active
   * then, the ties and places of then.
   */
  supportMatches: Array<SupportMatch>;
  /** Every user account, by e-mail (admin only). */
  users: Array<UserAccount>;
};


export type QueryAuditLogArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBrokersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  between?: InputMaybe<Array<Country>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommonConnectionsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommunitiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  membersLimit?: InputMaybe<Scalars['Int']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<TieType>>;
};


export type QueryCorridorsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryDuplicateCandidatesArgs = {
  kinds?: InputMaybe<Array<ActorKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryExportGraphArgs = {
  filter?: InputMaybe<ExportFilter>;
  format: ExportFormat;
};


export type QueryIntroductionRequestsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<IntroductionStatus>;
};


export type QueryIntroductionsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  target: ActorQuery;
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkMetricsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NetworkMetric>;
  relationshipTypes?: InputMaybe<Array<TieType>>;
};


export type QueryNetworkStatsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryOpportunityMatchesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  migrantId: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  filter?: InputMaybe<GraphFilter>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySupportMatchesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};

/** An explanation in parts: a code and its parameters. The English string beside it is rendered from these. */
export type Reason = {
  __typename?: 'Reason';
  /** What it says. */
  code: ReasonCode;
  /** Its parameters, by name. */
  params: Array<ReasonParam>;
};

/**
 * What one explanation says, whatever the language. Each value gives its English wording, with the
 * names of its parameters in braces (`ReasonParam.name`).
 */
export type ReasonCode =
  /** Duplicate: `an acronym of the other name ({acronym})`. */
  | 'ACRONYM'
  /** Match: `active in {regions}`: funds, supports or offers something that targets them. */
  | 'ACTIVE_IN'
  /** Hop detail: `as {role}` (an attendance role: organiser, speaker, participant). */
  | 'ATTENDED_AS'
  /** Match: `based in {regions}` (region names). */
  | 'BASED_IN'
  /** Duplicate: `compared as "{a}" / "{b}"` (names from altNames). */
  | 'COMPARED_AS'
  /** Duplicate: `different cities ({a} / {b})`. */
  | 'DIFFERENT_CITIES'
  /** Duplicate: `different countries ({a} / {b})`. */
  | 'DIFFERENT_COUNTRIES'
  /** Duplicate: `different kinds ({a} / {b})`. */
  | 'DIFFERENT_KINDS'
  /** Hop detail: `{type} it` ("supports it"), what an actor does for the return project of the hop. */
  | 'DOES_IT'
  /** Opportunity match: `education ISCED {education} below the minimum {minimum}`. */
  | 'EDUCATION_BELOW'
  /** Opportunity match: `education ISCED {education} meets the minimum {minimum}`. */
  | 'EDUCATION_MEETS'
  /** Opportunity match: `education unknown (minimum ISCED {minimum})`. */
  | 'EDUCATION_UNKNOWN'
  /** A hop of a path: `{from} {type} {to}`, the tie's start doing `type` to its end ("IOM Italy partners with CERFE"). */
  | 'HOP'
  /** A hop to an event: `{from} met at {to}` (`type` is ATTENDED). */
  | 'HOP_MET_AT'
  /** A hop to a return project: `{from} works on {to}`; what it does for the project is the detail DOES_IT. */
  | 'HOP_WORKS_ON'
  /** Match: `in {country}`. */
  | 'IN_COUNTRY'
  /** Opportunity match: `in the migrant's country ({country})`. */
  | 'IN_MIGRANT_COUNTRY'
  /** Opportunity match: `in the migrant's region ({regions})`. */
  | 'IN_MIGRANT_REGION'
  /** Hop detail: `in {year}` (the tie began and ended that year). */
  | 'IN_YEAR'
  /** Match: `is a {kind}` (an actor kind). */
  | 'IS_KIND'
  /** Support match: `offers {services} ({met} of {needs} needs)`. */
  | 'MEETS_NEEDS'
  /** Opportunity match: `no minimum education`. */
  | 'NO_MIN_EDUCATION'
  /** Opportunity match: `no skills required`. */
  | 'NO_SKILLS_REQUIRED'
  /** Opportunity match: `none of the {required} required skills`. */
  | 'NO_SKILLS_SHARED'
  /** Hop detail: `no source`. */
  | 'NO_SOURCE'
  /** Match: `offers {services}`. */
  | 'OFFERS_SERVICES'
  /** Hop detail: `kind: {kind}`, the kind of partnership. */
  | 'PARTNERSHIP_KIND'
  /** Opportunity match: `place unknown`. */
  | 'PLACE_UNKNOWN'
  /** Hop detail: `role: {role}` (free text recorded on the tie). */
  | 'ROLE'
  /** Duplicate: `same city ({city})`. */
  | 'SAME_CITY'
  /** Duplicate: `same country ({country})`. */
  | 'SAME_COUNTRY'
  /** Duplicate: `same kind ({kind})`. */
  | 'SAME_KIND'
  /** Duplicate: `the same name`. */
  | 'SAME_NAME'
  /** Duplicate: `the same name after folding accents, case, punctuation, legal forms and word order`. */
  | 'SAME_NAME_FOLDED'
  /** Duplicate: `the same number ({a} / {b})`. */
  | 'SAME_NUMBER'
  /** Hop detail: `service: {service}`. */
  | 'SERVICE'
  /** Duplicate: `a shorter form of the same name (adds: {words})`. */
  | 'SHORTER_FORM'
  /** Duplicate: `similar spelling ({a} / {b})`. */
  | 'SIMILAR_SPELLING'
  /** Hop detail: `since {year}`. */
  | 'SINCE_YEAR'
  /** Opportunity match: `skills: {skills} ({shared} of {required} required)`. */
  | 'SKILLS_SHARED'
  /** Hop detail: `source: {source}`. */
  | 'SOURCE'
  /** Hop detail: `sources: {sources}`, when the tie has more than one (their labels, in order). */
  | 'SOURCES'
  /** Hop detail: `topic: {topic}` (free text recorded on the tie). */
  | 'TOPIC'
  /** Duplicate: `translation of '{concept}' ({a} / {b})` (a generic word read across languages). */
  | 'TRANSLATION'
  /** Duplicate: `transliteration variants ({a} / {b})`. */
  | 'TRANSLITERATION'
  /** Hop detail: `undated`. */
  | 'UNDATED'
  /** Hop detail: `until {year}`. */
  | 'UNTIL_YEAR'
  /** Duplicate: `words in one name only: {words}`. */
  | 'WORDS_IN_ONE_NAME'
  /** Duplicate: `the same words written together or apart ({a} / {b})`. */
  | 'WORDS_JOINED'
  /** Match: `works in "{sector}"` (the sector keyword asked for). */
  | 'WORKS_IN_SECTOR'
  /** Hop detail: `{since}–{until}` (years). */
  | 'YEARS';

/** One parameter of an explanation. */
export type ReasonParam = {
  __typename?: 'ReasonParam';
  /** The parameter's name in the code's wording, e.g. `services`. */
  name: Scalars['String']['output'];
  /** How to show the values. */
  type: ReasonParamType;
  /** The values: one for most parameters, several for a list (shown joined, e.g. "INTERNSHIP, MENTORSHIP"). */
  values: Array<Scalars['String']['output']>;
};

/** How a client shows the values of a parameter. */
export type ReasonParamType =
  /** An attendance role: ORGANISER, SPEAKER or PARTICIPANT. */
  | 'ATTENDANCE_ROLE'
  /** A country code: IT, MA or INTL. */
  | 'COUNTRY'
  /** A person the viewer may not name: the value is the placeholder id (`masked-1`); English shows "a migrant (no consent to be named)". */
  | 'MASKED_NAME'
  /** A node kind: Migrant, Association, Firm, PublicAdministration, Funder, Region, ReturnProject, Opportunity or Event. */
  | 'NODE_KIND'
  /** A number. */
  | 'NUMBER'
  /** A kind of partnership: MOU, PROGRAMME, NETWORK or DECENTRALISED_COOPERATION. */
  | 'PARTNERSHIP_KIND'
  /** A support service (SupportService), e.g. MENTORSHIP. */
  | 'SERVICE'
  /** Free text or a proper name, shown as it is (a name, a source, a city, a region, a word). */
  | 'TEXT'
  /** A relationship type (TieType), e.g. PARTNERS_WITH; English shows it as a verb ("partners with"). */
  | 'TIE_TYPE'
  /** A year (four digits). */
  | 'YEAR';

/** A ranked full-text match from `search`: a node of any kind. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node's city, when known. */
  city: Maybe<Scalars['String']['output']>;
  /** IT, MA or INTL. */
  country: Maybe<Scalars['String']['output']>;
  /** The node's id (a readable slug). */
  id: Scalars['ID']['output'];
  /** The node's kind label: Migrant, Association, Firm, PublicAdministration, Funder, Region, ReturnProject, Opportunity or Event (a NodeKind value). */
  kind: Scalars['String']['output'];
  /** The alternative name that answered the query best, when it is not the name ("فاس مكناس" for Fès-Meknès); null otherwise. */
  matchedName: Maybe<Scalars['String']['output']>;
  /** The node's name in its native spelling. */
  name: Scalars['String']['output'];
  /** Relevance: higher is better. Only comparable within one answer. */
  score: Scalars['Float']['output'];
};

/** Something two or more actors have in common (an answer of `commonConnections`). */
export type SharedTie = {
  __typename?: 'SharedTie';
  /** The shared neighbour or event. */
  node: GraphNode;
  /** How many of the asked actors share it. */
  sharedBy: Scalars['Int']['output'];
  /** The tie from each asked actor to the shared node, in the order of `ids`. */
  ties: Array<GraphEdge>;
  /** Shared neighbour or shared event. */
  via: Scalars['String']['output'];
};

/** One source of an actor or a tie: where we know it from. At least one of `title`, `url` and `reference` is set; the first of them is the source's label (the tie's `source`, an entry of the actor's `sources`). */
export type Source = {
  __typename?: 'Source';
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Maybe<Scalars['String']['output']>;
  /** The page, section or paragraph, e.g. "12" or "pp. 4–6". */
  page: Maybe<Scalars['String']['output']>;
  /** Who published it (an institution, a newspaper, a programme). */
  publisher: Maybe<Scalars['String']['output']>;
  /** The words of the source that support the record. */
  quote: Maybe<Scalars['String']['output']>;
  /** A reference when there is no URL: an archive number, minutes of a meeting, an ISBN. */
  reference: Maybe<Scalars['String']['output']>;
  /** The document's title, e.g. "Répertoire des associations de la diaspora marocaine en Italie". */
  title: Maybe<Scalars['String']['output']>;
  /** Where to read it (an http(s) URL). */
  url: Maybe<Scalars['String']['output']>;
};

/** One source to write with `setActorEvidence` or `setTieEvidence`. At least one of `title`, `url` and `reference`; texts are trimmed; `date` is YYYY, YYYY-MM or YYYY-MM-DD. */
export type SourceInput = {
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The page, section or paragraph (at most 50 characters). */
  page?: InputMaybe<Scalars['String']['input']>;
  /** Who published it (at most 300 characters). */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The words of the source that support the record (at most 4000 characters). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** A reference when there is no URL (at most 500 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The document's title (at most 500 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where to read it: an http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The subgraph around some actors. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The ties between them. */
  edges: Array<GraphEdge>;
  /** The nodes, the start actors first. */
  nodes: Array<GraphNode>;
  /** True when the limit cut the answer (more nodes exist within the depth). */
  truncated: Scalars['Boolean']['output'];
};

/** A provider ranked for a return project. */
export type SupportMatch = {
  __typename?: 'SupportMatch';
  /** A path from the project to the provider, when one exists within 4 hops. */
  path: Maybe<Path>;
  /** The provider. */
  provider: PathNode;
  /** The same reasons in parts (reasons[i] is reasonParts[i] in English), for clients that write them in their user's language. */
  reasonParts: Array<Reason>;
  /** Why it fits (services, region). */
  reasons: Array<Scalars['String']['output']>;
  /** Higher is better. */
  score: Scalars['Float']['output'];
  /** The project's needs it meets. */
  services: Array<SupportService>;
};

/** A support service: what an actor offers to migrants and return projects (`services`), and what a return project needs (`needs`). */
export type SupportService =
  /** Help with administrative procedures: permits, registrations, recognition of qualifications. */
  | 'ADMIN_ASSISTANCE'
  /** Coaching, individually or in groups. */
  | 'COACHING'
  /** Help with finance: business plans, access to credit and grants. */
  | 'FINANCIAL_ASSISTANCE'
  /** Business incubation: workspace, services and follow-up for a new business. */
  | 'INCUBATION'
  /** Internships and work placements. */
  | 'INTERNSHIP'
  /** Job placement and matching with employers. */
  | 'JOB_PLACEMENT'
  /** Legal aid. */
  | 'LEGAL_AID'
  /** Access to markets, buyers and distribution networks. */
  | 'MARKET_ACCESS'
  /** One-to-one mentorship by an experienced professional or entrepreneur. */
  | 'MENTORSHIP'
  /** Training courses. */
  | 'TRAINING';

/** A tie's sources after `setTieEvidence`. */
export type TieEvidence = {
  __typename?: 'TieEvidence';
  /** The tie's sources, in order. */
  evidence: Array<Source>;
  /** The id of the node the tie starts from. */
  from: Scalars['ID']['output'];
  /** The tie's `source` now: the first source's label. */
  source: Scalars['String']['output'];
  /** The id of the node the tie points to. */
  to: Scalars['ID']['output'];
  /** The relationship type. */
  type: TieType;
};

/** The relationship types of the graph (docs/architecture.md#tie-types). */
export type TieType =
  /** A migrant applied to an opportunity. */
  | 'APPLIED_TO'
  /** An actor attended an event. */
  | 'ATTENDED'
  /** An actor is based in a region (geographic: never walked by paths). */
  | 'BASED_IN'
  /** A firm, public administration or association employs a migrant. */
  | 'EMPLOYS'
  /** An actor funds a return project, an association or a firm. */
  | 'FUNDS'
  /** A migrant leads a return project. */
  | 'LEADS'
  /** A migrant, association or firm belongs to an association. */
  | 'MEMBER_OF'
  /** An actor mentors a migrant. */
  | 'MENTORS'
  /** An actor offers an opportunity. */
  | 'OFFERS'
  /** A migrant comes from a region (geographic: never walked by paths). */
  | 'ORIGINATES_FROM'
  /** Two actors are partners. */
  | 'PARTNERS_WITH'
  /** An actor supports a return project. */
  | 'SUPPORTS'
  /** A return project or opportunity targets a region (geographic: never walked by paths). */
  | 'TARGETS';

/** A user account as an admin sees it (never its password or hash). */
export type UserAccount = {
  __typename?: 'UserAccount';
  /** When the account was created. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** True when the account may no longer sign in and its tokens are refused. */
  disabled: Scalars['Boolean']['output'];
  /** The e-mail it signs in with (lower-case). */
  email: Scalars['String']['output'];
  /** The account's id (the `sub` of its tokens). */
  id: Scalars['ID']['output'];
  /** For a partner: the id of its organisation (an association, firm, public administration or funder). */
  organisation: Maybe<Scalars['ID']['output']>;
  /** analyst, partner, staff or admin. */
  role: Scalars['String']['output'];
};

/** A count for one year. */
export type YearCount = {
  __typename?: 'YearCount';
  /** Those ties active on 31 December of that year (in the year of `asOf`: on `asOf`). Below staff: rounded to a multiple of 5. */
  activeTies: Maybe<Scalars['Int']['output']>;
  /** Ties (non-geographic, with a start date) that started that year. Below staff: rounded to a multiple of 5. */
  newTies: Maybe<Scalars['Int']['output']>;
  /** The year. */
  year: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorKind: ActorKind;
  ActorQuery: ActorQuery;
  AdministrationLevel: AdministrationLevel;
  ApplicationStatus: ApplicationStatus;
  AssociationType: AssociationType;
  AttendanceRole: AttendanceRole;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuthPayload: ResolverTypeWrapper<AuthPayload>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Broker: ResolverTypeWrapper<BrokerRow>;
  BrokerageOrientation: BrokerageOrientation;
  BrokerageRoleCounts: ResolverTypeWrapper<BrokerageRoleCounts>;
  BrokerageRoles: ResolverTypeWrapper<BrokerageRoles>;
  ChangedTie: ResolverTypeWrapper<ChangedTie>;
  ChangedTieInput: ChangedTieInput;
  ColumnMapping: ColumnMapping;
  Community: ResolverTypeWrapper<Community>;
  CommunityMember: ResolverTypeWrapper<CommunityMember>;
  Consent: Consent;
  ConsentChange: ResolverTypeWrapper<ConsentChange>;
  Corridor: ResolverTypeWrapper<Corridor>;
  Country: Country;
  CreatedUser: ResolverTypeWrapper<CreatedUser>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DismissedDuplicate: ResolverTypeWrapper<DismissedDuplicate>;
  DuplicateActor: ResolverTypeWrapper<DuplicateActor>;
  DuplicatePair: ResolverTypeWrapper<DuplicatePair>;
  ErasureBasis: ErasureBasis;
  ErasureReceipt: ResolverTypeWrapper<ErasureReceipt>;
  EventKind: EventKind;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFilter: ExportFilter;
  ExportFormat: ExportFormat;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FunderType: FunderType;
  FundingInstrument: FundingInstrument;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphExport: ResolverTypeWrapper<GraphExport>;
  GraphFilter: GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  HopReason: ResolverTypeWrapper<HopReason>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAction: ImportAction;
  ImportChange: ResolverTypeWrapper<ImportChange>;
  ImportFormat: ImportFormat;
  ImportIssue: ResolverTypeWrapper<ImportIssue>;
  ImportIssueCode: ImportIssueCode;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Introduction: ResolverTypeWrapper<Introduction>;
  IntroductionHop: ResolverTypeWrapper<IntroductionHop>;
  IntroductionRequest: ResolverTypeWrapper<IntroductionRequest>;
  IntroductionStatus: IntroductionStatus;
  Me: ResolverTypeWrapper<Me>;
  MergeReceipt: ResolverTypeWrapper<MergeReceipt>;
  MigrantStatus: MigrantStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedCount: ResolverTypeWrapper<NamedCount>;
  NetworkMetric: NetworkMetric;
  NetworkMetrics: ResolverTypeWrapper<NetworkMetrics>;
  NetworkStats: ResolverTypeWrapper<NetworkStats>;
  NodeKind: NodeKind;
  NodeMetrics: ResolverTypeWrapper<NodeMetrics>;
  OpportunityMatch: ResolverTypeWrapper<OpportunityMatch>;
  OpportunitySummary: ResolverTypeWrapper<OpportunitySummary>;
  OpportunityType: OpportunityType;
  PartnershipKind: PartnershipKind;
  Path: ResolverTypeWrapper<Path>;
  PathEdge: ResolverTypeWrapper<PathEdge>;
  PathNode: ResolverTypeWrapper<PathNode>;
  ProjectStage: ProjectStage;
  ProjectType: ProjectType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reason: ResolverTypeWrapper<Reason>;
  ReasonCode: ReasonCode;
  ReasonParam: ResolverTypeWrapper<ReasonParam>;
  ReasonParamType: ReasonParamType;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SharedTie: ResolverTypeWrapper<SharedTie>;
  Source: ResolverTypeWrapper<Source>;
  SourceInput: SourceInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  SupportMatch: ResolverTypeWrapper<SupportMatch>;
  SupportService: SupportService;
  TieEvidence: ResolverTypeWrapper<TieEvidence>;
  TieType: TieType;
  UserAccount: ResolverTypeWrapper<UserAccount>;
  YearCount: ResolverTypeWrapper<YearCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActorQuery: ActorQuery;
  AuditEntry: AuditEntry;
  AuthPayload: AuthPayload;
  Boolean: Scalars['Boolean']['output'];
  Broker: BrokerRow;
  BrokerageRoleCounts: BrokerageRoleCounts;
  BrokerageRoles: BrokerageRoles;
  ChangedTie: ChangedTie;
  ChangedTieInput: ChangedTieInput;
  ColumnMapping: ColumnMapping;
  Community: Community;
  CommunityMember: CommunityMember;
  ConsentChange: ConsentChange;
  Corridor: Corridor;
  CreatedUser: CreatedUser;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DismissedDuplicate: DismissedDuplicate;
  DuplicateActor: DuplicateActor;
  DuplicatePair: DuplicatePair;
  ErasureReceipt: ErasureReceipt;
  ExportFile: ExportFile;
  ExportFilter: ExportFilter;
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphExport: GraphExport;
  GraphFilter: GraphFilter;
  GraphNode: GraphNode;
  HopReason: HopReason;
  ID: Scalars['ID']['output'];
  ImportChange: ImportChange;
  ImportIssue: ImportIssue;
  ImportReport: ImportReport;
  Int: Scalars['Int']['output'];
  Introduction: Introduction;
  IntroductionHop: IntroductionHop;
  IntroductionRequest: IntroductionRequest;
  Me: Me;
  MergeReceipt: MergeReceipt;
  Mutation: Record<PropertyKey, never>;
  NamedCount: NamedCount;
  NetworkMetrics: NetworkMetrics;
  NetworkStats: NetworkStats;
  NodeMetrics: NodeMetrics;
  OpportunityMatch: OpportunityMatch;
  OpportunitySummary: OpportunitySummary;
  Path: Path;
  PathEdge: PathEdge;
  PathNode: PathNode;
  Query: Record<PropertyKey, never>;
  Reason: Reason;
  ReasonParam: ReasonParam;
  SearchHit: SearchHit;
  SharedTie: SharedTie;
  Source: Source;
  SourceInput: SourceInput;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  SupportMatch: SupportMatch;
  TieEvidence: TieEvidence;
  UserAccount: UserAccount;
  YearCount: YearCount;
};

export type AuditEntryResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  erasureId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
};

export type BrokerResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker']> = {
  brokerage?: Resolver<Maybe<ResolversTypes['BrokerageRoles']>, ParentType, ContextType, RequireFields<BrokerBrokerageArgs, 'orientation'>>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  crossBorderTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  italianTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moroccanTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BrokerageRoleCountsResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['BrokerageRoleCounts'] = ResolversParentTypes['BrokerageRoleCounts']> = {
  coordinator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gatekeeper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  itinerant?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  liaison?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  representative?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BrokerageRolesResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['BrokerageRoles'] = ResolversParentTypes['BrokerageRoles']> = {
  counts?: Resolver<ResolversTypes['BrokerageRoleCounts'], ParentType, ContextType>;
  crossGroupShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalised?: Resolver<ResolversTypes['BrokerageRoleCounts'], ParentType, ContextType>;
  orientation?: Resolver<ResolversTypes['BrokerageOrientation'], ParentType, ContextType>;
  twoSteps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangedTieResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ChangedTie'] = ResolversParentTypes['ChangedTie']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TieType'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  countries?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['CommunityMember']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityMemberResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['CommunityMember'] = ResolversParentTypes['CommunityMember']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentChangeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ConsentChange'] = ResolversParentTypes['ConsentChange']> = {
  consent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CorridorResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Corridor'] = ResolversParentTypes['Corridor']> = {
  associations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  folded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  italianRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  italianRegionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  migrants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  moroccanRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  moroccanRegionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreatedUserResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['CreatedUser'] = ResolversParentTypes['CreatedUser']> = {
  oneTimePassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DismissedDuplicateResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['DismissedDuplicate'] = ResolversParentTypes['DismissedDuplicate']> = {
  a?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DuplicateActorResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['DuplicateActor'] = ResolversParentTypes['DuplicateActor']> = {
  altNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DuplicatePairResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['DuplicatePair'] = ResolversParentTypes['DuplicatePair']> = {
  a?: Resolver<ResolversTypes['DuplicateActor'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['DuplicateActor'], ParentType, ContextType>;
  reasonParts?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ErasureReceiptResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ErasureReceipt'] = ResolversParentTypes['ErasureReceipt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  erasureId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExportFileResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tie?: Resolver<Maybe<ResolversTypes['ChangedTie']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  crossesBorder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type GraphExportResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['GraphExport'] = ResolversParentTypes['GraphExport']> = {
  files?: Resolver<Array<ResolversTypes['ExportFile']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HopReasonResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['HopReason'] = ResolversParentTypes['HopReason']> = {
  code?: Resolver<ResolversTypes['ReasonCode'], ParentType, ContextType>;
  details?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['ReasonParam']>, ParentType, ContextType>;
};

export type ImportChangeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ImportChange'] = ResolversParentTypes['ImportChange']> = {
  action?: Resolver<ResolversTypes['ImportAction'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportIssueResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ImportIssue'] = ResolversParentTypes['ImportIssue']> = {
  code?: Resolver<ResolversTypes['ImportIssueCode'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  columnIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  where?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ImportChange']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportIssue']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImportFormat'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportIssue']>, ParentType, ContextType>;
};

export type IntroductionResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Introduction'] = ResolversParentTypes['Introduction']> = {
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  reasonParts?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['PathNode'], ParentType, ContextType>;
};

export type IntroductionHopResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['IntroductionHop'] = ResolversParentTypes['IntroductionHop']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IntroductionRequestResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['IntroductionRequest'] = ResolversParentTypes['IntroductionRequest']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['IntroductionHop']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntroductionStatus'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergeReceiptResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['MergeReceipt'] = ResolversParentTypes['MergeReceipt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fieldsCopied?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tiesDropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiesMerged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiesMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createUser?: Resolver<ResolversTypes['CreatedUser'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'email' | 'role'>>;
  disableUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'id'>>;
  dismissDuplicate?: Resolver<ResolversTypes['DismissedDuplicate'], ParentType, ContextType, RequireFields<MutationDismissDuplicateArgs, 'a' | 'b'>>;
  eraseMigrant?: Resolver<ResolversTypes['ErasureReceipt'], ParentType, ContextType, RequireFields<MutationEraseMigrantArgs, 'basis' | 'id'>>;
  importRecords?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportRecordsArgs, 'content' | 'dryRun' | 'format'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  mergeActors?: Resolver<ResolversTypes['MergeReceipt'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'drop' | 'keep'>>;
  requestIntroduction?: Resolver<ResolversTypes['IntroductionRequest'], ParentType, ContextType, RequireFields<MutationRequestIntroductionArgs, 'to'>>;
  revertChange?: Resolver<ResolversTypes['FieldChange'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'auditId' | 'field' | 'id'>>;
  setActorEvidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<MutationSetActorEvidenceArgs, 'id' | 'sources'>>;
  setIntroductionStatus?: Resolver<ResolversTypes['IntroductionRequest'], ParentType, ContextType, RequireFields<MutationSetIntroductionStatusArgs, 'id' | 'status'>>;
  setMigrantConsent?: Resolver<ResolversTypes['ConsentChange'], ParentType, ContextType, RequireFields<MutationSetMigrantConsentArgs, 'consent' | 'id'>>;
  setTieEvidence?: Resolver<ResolversTypes['TieEvidence'], ParentType, ContextType, RequireFields<MutationSetTieEvidenceArgs, 'from' | 'sources' | 'to' | 'type'>>;
  setUserRole?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'id' | 'role'>>;
};

export type NamedCountResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['NamedCount'] = ResolversParentTypes['NamedCount']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkMetricsResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['NetworkMetrics'] = ResolversParentTypes['NetworkMetrics']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  betweennessErrorBound?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  betweennessExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  betweennessPivots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NodeMetrics']>, ParentType, ContextType>;
  tieCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkStatsResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['NetworkStats'] = ResolversParentTypes['NetworkStats']> = {
  actorTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actorsByKind?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  crossBorderShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  crossBorderTies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  growth?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  rounded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tiesByType?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
};

export type NodeMetricsResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['NodeMetrics'] = ResolversParentTypes['NodeMetrics']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedDegree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OpportunityMatchResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['OpportunityMatch'] = ResolversParentTypes['OpportunityMatch']> = {
  opportunity?: Resolver<ResolversTypes['OpportunitySummary'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType>;
  reasonParts?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OpportunitySummaryResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['OpportunitySummary'] = ResolversParentTypes['OpportunitySummary']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closes?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  crossesBorder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PathEdge']>, ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PathNode']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  why?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  whyParts?: Resolver<Array<ResolversTypes['HopReason']>, ParentType, ContextType>;
};

export type PathEdgeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['PathEdge'] = ResolversParentTypes['PathEdge']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PathNodeResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['PathNode'] = ResolversParentTypes['PathNode']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actorCounts?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  brokers?: Resolver<Array<ResolversTypes['Broker']>, ParentType, ContextType, RequireFields<QueryBrokersArgs, 'between' | 'limit'>>;
  commonConnections?: Resolver<Array<ResolversTypes['SharedTie']>, ParentType, ContextType, RequireFields<QueryCommonConnectionsArgs, 'ids' | 'limit'>>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'limit' | 'membersLimit' | 'minSize'>>;
  corridors?: Resolver<Array<ResolversTypes['Corridor']>, ParentType, ContextType, Partial<QueryCorridorsArgs>>;
  duplicateCandidates?: Resolver<Array<ResolversTypes['DuplicatePair']>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'limit' | 'minScore'>>;
  exportGraph?: Resolver<ResolversTypes['GraphExport'], ParentType, ContextType, RequireFields<QueryExportGraphArgs, 'format'>>;
  introductionRequests?: Resolver<Array<ResolversTypes['IntroductionRequest']>, ParentType, ContextType, RequireFields<QueryIntroductionRequestsArgs, 'limit'>>;
  introductions?: Resolver<Array<ResolversTypes['Introduction']>, ParentType, ContextType, RequireFields<QueryIntroductionsArgs, 'from' | 'limit' | 'maxHops' | 'target'>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  myIntroductionRequests?: Resolver<Array<ResolversTypes['IntroductionRequest']>, ParentType, ContextType>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'ids' | 'limit'>>;
  networkMetrics?: Resolver<ResolversTypes['NetworkMetrics'], ParentType, ContextType, RequireFields<QueryNetworkMetricsArgs, 'limit' | 'offset' | 'orderBy'>>;
  networkStats?: Resolver<ResolversTypes['NetworkStats'], ParentType, ContextType, Partial<QueryNetworkStatsArgs>>;
  opportunityMatches?: Resolver<Array<ResolversTypes['OpportunityMatch']>, ParentType, ContextType, RequireFields<QueryOpportunityMatchesArgs, 'limit' | 'migrantId'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  supportMatches?: Resolver<Array<ResolversTypes['SupportMatch']>, ParentType, ContextType, RequireFields<QuerySupportMatchesArgs, 'limit' | 'projectId'>>;
  users?: Resolver<Array<ResolversTypes['UserAccount']>, ParentType, ContextType>;
};

export type ReasonResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason']> = {
  code?: Resolver<ResolversTypes['ReasonCode'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['ReasonParam']>, ParentType, ContextType>;
};

export type ReasonParamResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['ReasonParam'] = ResolversParentTypes['ReasonParam']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReasonParamType'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedTieResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['SharedTie'] = ResolversParentTypes['SharedTie']> = {
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  sharedBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupportMatchResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['SupportMatch'] = ResolversParentTypes['SupportMatch']> = {
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PathNode'], ParentType, ContextType>;
  reasonParts?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['SupportService']>, ParentType, ContextType>;
};

export type TieEvidenceResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['TieEvidence'] = ResolversParentTypes['TieEvidence']> = {
  evidence?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TieType'], ParentType, ContextType>;
};

export type UserAccountResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['UserAccount'] = ResolversParentTypes['UserAccount']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type YearCountResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['YearCount'] = ResolversParentTypes['YearCount']> = {
  activeTies?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  newTies?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = PonteContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  BrokerageRoleCounts?: BrokerageRoleCountsResolvers<ContextType>;
  BrokerageRoles?: BrokerageRolesResolvers<ContextType>;
  ChangedTie?: ChangedTieResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityMember?: CommunityMemberResolvers<ContextType>;
  ConsentChange?: ConsentChangeResolvers<ContextType>;
  Corridor?: CorridorResolvers<ContextType>;
  CreatedUser?: CreatedUserResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DismissedDuplicate?: DismissedDuplicateResolvers<ContextType>;
  DuplicateActor?: DuplicateActorResolvers<ContextType>;
  DuplicatePair?: DuplicatePairResolvers<ContextType>;
  ErasureReceipt?: ErasureReceiptResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphExport?: GraphExportResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  HopReason?: HopReasonResolvers<ContextType>;
  ImportChange?: ImportChangeResolvers<ContextType>;
  ImportIssue?: ImportIssueResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  Introduction?: IntroductionResolvers<ContextType>;
  IntroductionHop?: IntroductionHopResolvers<ContextType>;
  IntroductionRequest?: IntroductionRequestResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  MergeReceipt?: MergeReceiptResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedCount?: NamedCountResolvers<ContextType>;
  NetworkMetrics?: NetworkMetricsResolvers<ContextType>;
  NetworkStats?: NetworkStatsResolvers<ContextType>;
  NodeMetrics?: NodeMetricsResolvers<ContextType>;
  OpportunityMatch?: OpportunityMatchResolvers<ContextType>;
  OpportunitySummary?: OpportunitySummaryResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathEdge?: PathEdgeResolvers<ContextType>;
  PathNode?: PathNodeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  ReasonParam?: ReasonParamResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SharedTie?: SharedTieResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SupportMatch?: SupportMatchResolvers<ContextType>;
  TieEvidence?: TieEvidenceResolvers<ContextType>;
  UserAccount?: UserAccountResolvers<ContextType>;
  YearCount?: YearCountResolvers<ContextType>;
};

