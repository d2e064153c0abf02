import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
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

/** How far a migrant agreed to be visible in Ponte (DESIGN §5). */
export type Consent =
  /** Visible by name (never personal fields) to the network's partners, and to analysts and staff. */
  | 'NETWORK'
  /** No consent to be named: the person appears only in counts, or as "a migrant (no consent to be named)" in a path. */
  | 'NONE'
  /** Visible by name to everyone who can read the graph. */
  | 'PUBLIC';

/** Which side of the corridor a record belongs to. */
export type Country =
  /** International: bodies that belong to neither side (IOM, ILO, the EU, international funds). */
  | 'INTL'
  /** Italy. */
  | 'IT'
  /** Morocco. */
  | 'MA';

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
   * Full-text search over actor names, alternative names (Italian, French, English, Arabic
   * transliteration) and descriptions. Accent-folding ("Fes" finds "Fès"), prefix ("Fond Hass" finds
   * the Hassan II Foundation) and fuzzy (one typo per word) matching; every word must match.
   * Ranked by relevance, exact words first.
   */
  search: Array<SearchHit>;
};


export type QuerySearchArgs = {
  kinds?: InputMaybe<Array<ActorKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** A ranked full-text match from `search`. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The actor's city, when known. */
  city: Maybe<Scalars['String']['output']>;
  /** IT, MA or INTL. */
  country: Maybe<Scalars['String']['output']>;
  /** The actor's id (a readable slug). */
  id: Scalars['ID']['output'];
  /** The actor's kind label: Migrant, Association, Firm, PublicAdministration or Funder. */
  kind: Scalars['String']['output'];
  /** The actor's name in its native spelling. */
  name: Scalars['String']['output'];
  /** Relevance: higher is better. Only comparable within one answer. */
  score: Scalars['Float']['output'];
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
  AdministrationLevel: AdministrationLevel;
  ApplicationStatus: ApplicationStatus;
  AssociationType: AssociationType;
  AttendanceRole: AttendanceRole;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Consent: Consent;
  Country: Country;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EventKind: EventKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FunderType: FunderType;
  FundingInstrument: FundingInstrument;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MigrantStatus: MigrantStatus;
  OpportunityType: OpportunityType;
  PartnershipKind: PartnershipKind;
  ProjectStage: ProjectStage;
  ProjectType: ProjectType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportService: SupportService;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  SearchHit: SearchHit;
  String: Scalars['String']['output'];
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type QueryResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
};

export type SearchHitResolvers<ContextType = PonteContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = PonteContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
};

