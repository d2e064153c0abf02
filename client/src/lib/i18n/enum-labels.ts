/**
 * One mechanism for every enum value the explorer shows (statuses, consents, event kinds, tie
 * types…): the value's name is the dictionary entry `<prefix>.<VALUE>`, with the values taken from
 * the generated ENUMS of schema/generated/model.ts, so a value added to the SDL without a name in
 * all four languages fails enum-labels.test.ts instead of reaching the screen as a raw code.
 */
import { ENUMS } from '../../../../schema/generated/model.js';
import { DICTIONARIES, type Locale, type MessageKey } from './dictionary.js';
import { translate } from './translate.js';

/** The dictionary prefix of each enum the explorer shows. */
export const ENUM_PREFIXES = {
  TieType: 'rel',
  NodeKind: 'kind',
  ActorKind: 'kind',
  Country: 'country',
  SupportService: 'service',
  MigrantStatus: 'status',
  Consent: 'consent',
  AssociationType: 'associationType',
  AdministrationLevel: 'adminLevel',
  FunderType: 'funderType',
  FundingInstrument: 'instrument',
  ProjectType: 'projectType',
  ProjectStage: 'stage',
  OpportunityType: 'opportunityType',
  ApplicationStatus: 'application',
  EventKind: 'eventKind',
  AttendanceRole: 'attendance',
  PartnershipKind: 'partnership',
  IntroductionStatus: 'introRequest.status',
  ImportAction: 'import',
} as const satisfies Partial<Record<keyof typeof ENUMS, string>>;

export type ShownEnum = keyof typeof ENUM_PREFIXES;

/** The dictionary key naming an enum value. */
export function enumKey(name: ShownEnum, value: string): string {
  return `${ENUM_PREFIXES[name]}.${value}`;
}

/** An enum value's name in a locale; a value the SDL does not (yet) know comes as it is. */
export function enumLabel(locale: Locale, name: ShownEnum, value: string): string {
  const key = enumKey(name, value);
  return key in DICTIONARIES.en ? translate(locale, key as MessageKey) : value;
}

/** Every value of the enums the explorer shows, for the completeness test. */
export function shownEnumValues(): { name: ShownEnum; value: string }[] {
  return (Object.keys(ENUM_PREFIXES) as ShownEnum[]).flatMap((name) =>
    (ENUMS[name] as readonly string[]).map((value) => ({ name, value })),
  );
}
