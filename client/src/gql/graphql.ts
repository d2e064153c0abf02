/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorAttendedConnectionAggregateInput = {
  AND?: Array<ActorAttendedConnectionAggregateInput> | null | undefined;
  NOT?: ActorAttendedConnectionAggregateInput | null | undefined;
  OR?: Array<ActorAttendedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ActorAttendedEdgeAggregationWhereInput | null | undefined;
};

export type ActorAttendedConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorAttendedConnections */
  aggregate?: ActorAttendedConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorAttendedConnections match this filter */
  all?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorAttendedConnections match this filter */
  none?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorAttendedConnections match this filter */
  single?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorAttendedConnections match this filter */
  some?: ActorAttendedConnectionWhere | null | undefined;
};

export type ActorAttendedConnectionWhere = {
  AND?: Array<ActorAttendedConnectionWhere> | null | undefined;
  NOT?: ActorAttendedConnectionWhere | null | undefined;
  OR?: Array<ActorAttendedConnectionWhere> | null | undefined;
  edge?: ActorAttendedEdgeWhere | null | undefined;
  node?: EventWhere | null | undefined;
};

export type ActorAttendedEdgeAggregationWhereInput = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  AttendedTie?: AttendedTieAggregationWhereInput | null | undefined;
};

export type ActorAttendedEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  AttendedTie?: AttendedTieWhere | null | undefined;
};

export type ActorBasedInConnectionAggregateInput = {
  AND?: Array<ActorBasedInConnectionAggregateInput> | null | undefined;
  NOT?: ActorBasedInConnectionAggregateInput | null | undefined;
  OR?: Array<ActorBasedInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ActorBasedInEdgeAggregationWhereInput | null | undefined;
  node?: ActorBasedInNodeAggregationWhereInput | null | undefined;
};

export type ActorBasedInConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorBasedInConnections */
  aggregate?: ActorBasedInConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorBasedInConnections match this filter */
  all?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorBasedInConnections match this filter */
  none?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorBasedInConnections match this filter */
  single?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorBasedInConnections match this filter */
  some?: ActorBasedInConnectionWhere | null | undefined;
};

export type ActorBasedInConnectionWhere = {
  AND?: Array<ActorBasedInConnectionWhere> | null | undefined;
  NOT?: ActorBasedInConnectionWhere | null | undefined;
  OR?: Array<ActorBasedInConnectionWhere> | null | undefined;
  edge?: ActorBasedInEdgeWhere | null | undefined;
  node?: RegionWhere | null | undefined;
};

export type ActorBasedInEdgeAggregationWhereInput = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  BasedInTie?: BasedInTieAggregationWhereInput | null | undefined;
};

export type ActorBasedInEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  BasedInTie?: BasedInTieWhere | null | undefined;
};

export type ActorBasedInNodeAggregationWhereInput = {
  AND?: Array<ActorBasedInNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorBasedInNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorBasedInNodeAggregationWhereInput> | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
};

export type ActorFundsConnectionAggregateInput = {
  AND?: Array<ActorFundsConnectionAggregateInput> | null | undefined;
  NOT?: ActorFundsConnectionAggregateInput | null | undefined;
  OR?: Array<ActorFundsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ActorFundsEdgeAggregationWhereInput | null | undefined;
};

export type ActorFundsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorFundsConnections */
  aggregate?: ActorFundsConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorFundsConnections match this filter */
  all?: ActorFundsConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorFundsConnections match this filter */
  none?: ActorFundsConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorFundsConnections match this filter */
  single?: ActorFundsConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorFundsConnections match this filter */
  some?: ActorFundsConnectionWhere | null | undefined;
};

export type ActorFundsConnectionWhere = {
  AND?: Array<ActorFundsConnectionWhere> | null | undefined;
  NOT?: ActorFundsConnectionWhere | null | undefined;
  OR?: Array<ActorFundsConnectionWhere> | null | undefined;
  edge?: ActorFundsEdgeWhere | null | undefined;
  node?: FundingRecipientWhere | null | undefined;
};

export type ActorFundsEdgeAggregationWhereInput = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  FundsTie?: FundsTieAggregationWhereInput | null | undefined;
};

export type ActorFundsEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  FundsTie?: FundsTieWhere | null | undefined;
};

export type ActorImplementation =
  | 'Association'
  | 'Firm'
  | 'Funder'
  | 'Migrant'
  | 'PublicAdministration';

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

export type ActorMenteesConnectionAggregateInput = {
  AND?: Array<ActorMenteesConnectionAggregateInput> | null | undefined;
  NOT?: ActorMenteesConnectionAggregateInput | null | undefined;
  OR?: Array<ActorMenteesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ActorMenteesEdgeAggregationWhereInput | null | undefined;
  node?: ActorMenteesNodeAggregationWhereInput | null | undefined;
};

export type ActorMenteesConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorMenteesConnections */
  aggregate?: ActorMenteesConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorMenteesConnections match this filter */
  all?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorMenteesConnections match this filter */
  none?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorMenteesConnections match this filter */
  single?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorMenteesConnections match this filter */
  some?: ActorMenteesConnectionWhere | null | undefined;
};

export type ActorMenteesConnectionWhere = {
  AND?: Array<ActorMenteesConnectionWhere> | null | undefined;
  NOT?: ActorMenteesConnectionWhere | null | undefined;
  OR?: Array<ActorMenteesConnectionWhere> | null | undefined;
  edge?: ActorMenteesEdgeWhere | null | undefined;
  node?: MigrantWhere | null | undefined;
};

export type ActorMenteesEdgeAggregationWhereInput = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  MentorsTie?: MentorsTieAggregationWhereInput | null | undefined;
};

export type ActorMenteesEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  MentorsTie?: MentorsTieWhere | null | undefined;
};

export type ActorMenteesNodeAggregationWhereInput = {
  AND?: Array<ActorMenteesNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorMenteesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorMenteesNodeAggregationWhereInput> | null | undefined;
  education?: IntScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type ActorOffersConnectionAggregateInput = {
  AND?: Array<ActorOffersConnectionAggregateInput> | null | undefined;
  NOT?: ActorOffersConnectionAggregateInput | null | undefined;
  OR?: Array<ActorOffersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ActorOffersEdgeAggregationWhereInput | null | undefined;
  node?: ActorOffersNodeAggregationWhereInput | null | undefined;
};

export type ActorOffersConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorOffersConnections */
  aggregate?: ActorOffersConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorOffersConnections match this filter */
  all?: ActorOffersConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorOffersConnections match this filter */
  none?: ActorOffersConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorOffersConnections match this filter */
  single?: ActorOffersConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorOffersConnections match this filter */
  some?: ActorOffersConnectionWhere | null | undefined;
};

export type ActorOffersConnectionWhere = {
  AND?: Array<ActorOffersConnectionWhere> | null | undefined;
  NOT?: ActorOffersConnectionWhere | null | undefined;
  OR?: Array<ActorOffersConnectionWhere> | null | undefined;
  edge?: ActorOffersEdgeWhere | null | undefined;
  node?: OpportunityWhere | null | undefined;
};

export type ActorOffersEdgeAggregationWhereInput = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  OffersTie?: OffersTieAggregationWhereInput | null | undefined;
};

export type ActorOffersEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  OffersTie?: OffersTieWhere | null | undefined;
};

export type ActorOffersNodeAggregationWhereInput = {
  AND?: Array<ActorOffersNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorOffersNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorOffersNodeAggregationWhereInput> | null | undefined;
  minEducation?: IntScalarAggregationFilters | null | undefined;
};

export type ActorPartnersConnectionAggregateInput = {
  AND?: Array<ActorPartnersConnectionAggregateInput> | null | undefined;
  NOT?: ActorPartnersConnectionAggregateInput | null | undefined;
  OR?: Array<ActorPartnersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ActorPartnersEdgeAggregationWhereInput | null | undefined;
};

export type ActorPartnersConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorPartnersConnections */
  aggregate?: ActorPartnersConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorPartnersConnections match this filter */
  all?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorPartnersConnections match this filter */
  none?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorPartnersConnections match this filter */
  single?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorPartnersConnections match this filter */
  some?: ActorPartnersConnectionWhere | null | undefined;
};

export type ActorPartnersConnectionWhere = {
  AND?: Array<ActorPartnersConnectionWhere> | null | undefined;
  NOT?: ActorPartnersConnectionWhere | null | undefined;
  OR?: Array<ActorPartnersConnectionWhere> | null | undefined;
  edge?: ActorPartnersEdgeWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type ActorPartnersEdgeAggregationWhereInput = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  PartnersWithTie?: PartnersWithTieAggregationWhereInput | null | undefined;
};

export type ActorPartnersEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  PartnersWithTie?: PartnersWithTieWhere | null | undefined;
};

/** What a partner is looking for (introductions). */
export type ActorQuery = {
  /** Countries wanted. */
  countries?: Array<Country> | null | undefined;
  /** Actor kinds wanted (e.g. Funder). */
  kinds?: Array<ActorKind> | null | undefined;
  /** Region ids (e.g. region-souss-massa): the actor is based in one of them, or funds/supports/offers something that targets one. */
  regions?: Array<string | number> | null | undefined;
  /** A sector keyword matched against the actor's tags, sector and description (accents and case ignored). */
  sector?: string | null | undefined;
  /** Services the actor must offer (any of them). */
  services?: Array<SupportService> | null | undefined;
};

export type ActorRelationshipFilters = {
  /** Filter type where all of the related Actors match this filter */
  all?: ActorWhere | null | undefined;
  /** Filter type where none of the related Actors match this filter */
  none?: ActorWhere | null | undefined;
  /** Filter type where one of the related Actors match this filter */
  single?: ActorWhere | null | undefined;
  /** Filter type where some of the related Actors match this filter */
  some?: ActorWhere | null | undefined;
};

/** Fields to sort Actors by. The order in which sorts are applied is not guaranteed when specifying many fields in one ActorSort object. */
export type ActorSort = {
  city?: SortDirection | null | undefined;
  country?: SortDirection | null | undefined;
  createdAt?: SortDirection | null | undefined;
  description?: SortDirection | null | undefined;
  id?: SortDirection | null | undefined;
  name?: SortDirection | null | undefined;
  synthetic?: SortDirection | null | undefined;
  updatedAt?: SortDirection | null | undefined;
  website?: SortDirection | null | undefined;
};

export type ActorSupportsConnectionAggregateInput = {
  AND?: Array<ActorSupportsConnectionAggregateInput> | null | undefined;
  NOT?: ActorSupportsConnectionAggregateInput | null | undefined;
  OR?: Array<ActorSupportsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ActorSupportsEdgeAggregationWhereInput | null | undefined;
  node?: ActorSupportsNodeAggregationWhereInput | null | undefined;
};

export type ActorSupportsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorSupportsConnections */
  aggregate?: ActorSupportsConnectionAggregateInput | null | undefined;
  /** Return Actors where all of the related ActorSupportsConnections match this filter */
  all?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Actors where none of the related ActorSupportsConnections match this filter */
  none?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Actors where one of the related ActorSupportsConnections match this filter */
  single?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Actors where some of the related ActorSupportsConnections match this filter */
  some?: ActorSupportsConnectionWhere | null | undefined;
};

export type ActorSupportsConnectionWhere = {
  AND?: Array<ActorSupportsConnectionWhere> | null | undefined;
  NOT?: ActorSupportsConnectionWhere | null | undefined;
  OR?: Array<ActorSupportsConnectionWhere> | null | undefined;
  edge?: ActorSupportsEdgeWhere | null | undefined;
  node?: ReturnProjectWhere | null | undefined;
};

export type ActorSupportsEdgeAggregationWhereInput = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  SupportsTie?: SupportsTieAggregationWhereInput | null | undefined;
};

export type ActorSupportsEdgeWhere = {
  /**
   * Relationship properties when source node is of type:
   * * Migrant
   * * Association
   * * Firm
   * * PublicAdministration
   * * Funder
   */
  SupportsTie?: SupportsTieWhere | null | undefined;
};

export type ActorSupportsNodeAggregationWhereInput = {
  AND?: Array<ActorSupportsNodeAggregationWhereInput> | null | undefined;
  NOT?: ActorSupportsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ActorSupportsNodeAggregationWhereInput> | null | undefined;
  budgetEur?: FloatScalarAggregationFilters | null | undefined;
};

