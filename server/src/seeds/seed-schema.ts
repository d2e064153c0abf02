import { z } from 'zod';
import {
  ACTOR_KINDS,
  ENUMS,
  GEOGRAPHIC_TIE_TYPES as GEOGRAPHIC,
  type ActorKind,
  type NodeKind,
  type TieType,
} from '../../../schema/generated/model.js';
import { STAGE_DATE_FIELD_LIST, stageDatesProblem } from '../network/stages.js';
import { EvidenceSchema, labelsDisagree, labelsFromEvidence, type SourceRecord } from '../model/evidence.js';

/**
 * The shape of seed records: one zod schema per node kind and per relationship type, with the
 * enums of docs/architecture.md#domain-model and the storage property names of docs/data-model.md. Records are strict
 * objects so a misspelt property is reported instead of silently written to the graph.
 */

// ---------------------------------------------------------------------------------------------
// Enums (docs/architecture.md#domain-model, stored as UPPER_SNAKE strings)

// The values come from the SDL's enums (schema/generated/model.ts): one list per concept.
export const Country = z.enum(ENUMS.Country);
export const MigrantStatus = z.enum(ENUMS.MigrantStatus);
export const Consent = z.enum(ENUMS.Consent);
export const AssociationType = z.enum(ENUMS.AssociationType);
export const AdministrationLevel = z.enum(ENUMS.AdministrationLevel);
export const FunderType = z.enum(ENUMS.FunderType);
export const SupportService = z.enum(ENUMS.SupportService);
export const ProjectType = z.enum(ENUMS.ProjectType);
export const ProjectStage = z.enum(ENUMS.ProjectStage);
export const OpportunityType = z.enum(ENUMS.OpportunityType);
export const EventType = z.enum(ENUMS.EventKind);
export const FundingInstrument = z.enum(ENUMS.FundingInstrument);
export const PartnershipKind = z.enum(ENUMS.PartnershipKind);
export const ApplicationStatus = z.enum(ENUMS.ApplicationStatus);
export const AttendanceRole = z.enum(ENUMS.AttendanceRole);

// ---------------------------------------------------------------------------------------------
// Kinds, labels and ids

// Kinds and tie types come from the SDL (schema/generated/model.ts, printed by `npm run codegen`);
// the tables below are keyed by them, so a new kind or tie type fails to compile until it has a schema.
export {
  ACTOR_KINDS,
  NODE_KINDS,
  TIE_ENDS,
  TIE_TYPES,
  type ActorKind,
  type NodeKind,
  type TieType,
} from '../../../schema/generated/model.js';

export function isActorKind(kind: NodeKind): kind is ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(kind);
}

/** Id prefixes of docs/data-model.md: the prefix tells the kind, so a tie's ends read at a glance. */
export const ID_PREFIX: Record<NodeKind, string> = {
  Migrant: 'migrant-',
  Association: 'assoc-',
  Firm: 'firm-',
  PublicAdministration: 'pa-',
  Funder: 'funder-',
  Region: 'region-',
  ReturnProject: 'project-',
  Opportunity: 'opp-',
  Event: 'event-',
};

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idRef = z.string().regex(slug, 'expected a lower-case slug such as assoc-al-wafa-torino');

/** "a Migrant", "an Association": messages read as sentences. */
export function withArticle(kind: string): string {
  return `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

function idOf(kind: NodeKind) {
  const prefix = ID_PREFIX[kind];
  return idRef.refine(
    (id) => id.startsWith(prefix) && id.length > prefix.length,
    `expected ${withArticle(kind)} id starting with "${prefix}"`,
  );
}

// ---------------------------------------------------------------------------------------------
// Field helpers

/** Calendar date as written in seed files; the loader turns it into a Neo4j Date. */
export const isoDate = z.iso.date('expected a calendar date written YYYY-MM-DD');
const text = z.string().trim().min(1, 'expected a non-empty string');
const stringList = z.array(text).default([]);
const isced = z.number().int().min(0).max(8);
const iscoSkillLevel = z.number().int().min(1).max(4);
const year = z.number().int().min(1900).max(2100);
const euros = z.number().nonnegative();
const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** Fields written as Neo4j Date. */
export const DATE_FIELDS: ReadonlySet<string> = new Set([
  'since',
  'until',
  'opens',
  'closes',
  'date',
  'founded',
  'closed',
  'started',
  'ended',
  ...STAGE_DATE_FIELD_LIST,
]);
/**
 * Fields written as Neo4j Integer: JavaScript numbers would otherwise arrive as Float, and
 * `education = 6` must compare equal to an Integer parameter in Cypher. Money stays Float.
 */
export const INTEGER_FIELDS: ReadonlySet<string> = new Set([
  'education',
  'occupationLevel',
  'members',
  'birthYear',
  'minEducation',
  'year',
]);

const provenance = {
  synthetic: z.boolean(),
  sources: stringList,
  /** The sources as records (docs/data-model.md#evidence); `sources` then lists their labels. */
  evidence: EvidenceSchema.optional(),
};

/** Labels beside records must be the records' own (model/evidence.ts). */
function evidenceAgrees(
  labels: readonly string[],
  evidence: readonly SourceRecord[] | undefined,
  tie: boolean,
  ctx: z.RefinementCtx<unknown>,
): void {
  const message = evidence ? labelsDisagree(labels, evidence, tie) : undefined;
  if (message) ctx.addIssue({ code: 'custom', path: [tie ? 'source' : 'sources'], message });
}

/** A record describing a real institution must say where it comes from. */
function realNeedsSources<T extends { synthetic: boolean; sources: string[]; evidence?: SourceRecord[] | undefined }>(
  record: T,
  ctx: z.RefinementCtx<T>,
): void {
  evidenceAgrees(record.sources, record.evidence, false, ctx as z.RefinementCtx<unknown>);
  if (!record.synthetic && record.sources.length === 0 && !record.evidence?.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: 'a real record (synthetic: false) needs at least one source URL',
    });
  }
}

const actorFields = (kind: ActorKind) => ({
  kind: z.literal(kind),
  id: idOf(kind),
  name: text,
  altNames: stringList,
  country: Country,
  city: text.optional(),
  description: text.optional(),
  website: url.optional(),
  tags: stringList,
  services: z.array(SupportService).default([]),
  ...provenance,
});

/**
 * A lifetime's two days (organisations `founded`/`closed`, projects `started`/`ended`): the end may
 * not come before the start (docs/data-model.md#time). ISO dates compare correctly as strings.
 */
function lifetimeInOrder(startKey: string, endKey: string) {
  return (record: Record<string, unknown>, ctx: z.RefinementCtx<Record<string, unknown>>): void => {
    const start = record[startKey];
    const end = record[endKey];
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      ctx.addIssue({
        code: 'custom',
        path: [endKey],
        message: `${endKey} ${end} is before ${startKey} ${start}: a lifetime may not end before it began`,
      });
    }
  };
}

/** Organisations' lifetime (docs/data-model.md#time). */
const organisationLifetime = { founded: isoDate.optional(), closed: isoDate.optional() };
const organisationInOrder = lifetimeInOrder('founded', 'closed');
const projectInOrder = lifetimeInOrder('started', 'ended');

/** Both refinements of an organisation record. */
function organisationChecks<T extends { synthetic: boolean; sources: string[] }>(
  record: T,
  ctx: z.RefinementCtx<T>,
): void {
  organisationInOrder(record as unknown as Record<string, unknown>, ctx as z.RefinementCtx<Record<string, unknown>>);
  realNeedsSources(record, ctx);
}

// ---------------------------------------------------------------------------------------------
// Node schemas

export const MigrantSeed = z
  .strictObject({
    ...actorFields('Migrant'),
    status: MigrantStatus,
    education: isced.optional(),
    fieldOfStudy: text.optional(),
    skills: stringList,
    languages: stringList,
    occupation: text.optional(),
    occupationLevel: iscoSkillLevel.optional(),
    consent: Consent,
    // Personal fields (staff only). `underemployed` is derived, so the strict object rejects it.
    fullName: text.optional(),
    email: z.email('expected an e-mail address').optional(),
    phone: text.optional(),
    birthYear: year.optional(),
  })
  .superRefine(realNeedsSources)
  .overwrite(labelsFromEvidence);

export const AssociationSeed = z
  .strictObject({
    ...actorFields('Association'),
    type: AssociationType,
    ...organisationLifetime,
    members: z.number().int().nonnegative().optional(),
  })
  .superRefine(organisationChecks)
  .overwrite(labelsFromEvidence);

export const FirmSeed = z
  .strictObject({
    ...actorFields('Firm'),
    sector: text.optional(),
    size: text.optional(),
    ...organisationLifetime,
  })
  .superRefine(organisationChecks)
  .overwrite(labelsFromEvidence);

export const PublicAdministrationSeed = z
  .strictObject({
    ...actorFields('PublicAdministration'),
    level: AdministrationLevel,
    ...organisationLifetime,
  })
  .superRefine(organisationChecks)
  .overwrite(labelsFromEvidence);

export const FunderSeed = z
  .strictObject({
    ...actorFields('Funder'),
    funderType: FunderType,
    instruments: z.array(FundingInstrument).default([]),
    ...organisationLifetime,
  })
  .superRefine(organisationChecks)
  .overwrite(labelsFromEvidence);

export const RegionSeed = z
  .strictObject({
    kind: z.literal('Region'),
    id: idOf('Region'),
    code: z.string().regex(/^(IT|MA)-\d{2}$/, 'expected an ISO 3166-2 code such as IT-21 or MA-05'),
    name: text,
    altNames: stringList,
    country: z.enum(['IT', 'MA']),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    description: text.optional(),
    ...provenance,
  })
  .superRefine((region, ctx) => {
    if (!region.code.startsWith(`${region.country}-`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `code ${region.code} does not belong to country ${region.country}`,
      });
    }
    realNeedsSources(region, ctx);
  })
  .overwrite(labelsFromEvidence);

export const ReturnProjectSeed = z
  .strictObject({
    kind: z.literal('ReturnProject'),
    id: idOf('ReturnProject'),
    name: text,
    type: ProjectType,
    sector: text.optional(),
    stage: ProjectStage,
    started: isoDate.optional(),
    ended: isoDate.optional(),
    /** The day each stage was reached (network/stages.ts, docs/data-model.md#time). */
    assessedOn: isoDate.optional(),
    guidedOn: isoDate.optional(),
    fundedOn: isoDate.optional(),
    launchedOn: isoDate.optional(),
    stoppedOn: isoDate.optional(),
    budgetEur: euros.optional(),
    needs: z.array(SupportService).default([]),
    description: text.optional(),
    ...provenance,
  })
  .superRefine((project, ctx) => {
    projectInOrder(project, ctx as unknown as z.RefinementCtx<Record<string, unknown>>);
    const stages = stageDatesProblem(project);
    if (stages) ctx.addIssue({ code: 'custom', path: [stages.field], message: stages.message });
    realNeedsSources(project, ctx);
  })
  .overwrite(labelsFromEvidence);

export const OpportunitySeed = z
  .strictObject({
    kind: z.literal('Opportunity'),
    id: idOf('Opportunity'),
    name: text,
    type: OpportunityType,
    sector: text.optional(),
    requiredSkills: stringList,
    minEducation: isced.optional(),
    opens: isoDate.optional(),
    closes: isoDate.optional(),
    country: Country,
    city: text.optional(),
    description: text.optional(),
    ...provenance,
  })
  .superRefine((opp, ctx) => {
    // ISO dates compare correctly as strings.
    if (opp.opens && opp.closes && opp.closes < opp.opens) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: `closes ${opp.closes} is before opens ${opp.opens}` });
    }
    realNeedsSources(opp, ctx);
  })
  .overwrite(labelsFromEvidence);

export const EventSeed = z
  .strictObject({
    kind: z.literal('Event'),
    id: idOf('Event'),
    name: text,
    type: EventType,
    date: isoDate,
    city: text.optional(),
    country: Country,
    description: text.optional(),
    ...provenance,
  })
  .superRefine(realNeedsSources)
  .overwrite(labelsFromEvidence);

export const nodeSchemas = {
  Migrant: MigrantSeed,
  Association: AssociationSeed,
  Firm: FirmSeed,
  PublicAdministration: PublicAdministrationSeed,
  Funder: FunderSeed,
  Region: RegionSeed,
  ReturnProject: ReturnProjectSeed,
  Opportunity: OpportunitySeed,
  Event: EventSeed,
} as const;

export type SeedNodeOf<K extends NodeKind> = z.output<(typeof nodeSchemas)[K]>;
export type SeedNode = { [K in NodeKind]: SeedNodeOf<K> }[NodeKind];

// ---------------------------------------------------------------------------------------------
// Relationship (tie) schemas

/** Ties that place things on the map; path queries skip them (docs/data-model.md). */
export const GEOGRAPHIC_TIE_TYPES: ReadonlySet<TieType> = new Set(GEOGRAPHIC);

function tieFields<T extends TieType>(type: T) {
  return {
    type: z.literal(type),
    from: idRef,
    to: idRef,
    since: isoDate.optional(),
    until: isoDate.optional(),
    source: text,
    confidence: z.number().min(0).max(1),
    note: text.optional(),
    /** The sources as records (docs/data-model.md#evidence); `source` is the first one's label. */
    evidence: EvidenceSchema.optional(),
  };
}

type TieCore = {
  since?: string | undefined;
  until?: string | undefined;
  from: string;
  to: string;
  source: string;
  evidence?: SourceRecord[] | undefined;
};

function sinceBeforeUntil(tie: TieCore, ctx: z.RefinementCtx<TieCore>): void {
  evidenceAgrees([tie.source], tie.evidence, true, ctx as z.RefinementCtx<unknown>);
  if (tie.since && tie.until && tie.until < tie.since) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: `until ${tie.until} is before since ${tie.since}` });
  }
  if (tie.from === tie.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'a tie cannot join a node to itself' });
  }
}

function tie<T extends TieType, E extends z.ZodRawShape>(type: T, extras: E) {
  // TypeScript cannot see through the generic `extras` that the output still has the core
  // fields, hence the widening; the core fields are spread in first and never overridden.
  return z
    .strictObject({ ...tieFields(type), ...extras })
    .superRefine((value, ctx) => sinceBeforeUntil(value as TieCore, ctx as z.RefinementCtx<TieCore>));
}

export const tieSchemas = {
  MENTORS: tie('MENTORS', { topic: text.optional() }),
  FUNDS: tie('FUNDS', { amountEur: euros.optional(), instrument: FundingInstrument.optional(), year: year.optional() }),
  MEMBER_OF: tie('MEMBER_OF', { role: text.optional() }),
  PARTNERS_WITH: tie('PARTNERS_WITH', { kind: PartnershipKind.optional() }),
  EMPLOYS: tie('EMPLOYS', { jobTitle: text.optional(), occupationLevel: iscoSkillLevel.optional() }),
  SUPPORTS: tie('SUPPORTS', { service: SupportService.optional() }),
  LEADS: tie('LEADS', { role: text.optional() }),
  OFFERS: tie('OFFERS', {}),
  APPLIED_TO: tie('APPLIED_TO', { status: ApplicationStatus.optional() }),
  ATTENDED: tie('ATTENDED', { role: AttendanceRole.optional() }),
  BASED_IN: tie('BASED_IN', {}),
  ORIGINATES_FROM: tie('ORIGINATES_FROM', {}),
  TARGETS: tie('TARGETS', {}),
} as const;

export type SeedTieOf<T extends TieType> = z.output<(typeof tieSchemas)[T]>;
export type SeedTie = { [T in TieType]: SeedTieOf<T> }[TieType];

/** Every property a record of this kind/type may carry, so the loader can clear the absent ones. */
export function nodePropertyNames(kind: NodeKind): string[] {
  return Object.keys(nodeSchemas[kind].shape).filter((key) => key !== 'kind' && key !== 'id');
}

export function tiePropertyNames(type: TieType): string[] {
  return Object.keys(tieSchemas[type].shape).filter((key) => key !== 'type' && key !== 'from' && key !== 'to');
}

// ---------------------------------------------------------------------------------------------
// Files

/**
 * A seed file is a JSON object with a `nodes` array, a `ties` array, or both. The first pass
 * only checks this outer shape; each record is then checked on its own so that one bad record
 * does not hide the others.
 */
export const SeedFileShape = z.strictObject({
  $comment: z.string().optional(),
  nodes: z.array(z.unknown()).optional(),
  ties: z.array(z.unknown()).optional(),
});