export type ActorWhere = {
  AND?: Array<ActorWhere> | null | undefined;
  NOT?: ActorWhere | null | undefined;
  OR?: Array<ActorWhere> | null | undefined;
  altNames?: StringListFilters | null | undefined;
  attended?: EventRelationshipFilters | null | undefined;
  attendedConnection?: ActorAttendedConnectionFilters | null | undefined;
  basedIn?: RegionRelationshipFilters | null | undefined;
  basedInConnection?: ActorBasedInConnectionFilters | null | undefined;
  city?: StringScalarFilters | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  funds?: FundingRecipientRelationshipFilters | null | undefined;
  fundsConnection?: ActorFundsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  mentees?: MigrantRelationshipFilters | null | undefined;
  menteesConnection?: ActorMenteesConnectionFilters | null | undefined;
  mergedIds?: IdListFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  offers?: OpportunityRelationshipFilters | null | undefined;
  offersConnection?: ActorOffersConnectionFilters | null | undefined;
  partners?: ActorRelationshipFilters | null | undefined;
  partnersConnection?: ActorPartnersConnectionFilters | null | undefined;
  services?: SupportServiceListEnumScalarFilters | null | undefined;
  sources?: StringListFilters | null | undefined;
  supports?: ReturnProjectRelationshipFilters | null | undefined;
  supportsConnection?: ActorSupportsConnectionFilters | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  tags?: StringListFilters | null | undefined;
  typename?: Array<ActorImplementation> | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  website?: StringScalarFilters | null | undefined;
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

/** ApplicationStatus filters */
export type ApplicationStatusEnumScalarFilters = {
  eq?: ApplicationStatus | null | undefined;
  in?: Array<ApplicationStatus> | null | undefined;
};

export type AppliedToTieAggregationWhereInput = {
  AND?: Array<AppliedToTieAggregationWhereInput> | null | undefined;
  NOT?: AppliedToTieAggregationWhereInput | null | undefined;
  OR?: Array<AppliedToTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type AppliedToTieWhere = {
  AND?: Array<AppliedToTieWhere> | null | undefined;
  NOT?: AppliedToTieWhere | null | undefined;
  OR?: Array<AppliedToTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  status?: ApplicationStatusEnumScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type AssociationAttendedConnectionAggregateInput = {
  AND?: Array<AssociationAttendedConnectionAggregateInput> | null | undefined;
  NOT?: AssociationAttendedConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationAttendedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: AttendedTieAggregationWhereInput | null | undefined;
};

export type AssociationAttendedConnectionFilters = {
  /** Filter Associations by aggregating results on related ActorAttendedConnections */
  aggregate?: AssociationAttendedConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related ActorAttendedConnections match this filter */
  all?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Associations where none of the related ActorAttendedConnections match this filter */
  none?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Associations where one of the related ActorAttendedConnections match this filter */
  single?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Associations where some of the related ActorAttendedConnections match this filter */
  some?: ActorAttendedConnectionWhere | null | undefined;
};

export type AssociationBasedInConnectionAggregateInput = {
  AND?: Array<AssociationBasedInConnectionAggregateInput> | null | undefined;
  NOT?: AssociationBasedInConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationBasedInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: BasedInTieAggregationWhereInput | null | undefined;
  node?: AssociationBasedInNodeAggregationWhereInput | null | undefined;
};

export type AssociationBasedInConnectionFilters = {
  /** Filter Associations by aggregating results on related ActorBasedInConnections */
  aggregate?: AssociationBasedInConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related ActorBasedInConnections match this filter */
  all?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Associations where none of the related ActorBasedInConnections match this filter */
  none?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Associations where one of the related ActorBasedInConnections match this filter */
  single?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Associations where some of the related ActorBasedInConnections match this filter */
  some?: ActorBasedInConnectionWhere | null | undefined;
};

export type AssociationBasedInNodeAggregationWhereInput = {
  AND?: Array<AssociationBasedInNodeAggregationWhereInput> | null | undefined;
  NOT?: AssociationBasedInNodeAggregationWhereInput | null | undefined;
  OR?: Array<AssociationBasedInNodeAggregationWhereInput> | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
};

export type AssociationEmployeesConnectionAggregateInput = {
  AND?: Array<AssociationEmployeesConnectionAggregateInput> | null | undefined;
  NOT?: AssociationEmployeesConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationEmployeesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: EmploysTieAggregationWhereInput | null | undefined;
  node?: AssociationEmployeesNodeAggregationWhereInput | null | undefined;
};

export type AssociationEmployeesConnectionFilters = {
  /** Filter Associations by aggregating results on related AssociationEmployeesConnections */
  aggregate?: AssociationEmployeesConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related AssociationEmployeesConnections match this filter */
  all?: AssociationEmployeesConnectionWhere | null | undefined;
  /** Return Associations where none of the related AssociationEmployeesConnections match this filter */
  none?: AssociationEmployeesConnectionWhere | null | undefined;
  /** Return Associations where one of the related AssociationEmployeesConnections match this filter */
  single?: AssociationEmployeesConnectionWhere | null | undefined;
  /** Return Associations where some of the related AssociationEmployeesConnections match this filter */
  some?: AssociationEmployeesConnectionWhere | null | undefined;
};

export type AssociationEmployeesConnectionWhere = {
  AND?: Array<AssociationEmployeesConnectionWhere> | null | undefined;
  NOT?: AssociationEmployeesConnectionWhere | null | undefined;
  OR?: Array<AssociationEmployeesConnectionWhere> | null | undefined;
  edge?: EmploysTieWhere | null | undefined;
  node?: MigrantWhere | null | undefined;
};

export type AssociationEmployeesNodeAggregationWhereInput = {
  AND?: Array<AssociationEmployeesNodeAggregationWhereInput> | null | undefined;
  NOT?: AssociationEmployeesNodeAggregationWhereInput | null | undefined;
  OR?: Array<AssociationEmployeesNodeAggregationWhereInput> | null | undefined;
  education?: IntScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type AssociationFundedByConnectionAggregateInput = {
  AND?: Array<AssociationFundedByConnectionAggregateInput> | null | undefined;
  NOT?: AssociationFundedByConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationFundedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: FundsTieAggregationWhereInput | null | undefined;
};

export type AssociationFundedByConnectionFilters = {
  /** Filter Associations by aggregating results on related AssociationFundedByConnections */
  aggregate?: AssociationFundedByConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related AssociationFundedByConnections match this filter */
  all?: AssociationFundedByConnectionWhere | null | undefined;
  /** Return Associations where none of the related AssociationFundedByConnections match this filter */
  none?: AssociationFundedByConnectionWhere | null | undefined;
  /** Return Associations where one of the related AssociationFundedByConnections match this filter */
  single?: AssociationFundedByConnectionWhere | null | undefined;
  /** Return Associations where some of the related AssociationFundedByConnections match this filter */
  some?: AssociationFundedByConnectionWhere | null | undefined;
};

export type AssociationFundedByConnectionWhere = {
  AND?: Array<AssociationFundedByConnectionWhere> | null | undefined;
  NOT?: AssociationFundedByConnectionWhere | null | undefined;
  OR?: Array<AssociationFundedByConnectionWhere> | null | undefined;
  edge?: FundsTieWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type AssociationFundsConnectionAggregateInput = {
  AND?: Array<AssociationFundsConnectionAggregateInput> | null | undefined;
  NOT?: AssociationFundsConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationFundsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: FundsTieAggregationWhereInput | null | undefined;
};

export type AssociationFundsConnectionFilters = {
  /** Filter Associations by aggregating results on related ActorFundsConnections */
  aggregate?: AssociationFundsConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related ActorFundsConnections match this filter */
  all?: ActorFundsConnectionWhere | null | undefined;
  /** Return Associations where none of the related ActorFundsConnections match this filter */
  none?: ActorFundsConnectionWhere | null | undefined;
  /** Return Associations where one of the related ActorFundsConnections match this filter */
  single?: ActorFundsConnectionWhere | null | undefined;
  /** Return Associations where some of the related ActorFundsConnections match this filter */
  some?: ActorFundsConnectionWhere | null | undefined;
};

export type AssociationMemberOfConnectionAggregateInput = {
  AND?: Array<AssociationMemberOfConnectionAggregateInput> | null | undefined;
  NOT?: AssociationMemberOfConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationMemberOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MemberOfTieAggregationWhereInput | null | undefined;
  node?: AssociationMemberOfNodeAggregationWhereInput | null | undefined;
};

export type AssociationMemberOfConnectionFilters = {
  /** Filter Associations by aggregating results on related AssociationMemberOfConnections */
  aggregate?: AssociationMemberOfConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related AssociationMemberOfConnections match this filter */
  all?: AssociationMemberOfConnectionWhere | null | undefined;
  /** Return Associations where none of the related AssociationMemberOfConnections match this filter */
  none?: AssociationMemberOfConnectionWhere | null | undefined;
  /** Return Associations where one of the related AssociationMemberOfConnections match this filter */
  single?: AssociationMemberOfConnectionWhere | null | undefined;
  /** Return Associations where some of the related AssociationMemberOfConnections match this filter */
  some?: AssociationMemberOfConnectionWhere | null | undefined;
};

export type AssociationMemberOfConnectionWhere = {
  AND?: Array<AssociationMemberOfConnectionWhere> | null | undefined;
  NOT?: AssociationMemberOfConnectionWhere | null | undefined;
  OR?: Array<AssociationMemberOfConnectionWhere> | null | undefined;
  edge?: MemberOfTieWhere | null | undefined;
  node?: AssociationWhere | null | undefined;
};

export type AssociationMemberOfNodeAggregationWhereInput = {
  AND?: Array<AssociationMemberOfNodeAggregationWhereInput> | null | undefined;
  NOT?: AssociationMemberOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<AssociationMemberOfNodeAggregationWhereInput> | null | undefined;
  declaredMembers?: IntScalarAggregationFilters | null | undefined;
};

export type AssociationMembersConnectionAggregateInput = {
  AND?: Array<AssociationMembersConnectionAggregateInput> | null | undefined;
  NOT?: AssociationMembersConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationMembersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MemberOfTieAggregationWhereInput | null | undefined;
};

export type AssociationMembersConnectionFilters = {
  /** Filter Associations by aggregating results on related AssociationMembersConnections */
  aggregate?: AssociationMembersConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related AssociationMembersConnections match this filter */
  all?: AssociationMembersConnectionWhere | null | undefined;
  /** Return Associations where none of the related AssociationMembersConnections match this filter */
  none?: AssociationMembersConnectionWhere | null | undefined;
  /** Return Associations where one of the related AssociationMembersConnections match this filter */
  single?: AssociationMembersConnectionWhere | null | undefined;
  /** Return Associations where some of the related AssociationMembersConnections match this filter */
  some?: AssociationMembersConnectionWhere | null | undefined;
};

export type AssociationMembersConnectionWhere = {
  AND?: Array<AssociationMembersConnectionWhere> | null | undefined;
  NOT?: AssociationMembersConnectionWhere | null | undefined;
  OR?: Array<AssociationMembersConnectionWhere> | null | undefined;
  edge?: MemberOfTieWhere | null | undefined;
  node?: MemberWhere | null | undefined;
};

export type AssociationMenteesConnectionAggregateInput = {
  AND?: Array<AssociationMenteesConnectionAggregateInput> | null | undefined;
  NOT?: AssociationMenteesConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationMenteesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MentorsTieAggregationWhereInput | null | undefined;
  node?: AssociationMenteesNodeAggregationWhereInput | null | undefined;
};

export type AssociationMenteesConnectionFilters = {
  /** Filter Associations by aggregating results on related ActorMenteesConnections */
  aggregate?: AssociationMenteesConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related ActorMenteesConnections match this filter */
  all?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Associations where none of the related ActorMenteesConnections match this filter */
  none?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Associations where one of the related ActorMenteesConnections match this filter */
  single?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Associations where some of the related ActorMenteesConnections match this filter */
  some?: ActorMenteesConnectionWhere | null | undefined;
};

export type AssociationMenteesNodeAggregationWhereInput = {
  AND?: Array<AssociationMenteesNodeAggregationWhereInput> | null | undefined;
  NOT?: AssociationMenteesNodeAggregationWhereInput | null | undefined;
  OR?: Array<AssociationMenteesNodeAggregationWhereInput> | null | undefined;
  education?: IntScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type AssociationOffersConnectionAggregateInput = {
  AND?: Array<AssociationOffersConnectionAggregateInput> | null | undefined;
  NOT?: AssociationOffersConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationOffersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: OffersTieAggregationWhereInput | null | undefined;
  node?: AssociationOffersNodeAggregationWhereInput | null | undefined;
};

export type AssociationOffersConnectionFilters = {
  /** Filter Associations by aggregating results on related ActorOffersConnections */
  aggregate?: AssociationOffersConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related ActorOffersConnections match this filter */
  all?: ActorOffersConnectionWhere | null | undefined;
  /** Return Associations where none of the related ActorOffersConnections match this filter */
  none?: ActorOffersConnectionWhere | null | undefined;
  /** Return Associations where one of the related ActorOffersConnections match this filter */
  single?: ActorOffersConnectionWhere | null | undefined;
  /** Return Associations where some of the related ActorOffersConnections match this filter */
  some?: ActorOffersConnectionWhere | null | undefined;
};

export type AssociationOffersNodeAggregationWhereInput = {
  AND?: Array<AssociationOffersNodeAggregationWhereInput> | null | undefined;
  NOT?: AssociationOffersNodeAggregationWhereInput | null | undefined;
  OR?: Array<AssociationOffersNodeAggregationWhereInput> | null | undefined;
  minEducation?: IntScalarAggregationFilters | null | undefined;
};

export type AssociationPartnersConnectionAggregateInput = {
  AND?: Array<AssociationPartnersConnectionAggregateInput> | null | undefined;
  NOT?: AssociationPartnersConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationPartnersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: PartnersWithTieAggregationWhereInput | null | undefined;
};

export type AssociationPartnersConnectionFilters = {
  /** Filter Associations by aggregating results on related ActorPartnersConnections */
  aggregate?: AssociationPartnersConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related ActorPartnersConnections match this filter */
  all?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Associations where none of the related ActorPartnersConnections match this filter */
  none?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Associations where one of the related ActorPartnersConnections match this filter */
  single?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Associations where some of the related ActorPartnersConnections match this filter */
  some?: ActorPartnersConnectionWhere | null | undefined;
};

export type AssociationRelationshipFilters = {
  /** Filter type where all of the related Associations match this filter */
  all?: AssociationWhere | null | undefined;
  /** Filter type where none of the related Associations match this filter */
  none?: AssociationWhere | null | undefined;
  /** Filter type where one of the related Associations match this filter */
  single?: AssociationWhere | null | undefined;
  /** Filter type where some of the related Associations match this filter */
  some?: AssociationWhere | null | undefined;
};

export type AssociationSupportsConnectionAggregateInput = {
  AND?: Array<AssociationSupportsConnectionAggregateInput> | null | undefined;
  NOT?: AssociationSupportsConnectionAggregateInput | null | undefined;
  OR?: Array<AssociationSupportsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SupportsTieAggregationWhereInput | null | undefined;
  node?: AssociationSupportsNodeAggregationWhereInput | null | undefined;
};

export type AssociationSupportsConnectionFilters = {
  /** Filter Associations by aggregating results on related ActorSupportsConnections */
  aggregate?: AssociationSupportsConnectionAggregateInput | null | undefined;
  /** Return Associations where all of the related ActorSupportsConnections match this filter */
  all?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Associations where none of the related ActorSupportsConnections match this filter */
  none?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Associations where one of the related ActorSupportsConnections match this filter */
  single?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Associations where some of the related ActorSupportsConnections match this filter */
  some?: ActorSupportsConnectionWhere | null | undefined;
};

export type AssociationSupportsNodeAggregationWhereInput = {
  AND?: Array<AssociationSupportsNodeAggregationWhereInput> | null | undefined;
  NOT?: AssociationSupportsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AssociationSupportsNodeAggregationWhereInput> | null | undefined;
  budgetEur?: FloatScalarAggregationFilters | null | undefined;
};

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

/** AssociationType filters */
export type AssociationTypeEnumScalarFilters = {
  eq?: AssociationType | null | undefined;
  in?: Array<AssociationType> | null | undefined;
};

export type AssociationWhere = {
  AND?: Array<AssociationWhere> | null | undefined;
  NOT?: AssociationWhere | null | undefined;
  OR?: Array<AssociationWhere> | null | undefined;
  altNames?: StringListFilters | null | undefined;
  attended?: EventRelationshipFilters | null | undefined;
  attendedConnection?: AssociationAttendedConnectionFilters | null | undefined;
  basedIn?: RegionRelationshipFilters | null | undefined;
  basedInConnection?: AssociationBasedInConnectionFilters | null | undefined;
  city?: StringScalarFilters | null | undefined;
  closed?: DateScalarFilters | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  declaredMembers?: IntScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  employees?: MigrantRelationshipFilters | null | undefined;
  employeesConnection?: AssociationEmployeesConnectionFilters | null | undefined;
  founded?: DateScalarFilters | null | undefined;
  foundedYear?: IntScalarFilters | null | undefined;
  fundedBy?: ActorRelationshipFilters | null | undefined;
  fundedByConnection?: AssociationFundedByConnectionFilters | null | undefined;
  funds?: FundingRecipientRelationshipFilters | null | undefined;
  fundsConnection?: AssociationFundsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  memberOf?: AssociationRelationshipFilters | null | undefined;
  memberOfConnection?: AssociationMemberOfConnectionFilters | null | undefined;
  members?: MemberRelationshipFilters | null | undefined;
  membersConnection?: AssociationMembersConnectionFilters | null | undefined;
  mentees?: MigrantRelationshipFilters | null | undefined;
  menteesConnection?: AssociationMenteesConnectionFilters | null | undefined;
  mergedIds?: IdListFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  offers?: OpportunityRelationshipFilters | null | undefined;
  offersConnection?: AssociationOffersConnectionFilters | null | undefined;
  partners?: ActorRelationshipFilters | null | undefined;
  partnersConnection?: AssociationPartnersConnectionFilters | null | undefined;
  services?: SupportServiceListEnumScalarFilters | null | undefined;
  sources?: StringListFilters | null | undefined;
  supports?: ReturnProjectRelationshipFilters | null | undefined;
  supportsConnection?: AssociationSupportsConnectionFilters | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  tags?: StringListFilters | null | undefined;
  type?: AssociationTypeEnumScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  website?: StringScalarFilters | null | undefined;
};

/** The part an actor played at an event. */
export type AttendanceRole =
  /** Organised it. */
  | 'ORGANISER'
  /** Took part. */
  | 'PARTICIPANT'
  /** Spoke at it. */
  | 'SPEAKER';

/** AttendanceRole filters */
export type AttendanceRoleEnumScalarFilters = {
  eq?: AttendanceRole | null | undefined;
  in?: Array<AttendanceRole> | null | undefined;
};

export type AttendedTieAggregationWhereInput = {
  AND?: Array<AttendedTieAggregationWhereInput> | null | undefined;
  NOT?: AttendedTieAggregationWhereInput | null | undefined;
  OR?: Array<AttendedTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type AttendedTieWhere = {
  AND?: Array<AttendedTieWhere> | null | undefined;
  NOT?: AttendedTieWhere | null | undefined;
  OR?: Array<AttendedTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  role?: AttendanceRoleEnumScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type BasedInTieAggregationWhereInput = {
  AND?: Array<BasedInTieAggregationWhereInput> | null | undefined;
  NOT?: BasedInTieAggregationWhereInput | null | undefined;
  OR?: Array<BasedInTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type BasedInTieWhere = {
  AND?: Array<BasedInTieWhere> | null | undefined;
  NOT?: BasedInTieWhere | null | undefined;
  OR?: Array<BasedInTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: boolean | null | undefined;
};

/** How ties are read as directed steps for brokerage roles. */
export type BrokerageOrientation =
  /** Every tie both ways (then representative and gatekeeper counts are equal). */
  | 'BOTH_WAYS'
  /** Each tie as stored (the mentor to the mentee, the funder to the funded, the member to the association, the employer to the employee); PARTNERS_WITH both ways. */
  | 'TIE_DIRECTION';

/** Names the tie of a change to revert: with `revertChange`'s `id` (the node the tie starts from), its type and the node it points to. */
export type ChangedTieInput = {
  /** The id of the node the tie points to (as stored). */
  to: string | number;
  /** The relationship type. */
  type: TieType;
};

/** Which field a column fills, when its heading is not a field name or a known alias. */
export type ColumnMapping = {
  /** The Ponte field it fills; null or "-" skips the column. */
  field?: string | null | undefined;
  /** The column's heading as written in the file (case, spaces and accents do not matter). */
  header: string;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: IntScalarFilters | null | undefined;
  nodes?: IntScalarFilters | null | undefined;
};

/** How far a migrant agreed to be visible in Ponte (docs/architecture.md#who-sees-what). */
export type Consent =
  /** Visible by name (never personal fields) to the network's partners and to staff; to analysts as "a migrant (no consent to be named)". */
  | 'NETWORK'
  /** No consent: below staff the person appears only in counts; graph answers (paths, neighbourhoods, matches, brokers) are computed without them and their ties, not even as a masked hop. */
  | 'NONE'
  /** Visible by name to analysts, partners and staff (anonymous visitors see migrants only as counts). */
  | 'PUBLIC';

/** Consent filters */
export type ConsentEnumScalarFilters = {
  eq?: Consent | null | undefined;
  in?: Array<Consent> | null | undefined;
};

/** Which side of the corridor a record belongs to. */
export type Country =
  /** International: bodies that belong to neither side (IOM, ILO, the EU, international funds). */
  | 'INTL'
  /** Italy. */
  | 'IT'
  /** Morocco. */
  | 'MA';

/** Country filters */
export type CountryEnumScalarFilters = {
  eq?: Country | null | undefined;
  in?: Array<Country> | null | undefined;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type EmployerImplementation =
  | 'Association'
  | 'Firm'
  | 'PublicAdministration';

export type EmployerRelationshipFilters = {
  /** Filter type where all of the related Employers match this filter */
  all?: EmployerWhere | null | undefined;
  /** Filter type where none of the related Employers match this filter */
  none?: EmployerWhere | null | undefined;
  /** Filter type where one of the related Employers match this filter */
  single?: EmployerWhere | null | undefined;
  /** Filter type where some of the related Employers match this filter */
  some?: EmployerWhere | null | undefined;
};

export type EmployerWhere = {
  AND?: Array<EmployerWhere> | null | undefined;
  NOT?: EmployerWhere | null | undefined;
  OR?: Array<EmployerWhere> | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  typename?: Array<EmployerImplementation> | null | undefined;
};

export type EmploysTieAggregationWhereInput = {
  AND?: Array<EmploysTieAggregationWhereInput> | null | undefined;
  NOT?: EmploysTieAggregationWhereInput | null | undefined;
  OR?: Array<EmploysTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type EmploysTieWhere = {
  AND?: Array<EmploysTieWhere> | null | undefined;
  NOT?: EmploysTieWhere | null | undefined;
  OR?: Array<EmploysTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  jobTitle?: StringScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  occupationLevel?: IntScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type EventAttendeesConnectionAggregateInput = {
  AND?: Array<EventAttendeesConnectionAggregateInput> | null | undefined;
  NOT?: EventAttendeesConnectionAggregateInput | null | undefined;
  OR?: Array<EventAttendeesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: AttendedTieAggregationWhereInput | null | undefined;
};

export type EventAttendeesConnectionFilters = {
  /** Filter Events by aggregating results on related EventAttendeesConnections */
  aggregate?: EventAttendeesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventAttendeesConnections match this filter */
  all?: EventAttendeesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventAttendeesConnections match this filter */
  none?: EventAttendeesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventAttendeesConnections match this filter */
  single?: EventAttendeesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventAttendeesConnections match this filter */
  some?: EventAttendeesConnectionWhere | null | undefined;
};

export type EventAttendeesConnectionWhere = {
  AND?: Array<EventAttendeesConnectionWhere> | null | undefined;
  NOT?: EventAttendeesConnectionWhere | null | undefined;
  OR?: Array<EventAttendeesConnectionWhere> | null | undefined;
  edge?: AttendedTieWhere | null | undefined;
  node?: ActorWhere | null | undefined;
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

/** EventKind filters */
export type EventKindEnumScalarFilters = {
  eq?: EventKind | null | undefined;
  in?: Array<EventKind> | null | undefined;
};

export type EventRelationshipFilters = {
  /** Filter type where all of the related Events match this filter */
  all?: EventWhere | null | undefined;
  /** Filter type where none of the related Events match this filter */
  none?: EventWhere | null | undefined;
  /** Filter type where one of the related Events match this filter */
  single?: EventWhere | null | undefined;
  /** Filter type where some of the related Events match this filter */
  some?: EventWhere | null | undefined;
};

export type EventWhere = {
  AND?: Array<EventWhere> | null | undefined;
  NOT?: EventWhere | null | undefined;
  OR?: Array<EventWhere> | null | undefined;
  attendees?: ActorRelationshipFilters | null | undefined;
  attendeesConnection?: EventAttendeesConnectionFilters | null | undefined;
  city?: StringScalarFilters | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  date?: DateScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  sources?: StringListFilters | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  type?: EventKindEnumScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: FloatScalarFilters | null | undefined;
  min?: FloatScalarFilters | null | undefined;
  sum?: FloatScalarFilters | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
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

/** FundingInstrument filters */
export type FundingInstrumentEnumScalarFilters = {
  eq?: FundingInstrument | null | undefined;
  in?: Array<FundingInstrument> | null | undefined;
};

export type FundingRecipientImplementation =
  | 'Association'
  | 'Firm'
  | 'ReturnProject';

export type FundingRecipientRelationshipFilters = {
  /** Filter type where all of the related FundingRecipients match this filter */
  all?: FundingRecipientWhere | null | undefined;
  /** Filter type where none of the related FundingRecipients match this filter */
  none?: FundingRecipientWhere | null | undefined;
  /** Filter type where one of the related FundingRecipients match this filter */
  single?: FundingRecipientWhere | null | undefined;
  /** Filter type where some of the related FundingRecipients match this filter */
  some?: FundingRecipientWhere | null | undefined;
};

export type FundingRecipientWhere = {
  AND?: Array<FundingRecipientWhere> | null | undefined;
  NOT?: FundingRecipientWhere | null | undefined;
  OR?: Array<FundingRecipientWhere> | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  typename?: Array<FundingRecipientImplementation> | null | undefined;
};

export type FundsTieAggregationWhereInput = {
  AND?: Array<FundsTieAggregationWhereInput> | null | undefined;
  NOT?: FundsTieAggregationWhereInput | null | undefined;
  OR?: Array<FundsTieAggregationWhereInput> | null | undefined;
  amountEur?: FloatScalarAggregationFilters | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FundsTieWhere = {
  AND?: Array<FundsTieWhere> | null | undefined;
  NOT?: FundsTieWhere | null | undefined;
  OR?: Array<FundsTieWhere> | null | undefined;
  amountEur?: FloatScalarFilters | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  instrument?: FundingInstrumentEnumScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
  year?: IntScalarFilters | null | undefined;
};

/** Restricts which ties and nodes a graph question may use. Absent fields do not restrict. */
export type GraphFilter = {
  /** Only nodes and ties active on this day (docs/data-model.md#time): a node within its lifetime (founded–closed, opens–closes, started–ended, an event on its date), a tie within its since/until and both its ends' lifetimes. Absent: all of history. */
  asOf?: string | null | undefined;
  /** Only nodes of these countries (nodes without a country, such as projects, are allowed). */
  countries?: Array<Country> | null | undefined;
  /** Only nodes of these kinds (the endpoints asked for are always allowed). */
  kinds?: Array<NodeKind> | null | undefined;
  /** Only ties at least this certain (0–1). */
  minConfidence?: number | null | undefined;
  /** Only ties of these types. */
  relationshipTypes?: Array<TieType> | null | undefined;
  /** Only answers that join actors in Italy and in Morocco (paths that cross the border; for neighbourhoods, ties whose ends are in different countries). */
  transnationalOnly?: boolean | null | undefined;
};

/** ID list filters */
export type IdListFilters = {
  eq?: Array<string | number> | null | undefined;
  includes?: string | number | null | undefined;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: string | number | null | undefined;
  endsWith?: string | number | null | undefined;
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  startsWith?: string | number | null | undefined;
};

/** What an import does to one record. */
export type ImportAction =
  /** The record is new. */
  | 'CREATE'
  /** The record exists and some of its fields change. */
  | 'UPDATE';

/** How the `content` of `importRecords` is written. */
export type ImportFormat =
  /** Comma-, semicolon- or tab-separated values with a header row (RFC 4180), UTF-8. */
  | 'CSV'
  /** An array of records, or the seed format `{ "nodes": [...], "ties": [...] }` (seeds/README.md). */
  | 'JSON';

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

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: IntScalarFilters | null | undefined;
  min?: IntScalarFilters | null | undefined;
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
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

export type LeadsTieAggregationWhereInput = {
  AND?: Array<LeadsTieAggregationWhereInput> | null | undefined;
  NOT?: LeadsTieAggregationWhereInput | null | undefined;
  OR?: Array<LeadsTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type LeadsTieWhere = {
  AND?: Array<LeadsTieWhere> | null | undefined;
  NOT?: LeadsTieWhere | null | undefined;
  OR?: Array<LeadsTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  role?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type MemberImplementation =
  | 'Association'
  | 'Firm'
  | 'Migrant';

export type MemberOfTieAggregationWhereInput = {
  AND?: Array<MemberOfTieAggregationWhereInput> | null | undefined;
  NOT?: MemberOfTieAggregationWhereInput | null | undefined;
  OR?: Array<MemberOfTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type MemberOfTieWhere = {
  AND?: Array<MemberOfTieWhere> | null | undefined;
  NOT?: MemberOfTieWhere | null | undefined;
  OR?: Array<MemberOfTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  role?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type MemberRelationshipFilters = {
  /** Filter type where all of the related Members match this filter */
  all?: MemberWhere | null | undefined;
  /** Filter type where none of the related Members match this filter */
  none?: MemberWhere | null | undefined;
  /** Filter type where one of the related Members match this filter */
  single?: MemberWhere | null | undefined;
  /** Filter type where some of the related Members match this filter */
  some?: MemberWhere | null | undefined;
};

export type MemberWhere = {
  AND?: Array<MemberWhere> | null | undefined;
  NOT?: MemberWhere | null | undefined;
  OR?: Array<MemberWhere> | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  typename?: Array<MemberImplementation> | null | undefined;
};

export type MentorsTieAggregationWhereInput = {
  AND?: Array<MentorsTieAggregationWhereInput> | null | undefined;
  NOT?: MentorsTieAggregationWhereInput | null | undefined;
  OR?: Array<MentorsTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type MentorsTieWhere = {
  AND?: Array<MentorsTieWhere> | null | undefined;
  NOT?: MentorsTieWhere | null | undefined;
  OR?: Array<MentorsTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  topic?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type MigrantAppliedToConnectionAggregateInput = {
  AND?: Array<MigrantAppliedToConnectionAggregateInput> | null | undefined;
  NOT?: MigrantAppliedToConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantAppliedToConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: AppliedToTieAggregationWhereInput | null | undefined;
  node?: MigrantAppliedToNodeAggregationWhereInput | null | undefined;
};

export type MigrantAppliedToConnectionFilters = {
  /** Filter Migrants by aggregating results on related MigrantAppliedToConnections */
  aggregate?: MigrantAppliedToConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related MigrantAppliedToConnections match this filter */
  all?: MigrantAppliedToConnectionWhere | null | undefined;
  /** Return Migrants where none of the related MigrantAppliedToConnections match this filter */
  none?: MigrantAppliedToConnectionWhere | null | undefined;
  /** Return Migrants where one of the related MigrantAppliedToConnections match this filter */
  single?: MigrantAppliedToConnectionWhere | null | undefined;
  /** Return Migrants where some of the related MigrantAppliedToConnections match this filter */
  some?: MigrantAppliedToConnectionWhere | null | undefined;
};

export type MigrantAppliedToConnectionWhere = {
  AND?: Array<MigrantAppliedToConnectionWhere> | null | undefined;
  NOT?: MigrantAppliedToConnectionWhere | null | undefined;
  OR?: Array<MigrantAppliedToConnectionWhere> | null | undefined;
  edge?: AppliedToTieWhere | null | undefined;
  node?: OpportunityWhere | null | undefined;
};

export type MigrantAppliedToNodeAggregationWhereInput = {
  AND?: Array<MigrantAppliedToNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantAppliedToNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantAppliedToNodeAggregationWhereInput> | null | undefined;
  minEducation?: IntScalarAggregationFilters | null | undefined;
};

export type MigrantAttendedConnectionAggregateInput = {
  AND?: Array<MigrantAttendedConnectionAggregateInput> | null | undefined;
  NOT?: MigrantAttendedConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantAttendedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: AttendedTieAggregationWhereInput | null | undefined;
};

export type MigrantAttendedConnectionFilters = {
  /** Filter Migrants by aggregating results on related ActorAttendedConnections */
  aggregate?: MigrantAttendedConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related ActorAttendedConnections match this filter */
  all?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Migrants where none of the related ActorAttendedConnections match this filter */
  none?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Migrants where one of the related ActorAttendedConnections match this filter */
  single?: ActorAttendedConnectionWhere | null | undefined;
  /** Return Migrants where some of the related ActorAttendedConnections match this filter */
  some?: ActorAttendedConnectionWhere | null | undefined;
};

export type MigrantBasedInConnectionAggregateInput = {
  AND?: Array<MigrantBasedInConnectionAggregateInput> | null | undefined;
  NOT?: MigrantBasedInConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantBasedInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: BasedInTieAggregationWhereInput | null | undefined;
  node?: MigrantBasedInNodeAggregationWhereInput | null | undefined;
};

export type MigrantBasedInConnectionFilters = {
  /** Filter Migrants by aggregating results on related ActorBasedInConnections */
  aggregate?: MigrantBasedInConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related ActorBasedInConnections match this filter */
  all?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Migrants where none of the related ActorBasedInConnections match this filter */
  none?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Migrants where one of the related ActorBasedInConnections match this filter */
  single?: ActorBasedInConnectionWhere | null | undefined;
  /** Return Migrants where some of the related ActorBasedInConnections match this filter */
  some?: ActorBasedInConnectionWhere | null | undefined;
};

export type MigrantBasedInNodeAggregationWhereInput = {
  AND?: Array<MigrantBasedInNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantBasedInNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantBasedInNodeAggregationWhereInput> | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
};

export type MigrantEmployedByConnectionAggregateInput = {
  AND?: Array<MigrantEmployedByConnectionAggregateInput> | null | undefined;
  NOT?: MigrantEmployedByConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantEmployedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: EmploysTieAggregationWhereInput | null | undefined;
};

export type MigrantEmployedByConnectionFilters = {
  /** Filter Migrants by aggregating results on related MigrantEmployedByConnections */
  aggregate?: MigrantEmployedByConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related MigrantEmployedByConnections match this filter */
  all?: MigrantEmployedByConnectionWhere | null | undefined;
  /** Return Migrants where none of the related MigrantEmployedByConnections match this filter */
  none?: MigrantEmployedByConnectionWhere | null | undefined;
  /** Return Migrants where one of the related MigrantEmployedByConnections match this filter */
  single?: MigrantEmployedByConnectionWhere | null | undefined;
  /** Return Migrants where some of the related MigrantEmployedByConnections match this filter */
  some?: MigrantEmployedByConnectionWhere | null | undefined;
};

export type MigrantEmployedByConnectionWhere = {
  AND?: Array<MigrantEmployedByConnectionWhere> | null | undefined;
  NOT?: MigrantEmployedByConnectionWhere | null | undefined;
  OR?: Array<MigrantEmployedByConnectionWhere> | null | undefined;
  edge?: EmploysTieWhere | null | undefined;
  node?: EmployerWhere | null | undefined;
};

export type MigrantFundsConnectionAggregateInput = {
  AND?: Array<MigrantFundsConnectionAggregateInput> | null | undefined;
  NOT?: MigrantFundsConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantFundsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: FundsTieAggregationWhereInput | null | undefined;
};

export type MigrantFundsConnectionFilters = {
  /** Filter Migrants by aggregating results on related ActorFundsConnections */
  aggregate?: MigrantFundsConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related ActorFundsConnections match this filter */
  all?: ActorFundsConnectionWhere | null | undefined;
  /** Return Migrants where none of the related ActorFundsConnections match this filter */
  none?: ActorFundsConnectionWhere | null | undefined;
  /** Return Migrants where one of the related ActorFundsConnections match this filter */
  single?: ActorFundsConnectionWhere | null | undefined;
  /** Return Migrants where some of the related ActorFundsConnections match this filter */
  some?: ActorFundsConnectionWhere | null | undefined;
};

export type MigrantLeadsConnectionAggregateInput = {
  AND?: Array<MigrantLeadsConnectionAggregateInput> | null | undefined;
  NOT?: MigrantLeadsConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantLeadsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: LeadsTieAggregationWhereInput | null | undefined;
  node?: MigrantLeadsNodeAggregationWhereInput | null | undefined;
};

export type MigrantLeadsConnectionFilters = {
  /** Filter Migrants by aggregating results on related MigrantLeadsConnections */
  aggregate?: MigrantLeadsConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related MigrantLeadsConnections match this filter */
  all?: MigrantLeadsConnectionWhere | null | undefined;
  /** Return Migrants where none of the related MigrantLeadsConnections match this filter */
  none?: MigrantLeadsConnectionWhere | null | undefined;
  /** Return Migrants where one of the related MigrantLeadsConnections match this filter */
  single?: MigrantLeadsConnectionWhere | null | undefined;
  /** Return Migrants where some of the related MigrantLeadsConnections match this filter */
  some?: MigrantLeadsConnectionWhere | null | undefined;
};

export type MigrantLeadsConnectionWhere = {
  AND?: Array<MigrantLeadsConnectionWhere> | null | undefined;
  NOT?: MigrantLeadsConnectionWhere | null | undefined;
  OR?: Array<MigrantLeadsConnectionWhere> | null | undefined;
  edge?: LeadsTieWhere | null | undefined;
  node?: ReturnProjectWhere | null | undefined;
};

export type MigrantLeadsNodeAggregationWhereInput = {
  AND?: Array<MigrantLeadsNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantLeadsNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantLeadsNodeAggregationWhereInput> | null | undefined;
  budgetEur?: FloatScalarAggregationFilters | null | undefined;
};

export type MigrantMemberOfConnectionAggregateInput = {
  AND?: Array<MigrantMemberOfConnectionAggregateInput> | null | undefined;
  NOT?: MigrantMemberOfConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantMemberOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MemberOfTieAggregationWhereInput | null | undefined;
  node?: MigrantMemberOfNodeAggregationWhereInput | null | undefined;
};

export type MigrantMemberOfConnectionFilters = {
  /** Filter Migrants by aggregating results on related MigrantMemberOfConnections */
  aggregate?: MigrantMemberOfConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related MigrantMemberOfConnections match this filter */
  all?: MigrantMemberOfConnectionWhere | null | undefined;
  /** Return Migrants where none of the related MigrantMemberOfConnections match this filter */
  none?: MigrantMemberOfConnectionWhere | null | undefined;
  /** Return Migrants where one of the related MigrantMemberOfConnections match this filter */
  single?: MigrantMemberOfConnectionWhere | null | undefined;
  /** Return Migrants where some of the related MigrantMemberOfConnections match this filter */
  some?: MigrantMemberOfConnectionWhere | null | undefined;
};

export type MigrantMemberOfConnectionWhere = {
  AND?: Array<MigrantMemberOfConnectionWhere> | null | undefined;
  NOT?: MigrantMemberOfConnectionWhere | null | undefined;
  OR?: Array<MigrantMemberOfConnectionWhere> | null | undefined;
  edge?: MemberOfTieWhere | null | undefined;
  node?: AssociationWhere | null | undefined;
};

export type MigrantMemberOfNodeAggregationWhereInput = {
  AND?: Array<MigrantMemberOfNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantMemberOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantMemberOfNodeAggregationWhereInput> | null | undefined;
  declaredMembers?: IntScalarAggregationFilters | null | undefined;
};

export type MigrantMenteesConnectionAggregateInput = {
  AND?: Array<MigrantMenteesConnectionAggregateInput> | null | undefined;
  NOT?: MigrantMenteesConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantMenteesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MentorsTieAggregationWhereInput | null | undefined;
  node?: MigrantMenteesNodeAggregationWhereInput | null | undefined;
};

export type MigrantMenteesConnectionFilters = {
  /** Filter Migrants by aggregating results on related ActorMenteesConnections */
  aggregate?: MigrantMenteesConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related ActorMenteesConnections match this filter */
  all?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Migrants where none of the related ActorMenteesConnections match this filter */
  none?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Migrants where one of the related ActorMenteesConnections match this filter */
  single?: ActorMenteesConnectionWhere | null | undefined;
  /** Return Migrants where some of the related ActorMenteesConnections match this filter */
  some?: ActorMenteesConnectionWhere | null | undefined;
};

export type MigrantMenteesNodeAggregationWhereInput = {
  AND?: Array<MigrantMenteesNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantMenteesNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantMenteesNodeAggregationWhereInput> | null | undefined;
  education?: IntScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type MigrantMentoredByConnectionAggregateInput = {
  AND?: Array<MigrantMentoredByConnectionAggregateInput> | null | undefined;
  NOT?: MigrantMentoredByConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantMentoredByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MentorsTieAggregationWhereInput | null | undefined;
};

export type MigrantMentoredByConnectionFilters = {
  /** Filter Migrants by aggregating results on related MigrantMentoredByConnections */
  aggregate?: MigrantMentoredByConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related MigrantMentoredByConnections match this filter */
  all?: MigrantMentoredByConnectionWhere | null | undefined;
  /** Return Migrants where none of the related MigrantMentoredByConnections match this filter */
  none?: MigrantMentoredByConnectionWhere | null | undefined;
  /** Return Migrants where one of the related MigrantMentoredByConnections match this filter */
  single?: MigrantMentoredByConnectionWhere | null | undefined;
  /** Return Migrants where some of the related MigrantMentoredByConnections match this filter */
  some?: MigrantMentoredByConnectionWhere | null | undefined;
};

export type MigrantMentoredByConnectionWhere = {
  AND?: Array<MigrantMentoredByConnectionWhere> | null | undefined;
  NOT?: MigrantMentoredByConnectionWhere | null | undefined;
  OR?: Array<MigrantMentoredByConnectionWhere> | null | undefined;
  edge?: MentorsTieWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type MigrantOffersConnectionAggregateInput = {
  AND?: Array<MigrantOffersConnectionAggregateInput> | null | undefined;
  NOT?: MigrantOffersConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantOffersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: OffersTieAggregationWhereInput | null | undefined;
  node?: MigrantOffersNodeAggregationWhereInput | null | undefined;
};

export type MigrantOffersConnectionFilters = {
  /** Filter Migrants by aggregating results on related ActorOffersConnections */
  aggregate?: MigrantOffersConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related ActorOffersConnections match this filter */
  all?: ActorOffersConnectionWhere | null | undefined;
  /** Return Migrants where none of the related ActorOffersConnections match this filter */
  none?: ActorOffersConnectionWhere | null | undefined;
  /** Return Migrants where one of the related ActorOffersConnections match this filter */
  single?: ActorOffersConnectionWhere | null | undefined;
  /** Return Migrants where some of the related ActorOffersConnections match this filter */
  some?: ActorOffersConnectionWhere | null | undefined;
};

export type MigrantOffersNodeAggregationWhereInput = {
  AND?: Array<MigrantOffersNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantOffersNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantOffersNodeAggregationWhereInput> | null | undefined;
  minEducation?: IntScalarAggregationFilters | null | undefined;
};

export type MigrantOriginatesFromConnectionAggregateInput = {
  AND?: Array<MigrantOriginatesFromConnectionAggregateInput> | null | undefined;
  NOT?: MigrantOriginatesFromConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantOriginatesFromConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: OriginatesFromTieAggregationWhereInput | null | undefined;
  node?: MigrantOriginatesFromNodeAggregationWhereInput | null | undefined;
};

export type MigrantOriginatesFromConnectionFilters = {
  /** Filter Migrants by aggregating results on related MigrantOriginatesFromConnections */
  aggregate?: MigrantOriginatesFromConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related MigrantOriginatesFromConnections match this filter */
  all?: MigrantOriginatesFromConnectionWhere | null | undefined;
  /** Return Migrants where none of the related MigrantOriginatesFromConnections match this filter */
  none?: MigrantOriginatesFromConnectionWhere | null | undefined;
  /** Return Migrants where one of the related MigrantOriginatesFromConnections match this filter */
  single?: MigrantOriginatesFromConnectionWhere | null | undefined;
  /** Return Migrants where some of the related MigrantOriginatesFromConnections match this filter */
  some?: MigrantOriginatesFromConnectionWhere | null | undefined;
};

export type MigrantOriginatesFromConnectionWhere = {
  AND?: Array<MigrantOriginatesFromConnectionWhere> | null | undefined;
  NOT?: MigrantOriginatesFromConnectionWhere | null | undefined;
  OR?: Array<MigrantOriginatesFromConnectionWhere> | null | undefined;
  edge?: OriginatesFromTieWhere | null | undefined;
  node?: RegionWhere | null | undefined;
};

export type MigrantOriginatesFromNodeAggregationWhereInput = {
  AND?: Array<MigrantOriginatesFromNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantOriginatesFromNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantOriginatesFromNodeAggregationWhereInput> | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
};

export type MigrantPartnersConnectionAggregateInput = {
  AND?: Array<MigrantPartnersConnectionAggregateInput> | null | undefined;
  NOT?: MigrantPartnersConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantPartnersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: PartnersWithTieAggregationWhereInput | null | undefined;
};

export type MigrantPartnersConnectionFilters = {
  /** Filter Migrants by aggregating results on related ActorPartnersConnections */
  aggregate?: MigrantPartnersConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related ActorPartnersConnections match this filter */
  all?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Migrants where none of the related ActorPartnersConnections match this filter */
  none?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Migrants where one of the related ActorPartnersConnections match this filter */
  single?: ActorPartnersConnectionWhere | null | undefined;
  /** Return Migrants where some of the related ActorPartnersConnections match this filter */
  some?: ActorPartnersConnectionWhere | null | undefined;
};

export type MigrantRelationshipFilters = {
  /** Filter type where all of the related Migrants match this filter */
  all?: MigrantWhere | null | undefined;
  /** Filter type where none of the related Migrants match this filter */
  none?: MigrantWhere | null | undefined;
  /** Filter type where one of the related Migrants match this filter */
  single?: MigrantWhere | null | undefined;
  /** Filter type where some of the related Migrants match this filter */
  some?: MigrantWhere | null | undefined;
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

/** MigrantStatus filters */
export type MigrantStatusEnumScalarFilters = {
  eq?: MigrantStatus | null | undefined;
  in?: Array<MigrantStatus> | null | undefined;
};

export type MigrantSupportsConnectionAggregateInput = {
  AND?: Array<MigrantSupportsConnectionAggregateInput> | null | undefined;
  NOT?: MigrantSupportsConnectionAggregateInput | null | undefined;
  OR?: Array<MigrantSupportsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SupportsTieAggregationWhereInput | null | undefined;
  node?: MigrantSupportsNodeAggregationWhereInput | null | undefined;
};

export type MigrantSupportsConnectionFilters = {
  /** Filter Migrants by aggregating results on related ActorSupportsConnections */
  aggregate?: MigrantSupportsConnectionAggregateInput | null | undefined;
  /** Return Migrants where all of the related ActorSupportsConnections match this filter */
  all?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Migrants where none of the related ActorSupportsConnections match this filter */
  none?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Migrants where one of the related ActorSupportsConnections match this filter */
  single?: ActorSupportsConnectionWhere | null | undefined;
  /** Return Migrants where some of the related ActorSupportsConnections match this filter */
  some?: ActorSupportsConnectionWhere | null | undefined;
};

export type MigrantSupportsNodeAggregationWhereInput = {
  AND?: Array<MigrantSupportsNodeAggregationWhereInput> | null | undefined;
  NOT?: MigrantSupportsNodeAggregationWhereInput | null | undefined;
  OR?: Array<MigrantSupportsNodeAggregationWhereInput> | null | undefined;
  budgetEur?: FloatScalarAggregationFilters | null | undefined;
};

export type MigrantWhere = {
  AND?: Array<MigrantWhere> | null | undefined;
  NOT?: MigrantWhere | null | undefined;
  OR?: Array<MigrantWhere> | null | undefined;
  altNames?: StringListFilters | null | undefined;
  appliedTo?: OpportunityRelationshipFilters | null | undefined;
  appliedToConnection?: MigrantAppliedToConnectionFilters | null | undefined;
  attended?: EventRelationshipFilters | null | undefined;
  attendedConnection?: MigrantAttendedConnectionFilters | null | undefined;
  basedIn?: RegionRelationshipFilters | null | undefined;
  basedInConnection?: MigrantBasedInConnectionFilters | null | undefined;
  city?: StringScalarFilters | null | undefined;
  consent?: ConsentEnumScalarFilters | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  education?: IntScalarFilters | null | undefined;
  employedBy?: EmployerRelationshipFilters | null | undefined;
  employedByConnection?: MigrantEmployedByConnectionFilters | null | undefined;
  fieldOfStudy?: StringScalarFilters | null | undefined;
  funds?: FundingRecipientRelationshipFilters | null | undefined;
  fundsConnection?: MigrantFundsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  languages?: StringListFilters | null | undefined;
  leads?: ReturnProjectRelationshipFilters | null | undefined;
  leadsConnection?: MigrantLeadsConnectionFilters | null | undefined;
  memberOf?: AssociationRelationshipFilters | null | undefined;
  memberOfConnection?: MigrantMemberOfConnectionFilters | null | undefined;
  mentees?: MigrantRelationshipFilters | null | undefined;
  menteesConnection?: MigrantMenteesConnectionFilters | null | undefined;
  mentoredBy?: ActorRelationshipFilters | null | undefined;
  mentoredByConnection?: MigrantMentoredByConnectionFilters | null | undefined;
  mergedIds?: IdListFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  occupation?: StringScalarFilters | null | undefined;
  occupationLevel?: IntScalarFilters | null | undefined;
  offers?: OpportunityRelationshipFilters | null | undefined;
  offersConnection?: MigrantOffersConnectionFilters | null | undefined;
  originatesFrom?: RegionRelationshipFilters | null | undefined;
  originatesFromConnection?: MigrantOriginatesFromConnectionFilters | null | undefined;
  partners?: ActorRelationshipFilters | null | undefined;
  partnersConnection?: MigrantPartnersConnectionFilters | null | undefined;
  services?: SupportServiceListEnumScalarFilters | null | undefined;
  skills?: StringListFilters | null | undefined;
  sources?: StringListFilters | null | undefined;
  status?: MigrantStatusEnumScalarFilters | null | undefined;
  supports?: ReturnProjectRelationshipFilters | null | undefined;
  supportsConnection?: MigrantSupportsConnectionFilters | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  tags?: StringListFilters | null | undefined;
  underemployed?: BooleanScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  website?: StringScalarFilters | null | undefined;
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

export type OffersTieAggregationWhereInput = {
  AND?: Array<OffersTieAggregationWhereInput> | null | undefined;
  NOT?: OffersTieAggregationWhereInput | null | undefined;
  OR?: Array<OffersTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type OffersTieWhere = {
  AND?: Array<OffersTieWhere> | null | undefined;
  NOT?: OffersTieWhere | null | undefined;
  OR?: Array<OffersTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type OpportunityApplicantsConnectionAggregateInput = {
  AND?: Array<OpportunityApplicantsConnectionAggregateInput> | null | undefined;
  NOT?: OpportunityApplicantsConnectionAggregateInput | null | undefined;
  OR?: Array<OpportunityApplicantsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: AppliedToTieAggregationWhereInput | null | undefined;
  node?: OpportunityApplicantsNodeAggregationWhereInput | null | undefined;
};

export type OpportunityApplicantsConnectionFilters = {
  /** Filter Opportunities by aggregating results on related OpportunityApplicantsConnections */
  aggregate?: OpportunityApplicantsConnectionAggregateInput | null | undefined;
  /** Return Opportunities where all of the related OpportunityApplicantsConnections match this filter */
  all?: OpportunityApplicantsConnectionWhere | null | undefined;
  /** Return Opportunities where none of the related OpportunityApplicantsConnections match this filter */
  none?: OpportunityApplicantsConnectionWhere | null | undefined;
  /** Return Opportunities where one of the related OpportunityApplicantsConnections match this filter */
  single?: OpportunityApplicantsConnectionWhere | null | undefined;
  /** Return Opportunities where some of the related OpportunityApplicantsConnections match this filter */
  some?: OpportunityApplicantsConnectionWhere | null | undefined;
};

export type OpportunityApplicantsConnectionWhere = {
  AND?: Array<OpportunityApplicantsConnectionWhere> | null | undefined;
  NOT?: OpportunityApplicantsConnectionWhere | null | undefined;
  OR?: Array<OpportunityApplicantsConnectionWhere> | null | undefined;
  edge?: AppliedToTieWhere | null | undefined;
  node?: MigrantWhere | null | undefined;
};

export type OpportunityApplicantsNodeAggregationWhereInput = {
  AND?: Array<OpportunityApplicantsNodeAggregationWhereInput> | null | undefined;
  NOT?: OpportunityApplicantsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OpportunityApplicantsNodeAggregationWhereInput> | null | undefined;
  education?: IntScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type OpportunityOfferedByConnectionAggregateInput = {
  AND?: Array<OpportunityOfferedByConnectionAggregateInput> | null | undefined;
  NOT?: OpportunityOfferedByConnectionAggregateInput | null | undefined;
  OR?: Array<OpportunityOfferedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: OffersTieAggregationWhereInput | null | undefined;
};

export type OpportunityOfferedByConnectionFilters = {
  /** Filter Opportunities by aggregating results on related OpportunityOfferedByConnections */
  aggregate?: OpportunityOfferedByConnectionAggregateInput | null | undefined;
  /** Return Opportunities where all of the related OpportunityOfferedByConnections match this filter */
  all?: OpportunityOfferedByConnectionWhere | null | undefined;
  /** Return Opportunities where none of the related OpportunityOfferedByConnections match this filter */
  none?: OpportunityOfferedByConnectionWhere | null | undefined;
  /** Return Opportunities where one of the related OpportunityOfferedByConnections match this filter */
  single?: OpportunityOfferedByConnectionWhere | null | undefined;
  /** Return Opportunities where some of the related OpportunityOfferedByConnections match this filter */
  some?: OpportunityOfferedByConnectionWhere | null | undefined;
};

export type OpportunityOfferedByConnectionWhere = {
  AND?: Array<OpportunityOfferedByConnectionWhere> | null | undefined;
  NOT?: OpportunityOfferedByConnectionWhere | null | undefined;
  OR?: Array<OpportunityOfferedByConnectionWhere> | null | undefined;
  edge?: OffersTieWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type OpportunityRelationshipFilters = {
  /** Filter type where all of the related Opportunities match this filter */
  all?: OpportunityWhere | null | undefined;
  /** Filter type where none of the related Opportunities match this filter */
  none?: OpportunityWhere | null | undefined;
  /** Filter type where one of the related Opportunities match this filter */
  single?: OpportunityWhere | null | undefined;
  /** Filter type where some of the related Opportunities match this filter */
  some?: OpportunityWhere | null | undefined;
};

export type OpportunityTargetsConnectionAggregateInput = {
  AND?: Array<OpportunityTargetsConnectionAggregateInput> | null | undefined;
  NOT?: OpportunityTargetsConnectionAggregateInput | null | undefined;
  OR?: Array<OpportunityTargetsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TargetsTieAggregationWhereInput | null | undefined;
  node?: OpportunityTargetsNodeAggregationWhereInput | null | undefined;
};

export type OpportunityTargetsConnectionFilters = {
  /** Filter Opportunities by aggregating results on related OpportunityTargetsConnections */
  aggregate?: OpportunityTargetsConnectionAggregateInput | null | undefined;
  /** Return Opportunities where all of the related OpportunityTargetsConnections match this filter */
  all?: OpportunityTargetsConnectionWhere | null | undefined;
  /** Return Opportunities where none of the related OpportunityTargetsConnections match this filter */
  none?: OpportunityTargetsConnectionWhere | null | undefined;
  /** Return Opportunities where one of the related OpportunityTargetsConnections match this filter */
  single?: OpportunityTargetsConnectionWhere | null | undefined;
  /** Return Opportunities where some of the related OpportunityTargetsConnections match this filter */
  some?: OpportunityTargetsConnectionWhere | null | undefined;
};

export type OpportunityTargetsConnectionWhere = {
  AND?: Array<OpportunityTargetsConnectionWhere> | null | undefined;
  NOT?: OpportunityTargetsConnectionWhere | null | undefined;
  OR?: Array<OpportunityTargetsConnectionWhere> | null | undefined;
  edge?: TargetsTieWhere | null | undefined;
  node?: RegionWhere | null | undefined;
};

export type OpportunityTargetsNodeAggregationWhereInput = {
  AND?: Array<OpportunityTargetsNodeAggregationWhereInput> | null | undefined;
  NOT?: OpportunityTargetsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OpportunityTargetsNodeAggregationWhereInput> | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
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

/** OpportunityType filters */
export type OpportunityTypeEnumScalarFilters = {
  eq?: OpportunityType | null | undefined;
  in?: Array<OpportunityType> | null | undefined;
};

export type OpportunityWhere = {
  AND?: Array<OpportunityWhere> | null | undefined;
  NOT?: OpportunityWhere | null | undefined;
  OR?: Array<OpportunityWhere> | null | undefined;
  applicants?: MigrantRelationshipFilters | null | undefined;
  applicantsConnection?: OpportunityApplicantsConnectionFilters | null | undefined;
  city?: StringScalarFilters | null | undefined;
  closes?: DateScalarFilters | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  minEducation?: IntScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  offeredBy?: ActorRelationshipFilters | null | undefined;
  offeredByConnection?: OpportunityOfferedByConnectionFilters | null | undefined;
  opens?: DateScalarFilters | null | undefined;
  requiredSkills?: StringListFilters | null | undefined;
  sector?: StringScalarFilters | null | undefined;
  sources?: StringListFilters | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  targets?: RegionRelationshipFilters | null | undefined;
  targetsConnection?: OpportunityTargetsConnectionFilters | null | undefined;
  type?: OpportunityTypeEnumScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type OriginatesFromTieAggregationWhereInput = {
  AND?: Array<OriginatesFromTieAggregationWhereInput> | null | undefined;
  NOT?: OriginatesFromTieAggregationWhereInput | null | undefined;
  OR?: Array<OriginatesFromTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type OriginatesFromTieWhere = {
  AND?: Array<OriginatesFromTieWhere> | null | undefined;
  NOT?: OriginatesFromTieWhere | null | undefined;
  OR?: Array<OriginatesFromTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type PartnersWithTieAggregationWhereInput = {
  AND?: Array<PartnersWithTieAggregationWhereInput> | null | undefined;
  NOT?: PartnersWithTieAggregationWhereInput | null | undefined;
  OR?: Array<PartnersWithTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type PartnersWithTieWhere = {
  AND?: Array<PartnersWithTieWhere> | null | undefined;
  NOT?: PartnersWithTieWhere | null | undefined;
  OR?: Array<PartnersWithTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  kind?: PartnershipKindEnumScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

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

/** PartnershipKind filters */
export type PartnershipKindEnumScalarFilters = {
  eq?: PartnershipKind | null | undefined;
  in?: Array<PartnershipKind> | null | undefined;
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

/** ProjectStage filters */
export type ProjectStageEnumScalarFilters = {
  eq?: ProjectStage | null | undefined;
  in?: Array<ProjectStage> | null | undefined;
};

/** The kind of return project. */
export type ProjectType =
  /** A productive investment. */
  | 'INVESTMENT'
  /** A non-profit cooperation project in the region of origin. */
  | 'NONPROFIT_COOPERATION'
  /** A small business or self-employment. */
  | 'SMALL_BUSINESS';

/** ProjectType filters */
export type ProjectTypeEnumScalarFilters = {
  eq?: ProjectType | null | undefined;
  in?: Array<ProjectType> | null | undefined;
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

export type RegionActorsBasedHereConnectionAggregateInput = {
  AND?: Array<RegionActorsBasedHereConnectionAggregateInput> | null | undefined;
  NOT?: RegionActorsBasedHereConnectionAggregateInput | null | undefined;
  OR?: Array<RegionActorsBasedHereConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: BasedInTieAggregationWhereInput | null | undefined;
};

export type RegionActorsBasedHereConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionActorsBasedHereConnections */
  aggregate?: RegionActorsBasedHereConnectionAggregateInput | null | undefined;
  /** Return Regions where all of the related RegionActorsBasedHereConnections match this filter */
  all?: RegionActorsBasedHereConnectionWhere | null | undefined;
  /** Return Regions where none of the related RegionActorsBasedHereConnections match this filter */
  none?: RegionActorsBasedHereConnectionWhere | null | undefined;
  /** Return Regions where one of the related RegionActorsBasedHereConnections match this filter */
  single?: RegionActorsBasedHereConnectionWhere | null | undefined;
  /** Return Regions where some of the related RegionActorsBasedHereConnections match this filter */
  some?: RegionActorsBasedHereConnectionWhere | null | undefined;
};

export type RegionActorsBasedHereConnectionWhere = {
  AND?: Array<RegionActorsBasedHereConnectionWhere> | null | undefined;
  NOT?: RegionActorsBasedHereConnectionWhere | null | undefined;
  OR?: Array<RegionActorsBasedHereConnectionWhere> | null | undefined;
  edge?: BasedInTieWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type RegionMigrantsFromHereConnectionAggregateInput = {
  AND?: Array<RegionMigrantsFromHereConnectionAggregateInput> | null | undefined;
  NOT?: RegionMigrantsFromHereConnectionAggregateInput | null | undefined;
  OR?: Array<RegionMigrantsFromHereConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: OriginatesFromTieAggregationWhereInput | null | undefined;
  node?: RegionMigrantsFromHereNodeAggregationWhereInput | null | undefined;
};

export type RegionMigrantsFromHereConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionMigrantsFromHereConnections */
  aggregate?: RegionMigrantsFromHereConnectionAggregateInput | null | undefined;
  /** Return Regions where all of the related RegionMigrantsFromHereConnections match this filter */
  all?: RegionMigrantsFromHereConnectionWhere | null | undefined;
  /** Return Regions where none of the related RegionMigrantsFromHereConnections match this filter */
  none?: RegionMigrantsFromHereConnectionWhere | null | undefined;
  /** Return Regions where one of the related RegionMigrantsFromHereConnections match this filter */
  single?: RegionMigrantsFromHereConnectionWhere | null | undefined;
  /** Return Regions where some of the related RegionMigrantsFromHereConnections match this filter */
  some?: RegionMigrantsFromHereConnectionWhere | null | undefined;
};

export type RegionMigrantsFromHereConnectionWhere = {
  AND?: Array<RegionMigrantsFromHereConnectionWhere> | null | undefined;
  NOT?: RegionMigrantsFromHereConnectionWhere | null | undefined;
  OR?: Array<RegionMigrantsFromHereConnectionWhere> | null | undefined;
  edge?: OriginatesFromTieWhere | null | undefined;
  node?: MigrantWhere | null | undefined;
};

export type RegionMigrantsFromHereNodeAggregationWhereInput = {
  AND?: Array<RegionMigrantsFromHereNodeAggregationWhereInput> | null | undefined;
  NOT?: RegionMigrantsFromHereNodeAggregationWhereInput | null | undefined;
  OR?: Array<RegionMigrantsFromHereNodeAggregationWhereInput> | null | undefined;
  education?: IntScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type RegionRelationshipFilters = {
  /** Filter type where all of the related Regions match this filter */
  all?: RegionWhere | null | undefined;
  /** Filter type where none of the related Regions match this filter */
  none?: RegionWhere | null | undefined;
  /** Filter type where one of the related Regions match this filter */
  single?: RegionWhere | null | undefined;
  /** Filter type where some of the related Regions match this filter */
  some?: RegionWhere | null | undefined;
};

export type RegionTargetedByConnectionAggregateInput = {
  AND?: Array<RegionTargetedByConnectionAggregateInput> | null | undefined;
  NOT?: RegionTargetedByConnectionAggregateInput | null | undefined;
  OR?: Array<RegionTargetedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TargetsTieAggregationWhereInput | null | undefined;
};

export type RegionTargetedByConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionTargetedByConnections */
  aggregate?: RegionTargetedByConnectionAggregateInput | null | undefined;
  /** Return Regions where all of the related RegionTargetedByConnections match this filter */
  all?: RegionTargetedByConnectionWhere | null | undefined;
  /** Return Regions where none of the related RegionTargetedByConnections match this filter */
  none?: RegionTargetedByConnectionWhere | null | undefined;
  /** Return Regions where one of the related RegionTargetedByConnections match this filter */
  single?: RegionTargetedByConnectionWhere | null | undefined;
  /** Return Regions where some of the related RegionTargetedByConnections match this filter */
  some?: RegionTargetedByConnectionWhere | null | undefined;
};

export type RegionTargetedByConnectionWhere = {
  AND?: Array<RegionTargetedByConnectionWhere> | null | undefined;
  NOT?: RegionTargetedByConnectionWhere | null | undefined;
  OR?: Array<RegionTargetedByConnectionWhere> | null | undefined;
  edge?: TargetsTieWhere | null | undefined;
  node?: RegionTargeterWhere | null | undefined;
};

export type RegionTargeterImplementation =
  | 'Opportunity'
  | 'ReturnProject';

export type RegionTargeterRelationshipFilters = {
  /** Filter type where all of the related RegionTargeters match this filter */
  all?: RegionTargeterWhere | null | undefined;
  /** Filter type where none of the related RegionTargeters match this filter */
  none?: RegionTargeterWhere | null | undefined;
  /** Filter type where one of the related RegionTargeters match this filter */
  single?: RegionTargeterWhere | null | undefined;
  /** Filter type where some of the related RegionTargeters match this filter */
  some?: RegionTargeterWhere | null | undefined;
};

export type RegionTargeterWhere = {
  AND?: Array<RegionTargeterWhere> | null | undefined;
  NOT?: RegionTargeterWhere | null | undefined;
  OR?: Array<RegionTargeterWhere> | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  typename?: Array<RegionTargeterImplementation> | null | undefined;
};

export type RegionWhere = {
  AND?: Array<RegionWhere> | null | undefined;
  NOT?: RegionWhere | null | undefined;
  OR?: Array<RegionWhere> | null | undefined;
  actorsBasedHere?: ActorRelationshipFilters | null | undefined;
  actorsBasedHereConnection?: RegionActorsBasedHereConnectionFilters | null | undefined;
  altNames?: StringListFilters | null | undefined;
  code?: StringScalarFilters | null | undefined;
  country?: CountryEnumScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  lat?: FloatScalarFilters | null | undefined;
  lon?: FloatScalarFilters | null | undefined;
  migrantsFromHere?: MigrantRelationshipFilters | null | undefined;
  migrantsFromHereConnection?: RegionMigrantsFromHereConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  sources?: StringListFilters | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  targetedBy?: RegionTargeterRelationshipFilters | null | undefined;
  targetedByConnection?: RegionTargetedByConnectionFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

export type ReturnProjectFundedByConnectionAggregateInput = {
  AND?: Array<ReturnProjectFundedByConnectionAggregateInput> | null | undefined;
  NOT?: ReturnProjectFundedByConnectionAggregateInput | null | undefined;
  OR?: Array<ReturnProjectFundedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: FundsTieAggregationWhereInput | null | undefined;
};

export type ReturnProjectFundedByConnectionFilters = {
  /** Filter ReturnProjects by aggregating results on related ReturnProjectFundedByConnections */
  aggregate?: ReturnProjectFundedByConnectionAggregateInput | null | undefined;
  /** Return ReturnProjects where all of the related ReturnProjectFundedByConnections match this filter */
  all?: ReturnProjectFundedByConnectionWhere | null | undefined;
  /** Return ReturnProjects where none of the related ReturnProjectFundedByConnections match this filter */
  none?: ReturnProjectFundedByConnectionWhere | null | undefined;
  /** Return ReturnProjects where one of the related ReturnProjectFundedByConnections match this filter */
  single?: ReturnProjectFundedByConnectionWhere | null | undefined;
  /** Return ReturnProjects where some of the related ReturnProjectFundedByConnections match this filter */
  some?: ReturnProjectFundedByConnectionWhere | null | undefined;
};

export type ReturnProjectFundedByConnectionWhere = {
  AND?: Array<ReturnProjectFundedByConnectionWhere> | null | undefined;
  NOT?: ReturnProjectFundedByConnectionWhere | null | undefined;
  OR?: Array<ReturnProjectFundedByConnectionWhere> | null | undefined;
  edge?: FundsTieWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type ReturnProjectLeadersConnectionAggregateInput = {
  AND?: Array<ReturnProjectLeadersConnectionAggregateInput> | null | undefined;
  NOT?: ReturnProjectLeadersConnectionAggregateInput | null | undefined;
  OR?: Array<ReturnProjectLeadersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: LeadsTieAggregationWhereInput | null | undefined;
  node?: ReturnProjectLeadersNodeAggregationWhereInput | null | undefined;
};

export type ReturnProjectLeadersConnectionFilters = {
  /** Filter ReturnProjects by aggregating results on related ReturnProjectLeadersConnections */
  aggregate?: ReturnProjectLeadersConnectionAggregateInput | null | undefined;
  /** Return ReturnProjects where all of the related ReturnProjectLeadersConnections match this filter */
  all?: ReturnProjectLeadersConnectionWhere | null | undefined;
  /** Return ReturnProjects where none of the related ReturnProjectLeadersConnections match this filter */
  none?: ReturnProjectLeadersConnectionWhere | null | undefined;
  /** Return ReturnProjects where one of the related ReturnProjectLeadersConnections match this filter */
  single?: ReturnProjectLeadersConnectionWhere | null | undefined;
  /** Return ReturnProjects where some of the related ReturnProjectLeadersConnections match this filter */
  some?: ReturnProjectLeadersConnectionWhere | null | undefined;
};

export type ReturnProjectLeadersConnectionWhere = {
  AND?: Array<ReturnProjectLeadersConnectionWhere> | null | undefined;
  NOT?: ReturnProjectLeadersConnectionWhere | null | undefined;
  OR?: Array<ReturnProjectLeadersConnectionWhere> | null | undefined;
  edge?: LeadsTieWhere | null | undefined;
  node?: MigrantWhere | null | undefined;
};

export type ReturnProjectLeadersNodeAggregationWhereInput = {
  AND?: Array<ReturnProjectLeadersNodeAggregationWhereInput> | null | undefined;
  NOT?: ReturnProjectLeadersNodeAggregationWhereInput | null | undefined;
  OR?: Array<ReturnProjectLeadersNodeAggregationWhereInput> | null | undefined;
  education?: IntScalarAggregationFilters | null | undefined;
  occupationLevel?: IntScalarAggregationFilters | null | undefined;
};

export type ReturnProjectRelationshipFilters = {
  /** Filter type where all of the related ReturnProjects match this filter */
  all?: ReturnProjectWhere | null | undefined;
  /** Filter type where none of the related ReturnProjects match this filter */
  none?: ReturnProjectWhere | null | undefined;
  /** Filter type where one of the related ReturnProjects match this filter */
  single?: ReturnProjectWhere | null | undefined;
  /** Filter type where some of the related ReturnProjects match this filter */
  some?: ReturnProjectWhere | null | undefined;
};

export type ReturnProjectSupportersConnectionAggregateInput = {
  AND?: Array<ReturnProjectSupportersConnectionAggregateInput> | null | undefined;
  NOT?: ReturnProjectSupportersConnectionAggregateInput | null | undefined;
  OR?: Array<ReturnProjectSupportersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SupportsTieAggregationWhereInput | null | undefined;
};

export type ReturnProjectSupportersConnectionFilters = {
  /** Filter ReturnProjects by aggregating results on related ReturnProjectSupportersConnections */
  aggregate?: ReturnProjectSupportersConnectionAggregateInput | null | undefined;
  /** Return ReturnProjects where all of the related ReturnProjectSupportersConnections match this filter */
  all?: ReturnProjectSupportersConnectionWhere | null | undefined;
  /** Return ReturnProjects where none of the related ReturnProjectSupportersConnections match this filter */
  none?: ReturnProjectSupportersConnectionWhere | null | undefined;
  /** Return ReturnProjects where one of the related ReturnProjectSupportersConnections match this filter */
  single?: ReturnProjectSupportersConnectionWhere | null | undefined;
  /** Return ReturnProjects where some of the related ReturnProjectSupportersConnections match this filter */
  some?: ReturnProjectSupportersConnectionWhere | null | undefined;
};

export type ReturnProjectSupportersConnectionWhere = {
  AND?: Array<ReturnProjectSupportersConnectionWhere> | null | undefined;
  NOT?: ReturnProjectSupportersConnectionWhere | null | undefined;
  OR?: Array<ReturnProjectSupportersConnectionWhere> | null | undefined;
  edge?: SupportsTieWhere | null | undefined;
  node?: ActorWhere | null | undefined;
};

export type ReturnProjectTargetsConnectionAggregateInput = {
  AND?: Array<ReturnProjectTargetsConnectionAggregateInput> | null | undefined;
  NOT?: ReturnProjectTargetsConnectionAggregateInput | null | undefined;
  OR?: Array<ReturnProjectTargetsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TargetsTieAggregationWhereInput | null | undefined;
  node?: ReturnProjectTargetsNodeAggregationWhereInput | null | undefined;
};

export type ReturnProjectTargetsConnectionFilters = {
  /** Filter ReturnProjects by aggregating results on related ReturnProjectTargetsConnections */
  aggregate?: ReturnProjectTargetsConnectionAggregateInput | null | undefined;
  /** Return ReturnProjects where all of the related ReturnProjectTargetsConnections match this filter */
  all?: ReturnProjectTargetsConnectionWhere | null | undefined;
  /** Return ReturnProjects where none of the related ReturnProjectTargetsConnections match this filter */
  none?: ReturnProjectTargetsConnectionWhere | null | undefined;
  /** Return ReturnProjects where one of the related ReturnProjectTargetsConnections match this filter */
  single?: ReturnProjectTargetsConnectionWhere | null | undefined;
  /** Return ReturnProjects where some of the related ReturnProjectTargetsConnections match this filter */
  some?: ReturnProjectTargetsConnectionWhere | null | undefined;
};

export type ReturnProjectTargetsConnectionWhere = {
  AND?: Array<ReturnProjectTargetsConnectionWhere> | null | undefined;
  NOT?: ReturnProjectTargetsConnectionWhere | null | undefined;
  OR?: Array<ReturnProjectTargetsConnectionWhere> | null | undefined;
  edge?: TargetsTieWhere | null | undefined;
  node?: RegionWhere | null | undefined;
};

export type ReturnProjectTargetsNodeAggregationWhereInput = {
  AND?: Array<ReturnProjectTargetsNodeAggregationWhereInput> | null | undefined;
  NOT?: ReturnProjectTargetsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ReturnProjectTargetsNodeAggregationWhereInput> | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
};

export type ReturnProjectWhere = {
  AND?: Array<ReturnProjectWhere> | null | undefined;
  NOT?: ReturnProjectWhere | null | undefined;
  OR?: Array<ReturnProjectWhere> | null | undefined;
  assessedOn?: DateScalarFilters | null | undefined;
  budgetEur?: FloatScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  ended?: DateScalarFilters | null | undefined;
  fundedBy?: ActorRelationshipFilters | null | undefined;
  fundedByConnection?: ReturnProjectFundedByConnectionFilters | null | undefined;
  fundedOn?: DateScalarFilters | null | undefined;
  guidedOn?: DateScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  launchedOn?: DateScalarFilters | null | undefined;
  leaders?: MigrantRelationshipFilters | null | undefined;
  leadersConnection?: ReturnProjectLeadersConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  needs?: SupportServiceListEnumScalarFilters | null | undefined;
  sector?: StringScalarFilters | null | undefined;
  sources?: StringListFilters | null | undefined;
  stage?: ProjectStageEnumScalarFilters | null | undefined;
  started?: DateScalarFilters | null | undefined;
  stoppedOn?: DateScalarFilters | null | undefined;
  supporters?: ActorRelationshipFilters | null | undefined;
  supportersConnection?: ReturnProjectSupportersConnectionFilters | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  targets?: RegionRelationshipFilters | null | undefined;
  targetsConnection?: ReturnProjectTargetsConnectionFilters | null | undefined;
  type?: ProjectTypeEnumScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

/** String list filters */
export type StringListFilters = {
  eq?: Array<string> | null | undefined;
  includes?: string | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
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

/** SupportService filters */
export type SupportServiceEnumScalarFilters = {
  eq?: SupportService | null | undefined;
  in?: Array<SupportService> | null | undefined;
};

/** SupportService filters */
export type SupportServiceListEnumScalarFilters = {
  eq?: Array<SupportService> | null | undefined;
  includes?: SupportService | null | undefined;
};

export type SupportsTieAggregationWhereInput = {
  AND?: Array<SupportsTieAggregationWhereInput> | null | undefined;
  NOT?: SupportsTieAggregationWhereInput | null | undefined;
  OR?: Array<SupportsTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type SupportsTieWhere = {
  AND?: Array<SupportsTieWhere> | null | undefined;
  NOT?: SupportsTieWhere | null | undefined;
  OR?: Array<SupportsTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  service?: SupportServiceEnumScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type TargetsTieAggregationWhereInput = {
  AND?: Array<TargetsTieAggregationWhereInput> | null | undefined;
  NOT?: TargetsTieAggregationWhereInput | null | undefined;
  OR?: Array<TargetsTieAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
};

export type TargetsTieWhere = {
  AND?: Array<TargetsTieWhere> | null | undefined;
  NOT?: TargetsTieWhere | null | undefined;
  OR?: Array<TargetsTieWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  note?: StringScalarFilters | null | undefined;
  since?: DateScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
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

export type AuditLogQueryVariables = Exact<{
  limit?: number | null | undefined;
  after?: string | number | null | undefined;
  actor?: string | number | null | undefined;
  user?: string | null | undefined;
  operation?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, userId: string, role: string, operation: string, ids: Array<string>, erasureId: string | null, basis: string | null, outcome: string, changes: Array<{ id: string, field: string, from: string | null, to: string | null, personal: boolean, tie: { type: TieType, from: string, to: string } | null }> }> };

export type ActorPageQueryVariables = Exact<{
  id: string | number;
  personal: boolean;
}>;


export type ActorPageQuery = { actors: Array<
    | { __typename: 'Association', type: AssociationType, foundedYear: number | null, declaredMembers: number | null, id: string, name: string, altNames: Array<string>, country: Country, city: string | null, description: string | null, website: string | null, tags: Array<string>, services: Array<SupportService>, synthetic: boolean, updatedAt: string | null, evidence: Array<{ title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null }>, basedIn: Array<{ id: string, name: string }>, attended: Array<{ id: string, name: string, type: EventKind, date: string, city: string | null }>, supports: Array<{ id: string, name: string, stage: ProjectStage, sector: string | null }>, offers: Array<{ id: string, name: string, type: OpportunityType, closes: string | null }> }
    | { __typename: 'Firm', sector: string | null, size: string | null, id: string, name: string, altNames: Array<string>, country: Country, city: string | null, description: string | null, website: string | null, tags: Array<string>, services: Array<SupportService>, synthetic: boolean, updatedAt: string | null, evidence: Array<{ title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null }>, basedIn: Array<{ id: string, name: string }>, attended: Array<{ id: string, name: string, type: EventKind, date: string, city: string | null }>, supports: Array<{ id: string, name: string, stage: ProjectStage, sector: string | null }>, offers: Array<{ id: string, name: string, type: OpportunityType, closes: string | null }> }
    | { __typename: 'Funder', funderType: FunderType, instruments: Array<FundingInstrument>, id: string, name: string, altNames: Array<string>, country: Country, city: string | null, description: string | null, website: string | null, tags: Array<string>, services: Array<SupportService>, synthetic: boolean, updatedAt: string | null, evidence: Array<{ title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null }>, basedIn: Array<{ id: string, name: string }>, attended: Array<{ id: string, name: string, type: EventKind, date: string, city: string | null }>, supports: Array<{ id: string, name: string, stage: ProjectStage, sector: string | null }>, offers: Array<{ id: string, name: string, type: OpportunityType, closes: string | null }> }
    | { __typename: 'Migrant', status: MigrantStatus, education: number | null, fieldOfStudy: string | null, skills: Array<string>, languages: Array<string>, occupation: string | null, underemployed: boolean | null, consent: Consent, fullName?: string | null, email?: string | null, phone?: string | null, birthYear?: number | null, id: string, name: string, altNames: Array<string>, country: Country, city: string | null, description: string | null, website: string | null, tags: Array<string>, services: Array<SupportService>, synthetic: boolean, updatedAt: string | null, originatesFrom: Array<{ id: string, name: string }>, leads: Array<{ id: string, name: string, stage: ProjectStage, sector: string | null }>, evidence: Array<{ title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null }>, basedIn: Array<{ id: string, name: string }>, attended: Array<{ id: string, name: string, type: EventKind, date: string, city: string | null }>, supports: Array<{ id: string, name: string, stage: ProjectStage, sector: string | null }>, offers: Array<{ id: string, name: string, type: OpportunityType, closes: string | null }> }
    | { __typename: 'PublicAdministration', level: AdministrationLevel, id: string, name: string, altNames: Array<string>, country: Country, city: string | null, description: string | null, website: string | null, tags: Array<string>, services: Array<SupportService>, synthetic: boolean, updatedAt: string | null, evidence: Array<{ title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null }>, basedIn: Array<{ id: string, name: string }>, attended: Array<{ id: string, name: string, type: EventKind, date: string, city: string | null }>, supports: Array<{ id: string, name: string, stage: ProjectStage, sector: string | null }>, offers: Array<{ id: string, name: string, type: OpportunityType, closes: string | null }> }
  > };

export type ActorTiesQueryVariables = Exact<{
  id: string | number;
  types: Array<TieType> | TieType;
}>;


export type ActorTiesQuery = { neighbourhood: { truncated: boolean, edges: Array<{ id: string, type: string, from: string, to: string, since: string | null, until: string | null, source: string | null, confidence: number | null, crossesBorder: boolean, evidence: Array<{ title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null }> }>, nodes: Array<{ id: string, name: string, kind: string, country: string | null, city: string | null, masked: boolean, degree: number, activeFrom: string | null, activeTo: string | null }> } };

export type SourceFieldsFragment = { title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null };

export type RevertChangeMutationVariables = Exact<{
  auditId: string | number;
  id: string | number;
  field: string;
  tie?: ChangedTieInput | null | undefined;
}>;


export type RevertChangeMutation = { revertChange: { id: string, field: string, from: string | null, to: string | null } };

export type NetworkMetricsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  community?: string | number | null | undefined;
  orderBy?: NetworkMetric | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type NetworkMetricsQuery = { networkMetrics: { asOf: string, nodeCount: number, tieCount: number, communityCount: number, modularity: number, betweennessExact: boolean, betweennessPivots: number, betweennessErrorBound: number, total: number, nodes: Array<{ id: string, name: string, kind: string, country: string | null, masked: boolean, rank: number, degree: number, weightedDegree: number, pageRank: number, betweenness: number, community: string }> } };

export type CommunitiesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
  membersLimit?: number | null | undefined;
}>;


export type CommunitiesQuery = { communities: Array<{ id: string, size: number, internalTies: number, kinds: Array<{ name: string, count: number | null }>, countries: Array<{ name: string, count: number | null }>, members: Array<{ id: string, name: string, kind: string, masked: boolean }> }> };

export type BrokerageQueryVariables = Exact<{
  limit?: number | null | undefined;
  orientation?: BrokerageOrientation | null | undefined;
  asOf?: string | null | undefined;
}>;


export type BrokerageQuery = { brokers: Array<{ id: string, name: string, kind: string, country: string | null, masked: boolean, score: number, crossBorderTies: number, brokerage: { group: string, twoSteps: number, crossGroupShare: number, counts: { coordinator: number | null, itinerant: number | null, representative: number | null, gatekeeper: number | null, liaison: number | null } } | null }> };

export type CommonConnectionsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CommonConnectionsQuery = { commonConnections: Array<{ via: string, sharedBy: number, node: { id: string, name: string, kind: string, country: string | null, masked: boolean }, ties: Array<{ id: string, type: string, from: string, to: string, since: string | null, until: string | null }> }> };

export type MapRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MapRegionsQuery = { regions: Array<{ id: string, code: string, name: string, country: Country, lat: number, lon: number }> };

export type CorridorsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type CorridorsQuery = { corridors: Array<{ italianRegion: string, italianRegionId: string, moroccanRegion: string, moroccanRegionId: string, migrants: number, associations: number, projects: number, folded: boolean }> };

export type DirectoryPageQueryVariables = Exact<{
  where?: ActorWhere | null | undefined;
  sort?: Array<ActorSort> | ActorSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DirectoryPageQuery = { actorsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { __typename: 'Association', id: string, name: string, country: Country, city: string | null, tags: Array<string>, basedIn: Array<{ id: string, name: string }> }
        | { __typename: 'Firm', id: string, name: string, country: Country, city: string | null, tags: Array<string>, basedIn: Array<{ id: string, name: string }> }
        | { __typename: 'Funder', id: string, name: string, country: Country, city: string | null, tags: Array<string>, basedIn: Array<{ id: string, name: string }> }
        | { __typename: 'Migrant', id: string, name: string, country: Country, city: string | null, tags: Array<string>, basedIn: Array<{ id: string, name: string }> }
        | { __typename: 'PublicAdministration', id: string, name: string, country: Country, city: string | null, tags: Array<string>, basedIn: Array<{ id: string, name: string }> }
       }> } };

export type DirectorySearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  limit?: number | null | undefined;
}>;


export type DirectorySearchQuery = { search: Array<{ id: string }> };

export type DirectoryRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryRegionsQuery = { regions: Array<{ id: string, name: string, country: Country }> };

export type DuplicateCandidatesQueryVariables = Exact<{
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
  minScore?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type DuplicateCandidatesQuery = { duplicateCandidates: Array<{ score: number, reasons: Array<string>, a: { id: string, name: string, kind: string, country: string | null, city: string | null, altNames: Array<string>, ties: number }, b: { id: string, name: string, kind: string, country: string | null, city: string | null, altNames: Array<string>, ties: number }, reasonParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }> }> };

export type DismissDuplicateMutationVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type DismissDuplicateMutation = { dismissDuplicate: { a: string, b: string, at: string } };

export type MergeActorsMutationVariables = Exact<{
  keep: string | number;
  drop: string | number;
}>;


export type MergeActorsMutation = { mergeActors: { kept: string, dropped: string, tiesMoved: number, tiesMerged: number, tiesDropped: number, fieldsCopied: Array<string> } };

export type ActorCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorCountsQuery = { actorCounts: Array<{ name: string, count: number | null }> };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, name: string, kind: string, country: string | null, city: string | null, masked: boolean, degree: number, activeFrom: string | null, activeTo: string | null }>, edges: Array<{ id: string, type: string, from: string, to: string, since: string | null, until: string | null, source: string | null, confidence: number | null, crossesBorder: boolean }> };

export type NeighbourhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  filter?: GraphFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, name: string, kind: string, country: string | null, city: string | null, masked: boolean, degree: number, activeFrom: string | null, activeTo: string | null }>, edges: Array<{ id: string, type: string, from: string, to: string, since: string | null, until: string | null, source: string | null, confidence: number | null, crossesBorder: boolean }> } };

export type TieCountQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  filter?: GraphFilter | null | undefined;
}>;


export type TieCountQuery = { neighbourhood: { nodes: Array<{ id: string, degree: number }> } };

export type ImportRecordsMutationVariables = Exact<{
  kind?: string | null | undefined;
  format: ImportFormat;
  content: string;
  dryRun?: boolean | null | undefined;
  mapping?: Array<ColumnMapping> | ColumnMapping | null | undefined;
}>;


export type ImportRecordsMutation = { importRecords: { kind: string, dryRun: boolean, applied: boolean, records: number, created: number, updated: number, unchanged: number, errorCount: number, errors: Array<{ row: number | null, record: number | null, section: string | null, column: string | null, columnIndex: number | null, code: ImportIssueCode, message: string }>, warnings: Array<{ row: number | null, record: number | null, column: string | null, message: string }>, changes: Array<{ row: number | null, record: number | null, section: string | null, action: ImportAction, key: string, fields: Array<string> }> } };

export type RequestIntroductionMutationVariables = Exact<{
  to: string | number;
  message?: string | null | undefined;
  path?: Array<string | number> | string | number | null | undefined;
}>;


export type RequestIntroductionMutation = { requestIntroduction: { id: string, status: IntroductionStatus } };

export type MyIntroductionRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIntroductionRequestsQuery = { myIntroductionRequests: Array<{ id: string, createdAt: string, to: string | null, toName: string | null, message: string | null, status: IntroductionStatus, path: Array<{ id: string | null, name: string | null, masked: boolean }> }> };

export type IntroductionsQueryVariables = Exact<{
  from: string | number;
  target: ActorQuery;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type IntroductionsQuery = { introductions: Array<{ score: number, reasons: Array<string>, reasonParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }>, target: { id: string, name: string, kind: string, country: string | null, masked: boolean }, path: { hops: number, why: Array<string>, whyParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }>, details: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }> }>, nodes: Array<{ id: string, masked: boolean }> } }> };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ id: string, name: string, country: Country }> };

export type OpportunityMatchesQueryVariables = Exact<{
  migrantId: string | number;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type OpportunityMatchesQuery = { opportunityMatches: Array<{ score: number, reasons: Array<string>, reasonParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }>, opportunity: { id: string, name: string, type: string, sector: string | null, country: string | null, city: string | null, closes: string | null }, path: { hops: number, why: Array<string>, whyParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }>, details: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }> }> } | null }> };

export type SupportMatchesQueryVariables = Exact<{
  projectId: string | number;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SupportMatchesQuery = { supportMatches: Array<{ score: number, services: Array<SupportService>, reasons: Array<string>, reasonParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }>, provider: { id: string, name: string, kind: string, country: string | null, masked: boolean }, path: { hops: number, why: Array<string>, whyParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }>, details: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }> }> } | null }> };

export type ReturnProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReturnProjectsQuery = { returnProjects: Array<{ id: string, name: string }> };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
  filter?: GraphFilter | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ hops: number, score: number, crossesBorder: boolean, why: Array<string>, whyParts: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }>, details: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }> }>, nodes: Array<{ id: string, name: string, kind: string, country: string | null, masked: boolean }>, edges: Array<{ type: string, from: string, to: string, forward: boolean, since: string | null, until: string | null, source: string | null, confidence: number | null, evidence: Array<{ title: string | null, url: string | null, reference: string | null, publisher: string | null, date: string | null, quote: string | null, page: string | null }> }> }> };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { login: { token: string, expiresAt: string, user: { email: string, role: string } } };

export type BrokersQueryVariables = Exact<{
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type BrokersQuery = { brokers: Array<{ id: string, name: string, kind: string, country: string | null, score: number, crossBorderTies: number, italianTies: number, moroccanTies: number }> };

export type NetworkStatsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type NetworkStatsQuery = { networkStats: { asOf: string | null, rounded: boolean, actorTies: number, crossBorderTies: number, crossBorderShare: number, actorsByKind: Array<{ name: string, count: number | null }>, tiesByType: Array<{ name: string, count: number | null }>, growth: Array<{ year: number, newTies: number | null, activeTies: number | null }> } };

export type SearchActorsQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type SearchActorsQuery = { search: Array<{ id: string, name: string, kind: string, country: string | null, city: string | null, score: number, matchedName: string | null }> };

export type ActorNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorNameQuery = { actors: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  > };

export type ReasonFieldsFragment = { code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> };

export type HopReasonFieldsFragment = { code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }>, details: Array<{ code: ReasonCode, params: Array<{ name: string, type: ReasonParamType, values: Array<string> }> }> };

export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"page"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"activeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"activeTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"crossesBorder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]} as unknown as DocumentNode<SubgraphFieldsFragment, unknown>;
export const ReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<ReasonFieldsFragment, unknown>;
export const HopReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HopReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HopReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<HopReasonFieldsFragment, unknown>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"user"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"erasureId"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"personal"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ActorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"altNames"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"basedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Migrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfStudy"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"underemployed"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"birthYear"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"originatesFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Association"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"declaredMembers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicAdministration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Funder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderType"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"page"}}]}}]} as unknown as DocumentNode<ActorPageQuery, ActorPageQueryVariables>;
export const ActorTiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorTies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TieType"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"id"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"activeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"activeTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"crossesBorder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"page"}}]}}]} as unknown as DocumentNode<ActorTiesQuery, ActorTiesQueryVariables>;
export const RevertChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevertChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tie"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangedTieInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revertChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"tie"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tie"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<RevertChangeMutation, RevertChangeMutationVariables>;
export const NetworkMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"community"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"community"},"value":{"kind":"Variable","name":{"kind":"Name","value":"community"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"tieCount"}},{"kind":"Field","name":{"kind":"Name","value":"communityCount"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"betweennessExact"}},{"kind":"Field","name":{"kind":"Name","value":"betweennessPivots"}},{"kind":"Field","name":{"kind":"Name","value":"betweennessErrorBound"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDegree"}},{"kind":"Field","name":{"kind":"Name","value":"pageRank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkMetricsQuery, NetworkMetricsQueryVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersLimit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"membersLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internalTies"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const BrokerageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Brokerage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orientation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerageOrientation"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorderTies"}},{"kind":"Field","name":{"kind":"Name","value":"brokerage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orientation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orientation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"twoSteps"}},{"kind":"Field","name":{"kind":"Name","value":"crossGroupShare"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"itinerant"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"gatekeeper"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrokerageQuery, BrokerageQueryVariables>;
export const CommonConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommonConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commonConnections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]} as unknown as DocumentNode<CommonConnectionsQuery, CommonConnectionsQueryVariables>;
export const MapRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]} as unknown as DocumentNode<MapRegionsQuery, MapRegionsQueryVariables>;
export const CorridorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Corridors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"italianRegion"}},{"kind":"Field","name":{"kind":"Name","value":"italianRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"moroccanRegion"}},{"kind":"Field","name":{"kind":"Name","value":"moroccanRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"migrants"}},{"kind":"Field","name":{"kind":"Name","value":"associations"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"folded"}}]}}]}}]} as unknown as DocumentNode<CorridorsQuery, CorridorsQueryVariables>;
export const DirectoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"basedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryPageQuery, DirectoryPageQueryVariables>;
export const DirectorySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectorySearchQuery, DirectorySearchQueryVariables>;
export const DirectoryRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<DirectoryRegionsQuery, DirectoryRegionsQueryVariables>;
export const DuplicateCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minScore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"minScore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minScore"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"altNames"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"altNames"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reasonParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const DismissDuplicateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissDuplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissDuplicate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<DismissDuplicateMutation, DismissDuplicateMutationVariables>;
export const MergeActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keep"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keep"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keep"}}},{"kind":"Argument","name":{"kind":"Name","value":"drop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drop"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}},{"kind":"Field","name":{"kind":"Name","value":"tiesMoved"}},{"kind":"Field","name":{"kind":"Name","value":"tiesMerged"}},{"kind":"Field","name":{"kind":"Name","value":"tiesDropped"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsCopied"}}]}}]}}]} as unknown as DocumentNode<MergeActorsMutation, MergeActorsMutationVariables>;
export const ActorCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ActorCountsQuery, ActorCountsQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"activeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"activeTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"crossesBorder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TieCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TieCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]}}]}}]} as unknown as DocumentNode<TieCountQuery, TieCountQueryVariables>;
export const ImportRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnMapping"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"columnIndex"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRecordsMutation, ImportRecordsMutationVariables>;
export const RequestIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestIntroductionMutation, RequestIntroductionMutationVariables>;
export const MyIntroductionRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyIntroductionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myIntroductionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]}}]} as unknown as DocumentNode<MyIntroductionRequestsQuery, MyIntroductionRequestsQueryVariables>;
export const IntroductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Introductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorQuery"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reasonParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"whyParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HopReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HopReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HopReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}}]}}]} as unknown as DocumentNode<IntroductionsQuery, IntroductionsQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const OpportunityMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"migrantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"migrantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"migrantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reasonParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"whyParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HopReasonFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HopReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HopReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}}]}}]} as unknown as DocumentNode<OpportunityMatchesQuery, OpportunityMatchesQueryVariables>;
export const SupportMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reasonParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"whyParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HopReasonFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HopReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HopReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}}]}}]} as unknown as DocumentNode<SupportMatchesQuery, SupportMatchesQueryVariables>;
export const ReturnProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReturnProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReturnProjectsQuery, ReturnProjectsQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"crossesBorder"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"whyParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HopReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HopReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HopReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"page"}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const BrokersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Brokers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorderTies"}},{"kind":"Field","name":{"kind":"Name","value":"italianTies"}},{"kind":"Field","name":{"kind":"Name","value":"moroccanTies"}}]}}]}}]} as unknown as DocumentNode<BrokersQuery, BrokersQueryVariables>;
export const NetworkStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rounded"}},{"kind":"Field","name":{"kind":"Name","value":"actorsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiesByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorTies"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorderTies"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorderShare"}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"newTies"}},{"kind":"Field","name":{"kind":"Name","value":"activeTies"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkStatsQuery, NetworkStatsQueryVariables>;
export const SearchActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}}]}}]}}]} as unknown as DocumentNode<SearchActorsQuery, SearchActorsQueryVariables>;
export const ActorNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActorNameQuery, ActorNameQueryVariables>;