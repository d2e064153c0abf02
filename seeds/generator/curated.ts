/**
 * The synthetic layer of the curated Mig-Ressources dataset: invented associations, support
 * providers and agencies, ≥ 400 migrants, ~300 networking meetings 2006–2009 with who attended,
 * the trainees of the 2007 courses, return projects, opportunities and every relationship type —
 * all drawn from a seeded PRNG, so the same seed gives the same bytes.
 *
 * It reads the hand-curated files of seeds/data (real institutions, regions, events) to connect
 * the invented records to them, and never writes a tie between two real records: every tie it
 * produces touches at least one invented node (seeds/README.md, Provenance).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { anachronism, isNodeActiveOn, type Lifetime, type TieWindow } from '../../server/src/network/time.js';
import { formatSeedJson } from './format.js';
import { Rng, addDays, slugify } from './prng.js';
import { stageDates } from './stages.js';
import {
  GENERAL_EDUCATION,
  ASSOCIATION_WORDS,
  CITIES,
  FAMILY_NAMES,
  FEMALE_NAMES,
  FIELDS,
  FIRM_WORDS,
  MALE_NAMES,
  MA_FIRM_WORDS,
  MEETING_TOPICS,
  OCCUPATIONS,
  ORIGIN_WEIGHTS,
  PROJECT_IDEAS,
  PROJECT_SECTORS,
  RESIDENCE_WEIGHTS,
} from './vocabulary.js';

export const DEFAULT_CURATED_SEED = 2006;

export interface CuratedOptions {
  readonly seed: number;
  /** Folder of the hand-curated files the synthetic layer links to (seeds/data). */
  readonly curatedDir: string;
  /** Sizes; the defaults are the repertoire sizes of issue 3. */
  readonly migrants?: number;
  readonly diasporaAssociations?: number;
  readonly supportProviders?: number;
  readonly agencies?: number;
  readonly meetings?: number;
  readonly projects?: number;
  readonly opportunities?: number;
  readonly trainees?: { readonly italy: number; readonly casablanca: number };
}

export const DEFAULT_SIZES = {
  migrants: 420,
  diasporaAssociations: 56,
  supportProviders: 80,
  agencies: 56,
  meetings: 300,
  projects: 48,
  opportunities: 60,
  trainees: { italy: 80, casablanca: 30 },
} as const;

/** The files this generator owns in seeds/data; every other file there is hand-curated. */
export const GENERATED_FILES = [
  'synthetic-organisations.json',
  'synthetic-people.json',
  'synthetic-events.json',
  'synthetic-projects.json',
  'synthetic-opportunities.json',
  'synthetic-ties.json',
] as const;

type Json = Record<string, unknown>;
type Country = 'IT' | 'MA' | 'INTL';
type Service =
  | 'INTERNSHIP'
  | 'INCUBATION'
  | 'ADMIN_ASSISTANCE'
  | 'FINANCIAL_ASSISTANCE'
  | 'MENTORSHIP'
  | 'COACHING'
  | 'TRAINING'
  | 'JOB_PLACEMENT'
  | 'LEGAL_AID'
  | 'MARKET_ACCESS';

interface Org {
  id: string;
  kind: 'Association' | 'Firm' | 'PublicAdministration' | 'Funder';
  country: Country;
  region?: string;
  services: readonly string[];
  /** Activity weight: heavy-tailed, so some organisations become hubs of the network. */
  weight: number;
  synthetic: boolean;
  /** Its lifetime (docs/data-model.md#time): ties to it are dated inside it. */
  founded?: string;
  closed?: string;
  repertoire?: 'diaspora' | 'support' | 'agencies';
  assocType?: string;
  funderType?: string;
  sector?: string;
}

interface Person {
  id: string;
  status: string;
  country: Country;
  residence: string;
  origin: string;
  education: number;
  skills: string[];
  occupation?: { title: string; level: number; sector: string };
  weight: number;
}

const SYNTHETIC_SOURCE = 'synthetic: generated for the Ponte seed';

/** The last day the generator dates anything: the seed's "today" (opportunities open now run past it). */
const LAST_DAY = '2026-11-30';

/**
 * The real umbrella institutions of the field: no invented organisation may outgrow them as a hub
 * (seeds/README.md, Provenance), so they get the heaviest activity weights and invented ones a cap.
 */
export const UMBRELLA_IDS: readonly string[] = ['pa-iom-italy', 'funder-hassan-ii-foundation'];
const UMBRELLA_WEIGHT = 14;
const SYNTHETIC_WEIGHT_CAP = 3;

/**
 * Generated people whose id and name are fixed because tests and demos name them; everything
 * else about them is drawn like anyone else's, except their consent: demos and tests show them to
 * every signed-in role, so they consent to be public (drawn all the same, so that the rest of the
 * seed does not move). They are the first people generated.
 */
const ANCHOR_PEOPLE: readonly { id: string; first: string; family: string }[] = [
  { id: 'migrant-youssef-b', first: 'Youssef', family: 'Benmoussa' },
];

/** Generates every file of GENERATED_FILES as formatted text, keyed by file name. */
export function generateCurated(options: CuratedOptions): Map<string, string> {
  const sizes = { ...DEFAULT_SIZES, ...stripUndefined(options) };
  // The published counts (80 in Turin and Rome, 30 in Casablanca) include the hand-written starter
  // people who already attend the courses in ties.json: the generator tops them up.
  const already = countCourseAttendance(options.curatedDir);
  const trainees0 = {
    italy: Math.max(0, sizes.trainees.italy - already.italy),
    casablanca: Math.max(0, sizes.trainees.casablanca - already.casablanca),
  };
  const rng = new Rng(options.seed);
  const source = `${SYNTHETIC_SOURCE} (seed ${options.seed})`;
  const regionsById = readRegions(options.curatedDir);
  const realOrgs = readRealOrgs(options.curatedDir, regionsById);

  const usedIds = new Set<string>(readAllIds(options.curatedDir));
  const uniqueId = (prefix: string, name: string): string => {
    const base = `${prefix}${slugify(name)}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };

  // Every node's lifetime (docs/data-model.md#time), as `founded`/`closed` whatever its kind: the
  // rule reads the first start and end property present, so one shape serves all.
  const lifeOf = new Map<string, Lifetime>(readCuratedLifetimes(options.curatedDir));
  /** The part of [lo, hi] inside every one of these nodes' lifetimes, or null when there is none. */
  const span = (ids: readonly string[], lo: string, hi: string): readonly [string, string] | null => {
    let a = lo;
    let b = hi;
    for (const id of ids) {
      const life = lifeOf.get(id);
      if (life?.founded && String(life.founded) > a) a = String(life.founded);
      if (life?.closed && String(life.closed) < b) b = String(life.closed);
    }
    return a <= b ? [a, b] : null;
  };
  /** A day in [lo, hi] that all of them lived through; else any day of their common life; else none. */
  const when = (ids: readonly string[], lo: string, hi: string): string | undefined => {
    const range = span(ids, lo, hi) ?? span(ids, '1985-01-01', LAST_DAY);
    return range ? rng.date(range[0], range[1]) : undefined;
  };
  const activeOn = (id: string, day: string) => isNodeActiveOn(lifeOf.get(id) ?? {}, day);

  const ties: Json[] = [];
  const tieKeys = new Set<string>();
  const tie = (
    type: string,
    from: string,
    to: string,
    props: Json = {},
    confidence = round2(0.6 + rng.next() * 0.4),
  ): boolean => {
    const key = `${type}|${from}|${to}`;
    if (from === to || tieKeys.has(key)) return false;
    // The dates above are drawn inside both ends' lifetimes; this keeps the promise absolute.
    if (anachronism(props as TieWindow, lifeOf.get(from) ?? {}, lifeOf.get(to) ?? {})) return false;
    tieKeys.add(key);
    ties.push({ type, from, to, ...props, source, confidence });
    return true;
  };

  const cityIn = (region: string) => rng.pick(CITIES[region] ?? ['']);
  const itRegion = () => rng.weighted(RESIDENCE_WEIGHTS);
  const maRegion = () => rng.weighted(ORIGIN_WEIGHTS);

  // ---------------------------------------------------------------------------------------
  // Organisations

  const orgNodes: Json[] = [];
  const orgs: Org[] = realOrgs.map((o) => ({
    ...o,
    weight: UMBRELLA_IDS.includes(o.id) ? UMBRELLA_WEIGHT : o.weight * (1 + rng.pareto(1.6)),
  }));

  // Names are unique per kind: a second "Cooperativa Aurora … – Bari" is drawn again.
  const usedNames = new Set<string>();
  const uniqueName = (kind: string, draw: () => string): string => {
    let name = draw();
    for (let n = 0; usedNames.has(`${kind}|${name}`) && n < 30; n++) name = draw();
    for (let n = 2; usedNames.has(`${kind}|${name}`); n++) name = `${name.replace(/ \(\d+\)$/, '')} (${n})`;
    usedNames.add(`${kind}|${name}`);
    return name;
  };
  /**
   * An invented organisation's lifetime: most were founded before the programme (so they can take
   * part in it), a fifth after it (the field of today); some of the older ones have closed since.
   */
  // Drawn from a stream of their own, so that adding lifetimes left the rest of the draws as they were.
  const lifeRng = new Rng(options.seed + 1);
  const orgLifetime = (): { founded: string; closed?: string } => {
    if (lifeRng.chance(0.2)) return { founded: lifeRng.date('2010-01-01', '2024-06-30') };
    const founded = lifeRng.date('1985-01-01', '2007-12-31');
    return lifeRng.chance(0.15) ? { founded, closed: lifeRng.date('2011-01-01', '2022-12-31') } : { founded };
  };

  const addOrg = (org: Omit<Org, 'id' | 'weight' | 'synthetic'>, node: Json, prefix: string) => {
    const id = uniqueId(prefix, String(node.name));
    const life = orgLifetime();
    const full: Org = {
      ...org,
      id,
      synthetic: true,
      weight: Math.min(SYNTHETIC_WEIGHT_CAP, rng.pareto(1.8)),
      ...life,
    };
    orgs.push(full);
    lifeOf.set(id, life);
    orgNodes.push({
      kind: org.kind,
      id,
      ...node,
      country: org.country,
      services: [...org.services],
      ...life,
      synthetic: true,
      sources: [],
    });
    if (org.region) tie('BASED_IN', id, org.region, {}, 1);
    return full;
  };

  // Diaspora associations and networks, mostly in Italy where Moroccans live.
  const assocTypes: (readonly [string, number])[] = [
    ['CULTURAL', 30],
    ['CODEVELOPMENT', 20],
    ['WOMEN', 15],
    ['RELIGIOUS', 10],
    ['PROFESSIONAL', 10],
    ['STUDENTS', 8],
    ['NETWORK', 7],
  ];
  for (let i = 0; i < sizes.diasporaAssociations; i++) {
    const type = rng.weighted(assocTypes);
    const inMorocco = type === 'CODEVELOPMENT' ? rng.chance(0.35) : rng.chance(0.05);
    const region = inMorocco ? maRegion() : itRegion();
    const city = cityIn(region);
    const origin = cityIn(maRegion());
    const name = uniqueName('Association', () => {
      const word = rng.pick(ASSOCIATION_WORDS);
      return inMorocco
        ? `Association ${word} des migrants de retour – ${city}`
        : (
            {
              CULTURAL: `Associazione culturale ${word} – ${city}`,
              CODEVELOPMENT: `Associazione ${word} ${city}–${origin}`,
              WOMEN: `Donne marocchine ${word} – ${city}`,
              RELIGIOUS: `Centro culturale ${word} – ${city}`,
              PROFESSIONAL: `Professionisti italo-marocchini ${word} – ${city}`,
              STUDENTS: `Studenti marocchini di ${city}`,
              NETWORK: `Rete ${word} delle associazioni marocchine – ${city}`,
            } as Record<string, string>
          )[type]!;
    });
    const services: Service[] =
      type === 'WOMEN'
        ? ['TRAINING', 'LEGAL_AID']
        : type === 'PROFESSIONAL'
          ? ['MENTORSHIP']
          : type === 'CODEVELOPMENT'
            ? ['COACHING']
            : [];
    addOrg(
      {
        kind: 'Association',
        country: inMorocco ? 'MA' : 'IT',
        region,
        services,
        repertoire: 'diaspora',
        assocType: type,
      },
      {
        name,
        city,
        description: `Invented ${type.toLowerCase()} association of Moroccans${inMorocco ? ' who came back from Italy' : ' in Italy'} (generated).`,
        tags: ['diaspora', 'repertoire-diaspora'],
        type,
        members: Math.min(2000, Math.round(10 * rng.pareto(1.1, 2))),
      },
      'assoc-',
    );
  }

  // Support providers: internships, incubators, administrative and financial assistance, mentorship and coaching.
  const providerKinds: {
    what: string;
    weight: number;
    kind: Org['kind'];
    services: Service[];
    it: string;
    ma: string;
    sector: string;
    funderType?: string;
  }[] = [
    {
      what: 'internship host',
      weight: 22,
      kind: 'Firm',
      services: ['INTERNSHIP', 'JOB_PLACEMENT'],
      it: '{w} Industrie Srl',
      ma: '{w} Industries SARL',
      sector: 'manufacturing',
    },
    {
      what: 'business incubator',
      weight: 14,
      kind: 'Firm',
      services: ['INCUBATION', 'MENTORSHIP', 'COACHING'],
      it: 'Incubatore {w}',
      ma: 'Incubateur {w}',
      sector: 'incubation',
    },
    {
      what: 'training centre',
      weight: 14,
      kind: 'Firm',
      services: ['TRAINING', 'COACHING'],
      it: 'Centro di formazione {w}',
      ma: 'Centre de formation {w}',
      sector: 'training',
    },
    {
      what: 'business consultancy',
      weight: 12,
      kind: 'Firm',
      services: ['ADMIN_ASSISTANCE', 'COACHING', 'MARKET_ACCESS'],
      it: 'Studio {w} consulenza d’impresa',
      ma: 'Cabinet {w} Conseil',
      sector: 'consulting',
    },
    {
      what: 'legal aid desk',
      weight: 10,
      kind: 'Association',
      services: ['LEGAL_AID', 'ADMIN_ASSISTANCE'],
      it: 'Sportello legale {w}',
      ma: 'Permanence juridique {w}',
      sector: 'legal aid',
    },
    {
      what: 'mentoring network',
      weight: 10,
      kind: 'Association',
      services: ['MENTORSHIP', 'COACHING'],
      it: 'Rete mentori {w}',
      ma: 'Réseau de mentors {w}',
      sector: 'mentoring',
    },
    {
      what: 'microfinance institution',
      weight: 9,
      kind: 'Funder',
      services: ['FINANCIAL_ASSISTANCE'],
      it: 'Microcredito {w}',
      ma: 'Microcrédit {w} Solidaire',
      sector: 'microfinance',
      funderType: 'MICROFINANCE',
    },
    {
      what: 'diaspora investment club',
      weight: 5,
      kind: 'Funder',
      services: ['FINANCIAL_ASSISTANCE', 'MENTORSHIP'],
      it: 'Club investitori {w}',
      ma: 'Club d’investisseurs {w}',
      sector: 'investment',
      funderType: 'DIASPORA',
    },
    {
      what: 'impact investor',
      weight: 4,
      kind: 'Funder',
      services: ['FINANCIAL_ASSISTANCE'],
      it: '{w} Impact Capital',
      ma: '{w} Capital Développement',
      sector: 'investment',
      funderType: 'PRIVATE',
    },
  ];
  for (let i = 0; i < sizes.supportProviders; i++) {
    const p = rng.weighted(providerKinds.map((k) => [k, k.weight] as const));
    const inItaly = rng.chance(0.55);
    const region = inItaly ? itRegion() : maRegion();
    const city = cityIn(region);
    const name = uniqueName(
      p.kind,
      () => `${(inItaly ? p.it : p.ma).replace('{w}', rng.pick(inItaly ? FIRM_WORDS : MA_FIRM_WORDS))} – ${city}`,
    );
    const node: Json = {
      name,
      city,
      description: `Invented ${p.what} (generated).`,
      tags: [slugify(p.what), 'repertoire-support'],
    };
    const services = rng.chance(0.3)
      ? [...p.services, rng.pick<Service>(['TRAINING', 'COACHING', 'MARKET_ACCESS', 'MENTORSHIP'])].filter(
          (s, j, all) => all.indexOf(s) === j,
        )
      : p.services;
    if (p.kind === 'Firm')
      Object.assign(node, {
        sector:
          p.sector === 'manufacturing'
            ? rng.pick(['manufacturing', 'agri-food', 'logistics', 'tourism', 'ICT', 'construction'])
            : p.sector,
        size: rng.weighted([
          ['MICRO', 35],
          ['SMALL', 40],
          ['MEDIUM', 20],
          ['LARGE', 5],
        ]),
      });
    if (p.kind === 'Association') Object.assign(node, { type: 'NGO', members: rng.int(5, 120) });
    if (p.kind === 'Funder')
      Object.assign(node, {
        funderType: p.funderType,
        instruments:
          p.funderType === 'MICROFINANCE'
            ? ['MICROCREDIT']
            : p.funderType === 'DIASPORA'
              ? ['EQUITY', 'LOAN']
              : ['EQUITY', 'GRANT'],
      });
    addOrg(
      {
        kind: p.kind,
        country: inItaly ? 'IT' : 'MA',
        region,
        services,
        repertoire: 'support',
        funderType: p.funderType,
        sector: String(node.sector ?? p.sector),
      },
      node,
      p.kind === 'Firm' ? 'firm-' : p.kind === 'Funder' ? 'funder-' : 'assoc-',
    );
  }

  // Agencies of the migration field that are not public institutions: service desks for
  // foreigners, mediation cooperatives, local development NGOs in the regions of origin.
  const agencyKinds: { what: string; it: string; ma: string; services: Service[]; kind: Org['kind'] }[] = [
    {
      what: 'service desk for foreign residents run by a social cooperative',
      it: 'Cooperativa sociale {w} – sportello stranieri',
      ma: '',
      services: ['ADMIN_ASSISTANCE', 'LEGAL_AID'],
      kind: 'Association',
    },
    {
      what: 'cultural mediation cooperative',
      it: 'Cooperativa {w} mediazione interculturale',
      ma: '',
      services: ['TRAINING'],
      kind: 'Firm',
    },
    {
      what: 'local development NGO',
      it: '',
      ma: 'Association {w} pour le développement local',
      services: ['COACHING'],
      kind: 'Association',
    },
    {
      what: 'reception and orientation centre',
      it: 'Centro accoglienza {w}',
      ma: 'Centre d’orientation {w}',
      services: ['ADMIN_ASSISTANCE'],
      kind: 'Association',
    },
    {
      what: 'research group on migration',
      it: 'Osservatorio {w} sulle migrazioni',
      ma: 'Observatoire {w} des migrations',
      services: [],
      kind: 'Association',
    },
  ];
  for (let i = 0; i < sizes.agencies; i++) {
    const a = rng.pick(agencyKinds);
    const inItaly = a.ma === '' ? true : a.it === '' ? false : rng.chance(0.55);
    const region = inItaly ? itRegion() : maRegion();
    const city = cityIn(region);
    const name = uniqueName(
      a.kind,
      () => `${(inItaly ? a.it : a.ma).replace('{w}', rng.pick(inItaly ? FIRM_WORDS : MA_FIRM_WORDS))} – ${city}`,
    );
    const node: Json = {
      name,
      city,
      description: `Invented ${a.what} (generated).`,
      tags: [slugify(a.what.split(' ').slice(0, 3).join(' ')), 'repertoire-agencies'],
    };
    if (a.kind === 'Association')
      Object.assign(node, {
        type: a.what.startsWith('research') ? 'RESEARCH' : 'NGO',
        members: rng.int(5, 80),
      });
    else Object.assign(node, { sector: 'social services', size: rng.pick(['MICRO', 'SMALL']) });
    addOrg(
      { kind: a.kind, country: inItaly ? 'IT' : 'MA', region, services: a.services, repertoire: 'agencies' },
      node,
      a.kind === 'Firm' ? 'firm-' : 'assoc-',
    );
  }

  // ---------------------------------------------------------------------------------------
  // Migrants

  const people: Person[] = [];
  const personNodes: Json[] = [];
  const trainees: { italy: Person[]; casablanca: Person[] } = { italy: [], casablanca: [] };
  const usedPersonNames = new Set<string>();
  for (let i = 0; i < sizes.migrants; i++) {
    const group = i < trainees0.italy ? 'italy' : i < trainees0.italy + trainees0.casablanca ? 'casablanca' : 'general';
    const status =
      group === 'italy'
        ? 'RESIDENT'
        : group === 'casablanca'
          ? 'POTENTIAL'
          : rng.weighted([
              ['RESIDENT', 58],
              ['POTENTIAL', 16],
              ['RETURNED', 18],
              ['CIRCULAR', 8],
            ]);
    const inItaly = status === 'RESIDENT' || status === 'CIRCULAR';
    let residence = inItaly ? itRegion() : '';
    // Most Moroccans in Piemonte come from Khouribga (Béni Mellal-Khénifra): a corridor worth seeing.
    const origin =
      residence === 'region-piemonte' && rng.chance(0.5)
        ? 'region-beni-mellal-khenifra'
        : group === 'casablanca' && rng.chance(0.5)
          ? 'region-casablanca-settat'
          : maRegion();
    if (!inItaly)
      residence =
        status === 'POTENTIAL' && group === 'casablanca'
          ? 'region-casablanca-settat'
          : rng.chance(0.8)
            ? origin
            : maRegion();
    const female = rng.chance(0.469);
    const anchor = ANCHOR_PEOPLE[i];
    const first = anchor?.first ?? rng.pick(female ? FEMALE_NAMES : MALE_NAMES);
    let family = anchor?.family ?? rng.pick(FAMILY_NAMES);
    for (let n = 0; !anchor && usedPersonNames.has(`${first} ${family}`) && n < 20; n++)
      family = rng.pick(FAMILY_NAMES);
    usedPersonNames.add(`${first} ${family}`);
    const education =
      group === 'general'
        ? rng.weighted(GENERAL_EDUCATION)
        : rng.weighted([
            [6, 55],
            [7, 40],
            [8, 5],
          ]);
    const field = education >= 3 ? rng.pick(FIELDS) : undefined;
    const skills = field
      ? rng.sample(field.skills, rng.int(2, 3))
      : rng.sample(['farm work', 'construction', 'cooking', 'driving', 'retail', 'cleaning'], 2);
    const languages = ['ar'];
    if (rng.chance(0.3)) languages.push('zgh');
    if (inItaly || status === 'RETURNED' || rng.chance(0.3)) languages.push('it');
    if (education >= 3 || rng.chance(0.5)) languages.push('fr');
    if (education >= 5 && rng.chance(0.6)) languages.push('en');
    // Occupation: qualified people often work below their level (the premise of Mig-Ressources).
    let occupation: Person['occupation'];
    const employed = status === 'POTENTIAL' ? rng.chance(0.5) : rng.chance(0.8);
    if (employed) {
      const low = OCCUPATIONS.filter((o) => o.level <= 2);
      const high = OCCUPATIONS.filter((o) => o.level >= 3);
      const under = inItaly && education >= 6 ? rng.chance(group === 'italy' ? 0.7 : 0.55) : false;
      const pool =
        education >= 6 && !under ? high : education >= 4 && rng.chance(0.4) ? high.filter((o) => o.level === 3) : low;
      const fitting = field ? pool.filter((o) => o.sector === field.sector) : [];
      occupation = rng.pick(fitting.length > 0 && rng.chance(0.5) ? fitting : pool);
    }
    const drawn = rng.weighted([
      ['NONE', 30],
      ['NETWORK', 50],
      ['PUBLIC', 20],
    ]);
    const consent = anchor ? 'PUBLIC' : drawn;
    const number = String(i + 1).padStart(4, '0');
    const id = anchor?.id ?? uniqueId('migrant-', `${first} ${family.charAt(0)} ${number}`);
    const city = cityIn(residence);
    const person: Person = {
      id,
      status,
      country: inItaly ? 'IT' : 'MA',
      residence,
      origin,
      education,
      skills,
      occupation,
      weight: rng.pareto(2),
    };
    people.push(person);
    if (group === 'italy') trainees.italy.push(person);
    if (group === 'casablanca') trainees.casablanca.push(person);
    personNodes.push({
      kind: 'Migrant',
      id,
      name: `${first} ${family.charAt(0)}.`,
      country: person.country,
      city,
      description: `Invented person (generated): ${describeStatus(status)}, originally from ${cityIn(origin)}.`,
      tags: group === 'general' ? [] : ['mig-ressources-trainee'],
      status,
      education,
      ...(field ? { fieldOfStudy: field.field } : {}),
      skills,
      languages,
      ...(occupation ? { occupation: occupation.title, occupationLevel: occupation.level } : {}),
      consent,
      fullName: `${first} ${family}`,
      email: `${slugify(first)}.${slugify(family)}.${number}@example.org`,
      phone: `${inItaly ? '+39' : '+212'} 000 000 ${number}`,
      birthYear: rng.int(1955, 1990),
      synthetic: true,
      sources: [],
    });
    tie('BASED_IN', id, residence, {}, 1);
    tie('ORIGINATES_FROM', id, origin, {}, 1);
  }

  // The 2007 courses (real events, synthetic participants): Torino from 22 May, Roma from 29 May, Casablanca from 18 May.
  for (const p of trainees.italy) {
    const north = [
      'region-piemonte',
      'region-lombardia',
      'region-liguria',
      'region-valle-d-aosta',
      'region-veneto',
      'region-emilia-romagna',
    ].includes(p.residence);
    const [event, date] = north
      ? ['event-training-torino-2007', '2007-05-22']
      : ['event-training-roma-2007', '2007-05-29'];
    // Attending is dated on the event's day (docs/data-model.md#time); the course's length is in the note.
    tie(
      'ATTENDED',
      p.id,
      event,
      { since: date, until: date, role: 'PARTICIPANT', note: '330-hour course starting on this day' },
      0.9,
    );
  }
  for (const p of trainees.casablanca)
    tie(
      'ATTENDED',
      p.id,
      'event-training-casablanca-2007',
      { since: '2007-05-18', until: '2007-05-18', role: 'PARTICIPANT', note: 'course starting on this day' },
      0.9,
    );

  // ---------------------------------------------------------------------------------------
  // Memberships, partnerships, employment, mentoring

  const synthOrgs = orgs.filter((o) => o.synthetic);
  const diaspora = orgs.filter((o) => o.repertoire === 'diaspora' && o.kind === 'Association');
  const networks = diaspora.filter((o) => o.assocType === 'NETWORK');
  const byWeight = <T extends { weight: number }>(items: readonly T[], filter: (t: T) => boolean = () => true): T => {
    // At tiny sizes a filter may leave nobody: fall back to everyone rather than fail.
    const filtered = items.filter(filter);
    const candidates = filtered.length > 0 ? filtered : items;
    return rng.weighted(candidates.map((c) => [c, c.weight] as const));
  };

  for (const p of people) {
    const local = diaspora.filter((a) => a.region === p.residence || (a.country === 'MA' && a.region === p.origin));
    const memberships =
      p.status === 'POTENTIAL'
        ? 0
        : rng.weighted([
            [0, 30],
            [1, 45],
            [2, 20],
            [3, 5],
          ]);
    for (let m = 0; m < memberships; m++) {
      const assoc =
        local.length > 0 && rng.chance(0.75) ? byWeight(local) : byWeight(diaspora, (a) => a.country === p.country);
      const since = when([assoc.id], '1998-01-01', '2009-06-30');
      if (!since) continue;
      const end = rng.chance(0.15) ? span([assoc.id], addDays(since, 180), '2015-12-31') : null;
      tie('MEMBER_OF', p.id, assoc.id, {
        since,
        ...(end ? { until: rng.date(end[0], end[1]) } : {}),
        role: rng.weighted([
          ['member', 80],
          ['board member', 12],
          ['president', 5],
          ['volunteer', 3],
        ]),
      });
    }
  }
  for (const a of diaspora.filter((o) => o.synthetic && o.assocType !== 'NETWORK')) {
    if (!rng.chance(0.6)) continue;
    const net = byWeight(networks, (n) => n.id !== a.id);
    const since = when([a.id, net.id], '2000-01-01', '2009-12-31');
    if (since) tie('MEMBER_OF', a.id, net.id, { since, role: 'member association' });
  }
  for (const f of synthOrgs.filter((o) => o.kind === 'Firm' && rng.chance(0.2))) {
    const prof = diaspora.filter((a) => a.assocType === 'PROFESSIONAL' || a.assocType === 'NETWORK');
    const net = prof.length > 0 ? byWeight(prof) : undefined;
    const since = net && when([f.id, net.id], '2003-01-01', '2009-12-31');
    if (net && since) tie('MEMBER_OF', f.id, net.id, { since, role: 'supporting member' });
  }

  // Partnerships: preferential attachment with a taste for the same region, and a share of
  // cross-border ones (decentralised cooperation, co-development).
  const partnershipTarget = Math.round(synthOrgs.length * 1.6);
  for (let n = 0, attempts = 0; n < partnershipTarget && attempts < partnershipTarget * 10; attempts++) {
    const a = rng.pick(synthOrgs);
    const crossBorder = rng.chance(0.3);
    const b = crossBorder
      ? byWeight(orgs, (o) => o.id !== a.id && o.country !== a.country)
      : rng.chance(0.5) && a.region
        ? byWeight(orgs, (o) => o.id !== a.id && o.region === a.region)
        : byWeight(orgs, (o) => o.id !== a.id && o.country === a.country);
    if (!b) continue;
    const kind = crossBorder
      ? rng.weighted([
          ['DECENTRALISED_COOPERATION', 40],
          ['PROGRAMME', 35],
          ['MOU', 25],
        ])
      : rng.weighted([
          ['NETWORK', 45],
          ['MOU', 30],
          ['PROGRAMME', 25],
        ]);
    const since = when([a.id, b.id], '2002-01-01', '2009-12-31');
    if (!since) continue;
    const end = rng.chance(0.35) ? span([a.id, b.id], addDays(since, 180), '2014-12-31') : null;
    const [from, to] = rng.chance(0.5) ? [a.id, b.id] : [b.id, a.id];
    if (tie('PARTNERS_WITH', from, to, { since, ...(end ? { until: rng.date(end[0], end[1]) } : {}), kind })) n++;
  }

  // The umbrella institutions' outreach: IOM Italy worked with diaspora associations through
  // Mig-Ressources (2006–2009) and A.MI.CO. (from 2011), the Fondation Hassan II with associations
  // of Moroccans abroad and returnees. Invented ties (plausible illustrations, like the others) that
  // keep the real umbrellas the hubs they are (seeds/README.md, Provenance).
  const outreach: Record<string, readonly [string, string, string]> = {
    'pa-iom-italy': ['2006-05-05', '2012-12-31', 'illustrative: Mig-Ressources or A.MI.CO. outreach to associations'],
    'funder-hassan-ii-foundation': [
      '2000-01-01',
      '2012-12-31',
      'illustrative: support to associations of Moroccans abroad',
    ],
  };
  for (const umbrella of UMBRELLA_IDS) {
    const [lo, hi, note] = outreach[umbrella]!;
    for (const a of synthOrgs.filter((o) => o.kind === 'Association')) {
      if (!rng.chance(0.5)) continue;
      const since = when([umbrella, a.id], lo, hi);
      if (since) tie('PARTNERS_WITH', umbrella, a.id, { since, kind: 'PROGRAMME', note });
    }
  }

  // Employment: Italian employers hire residents (often below their qualification), Moroccan ones returnees.
  const employers = synthOrgs.filter(
    (o) => o.kind === 'Firm' || (o.kind === 'Association' && o.repertoire !== 'diaspora'),
  );
  for (const p of people) {
    if (!p.occupation || !rng.chance(0.45)) continue;
    const local = employers.filter((e) => e.region === p.residence);
    const employer =
      local.length > 0 && rng.chance(0.7) ? rng.pick(local) : byWeight(employers, (e) => e.country === p.country);
    if (!employer) continue;
    const since = when([employer.id], '2001-01-01', '2009-12-31');
    if (!since) continue;
    const end = rng.chance(0.25) ? span([employer.id], addDays(since, 90), '2013-12-31') : null;
    tie('EMPLOYS', employer.id, p.id, {
      since,
      ...(end ? { until: rng.date(end[0], end[1]) } : {}),
      jobTitle: p.occupation.title,
      occupationLevel: p.occupation.level,
    });
  }

  // Mentoring: qualified returnees, professional associations and mentoring providers mentor newcomers and would-be returnees.
  const mentorOrgs = orgs.filter((o) => o.services.includes('MENTORSHIP') || o.services.includes('COACHING'));
  const seniors = people.filter(
    (p) => p.education >= 6 && (p.status === 'RETURNED' || p.status === 'CIRCULAR' || (p.occupation?.level ?? 0) >= 3),
  );
  const mentees = people.filter((p) => p.status !== 'RETURNED');
  const mentoringTarget = Math.round(people.length * 0.3);
  for (let n = 0, attempts = 0; n < mentoringTarget && attempts < mentoringTarget * 10; attempts++) {
    const mentee = rng.pick(mentees);
    const mentor = rng.chance(0.45) && seniors.length > 0 ? rng.pick(seniors).id : byWeight(mentorOrgs).id;
    const since = when([mentor], '2006-06-01', '2009-12-31');
    const end = since && span([mentor], addDays(since, 90), addDays(since, 540));
    if (!since || !end) continue;
    if (
      tie('MENTORS', mentor, mentee.id, {
        since,
        until: rng.date(end[0], end[1]),
        topic: rng.pick([
          'business plan',
          'job search in Italy',
          'recognition of diplomas',
          'return project',
          'Italian language',
          'access to credit',
          'public speaking',
        ]),
      })
    )
      n++;
  }

  // ---------------------------------------------------------------------------------------
  // Networking meetings 2006–2009 and who attended

  const eventNodes: Json[] = [];
  const attendeeWeight = (o: Org) => o.weight;
  for (let i = 0; i < sizes.meetings; i++) {
    // Phase 1 (2006 – July 2007) had fewer meetings than phase 2 (2008–2009).
    const date = rng.weighted([
      [['2006-06-01', '2006-12-20'], 10],
      [['2007-01-10', '2007-12-20'], 22],
      [['2008-01-10', '2008-12-20'], 34],
      [['2009-01-10', '2009-12-15'], 34],
    ] as const);
    const day = rng.date(date[0], date[1]);
    const inItaly = rng.chance(0.6);
    const region = inItaly ? itRegion() : maRegion();
    const city = cityIn(region);
    const type = rng.weighted([
      ['NETWORKING_MEETING', 88],
      ['WORKSHOP', 8],
      ['SEMINAR', 4],
    ]);
    const topic = rng.pick(MEETING_TOPICS);
    const label = (
      { NETWORKING_MEETING: 'Networking meeting', WORKSHOP: 'Workshop', SEMINAR: 'Seminar' } as Record<string, string>
    )[type]!;
    const id = uniqueId('event-', `${label} ${city} ${day}`);
    eventNodes.push({
      kind: 'Event',
      id,
      name: `${label}: ${topic}, ${city}`,
      type,
      date: day,
      city,
      country: inItaly ? 'IT' : 'MA',
      description: `Invented meeting (generated) on ${topic}.`,
      synthetic: true,
      sources: [],
    });
    const at = { since: day, until: day };
    lifeOf.set(id, { founded: day, closed: day });
    // Only organisations that existed that day can attend (docs/data-model.md#time).
    const alive = orgs.filter((o) => activeOn(o.id, day));
    const local = alive.filter((o) => o.region === region);
    const organiser =
      local.length > 0 && rng.chance(0.7)
        ? byWeight(local)
        : byWeight(alive, (o) => o.country === (inItaly ? 'IT' : 'MA'));
    tie('ATTENDED', organiser.id, id, { ...at, role: 'ORGANISER' });
    const orgCount = Math.min(30, Math.round(3 + rng.pareto(1.8, 2)));
    for (let k = 0, added = 0; added < orgCount && k < orgCount * 5; k++) {
      const roll = rng.next();
      const pool =
        roll < 0.45 && local.length > 0
          ? local
          : roll < 0.8
            ? alive.filter((o) => o.country === (inItaly ? 'IT' : 'MA'))
            : alive;
      const o = rng.weighted(pool.map((p) => [p, attendeeWeight(p)] as const));
      if (tie('ATTENDED', o.id, id, { ...at, role: rng.chance(0.15) ? 'SPEAKER' : 'PARTICIPANT' })) added++;
    }
    const peopleHere = people.filter((p) => p.residence === region || p.origin === region);
    const personCount = rng.int(2, 9);
    for (let k = 0; k < personCount && peopleHere.length > 0; k++) {
      const p = rng.weighted(peopleHere.map((q) => [q, q.weight] as const));
      tie('ATTENDED', p.id, id, { ...at, role: rng.chance(0.08) ? 'SPEAKER' : 'PARTICIPANT' });
    }
  }

  // ---------------------------------------------------------------------------------------
  // Return projects

  const projectNodes: Json[] = [];
  const leaders = people.filter(
    (p) => p.status === 'RETURNED' || p.status === 'CIRCULAR' || (p.status === 'RESIDENT' && p.education >= 3),
  );
  const funders = orgs.filter((o) => o.kind === 'Funder' || o.services.includes('FINANCIAL_ASSISTANCE'));
  for (let i = 0; i < sizes.projects; i++) {
    const leader = rng.pick(leaders);
    const type = rng.weighted([
      ['SMALL_BUSINESS', 50],
      ['INVESTMENT', 25],
      ['NONPROFIT_COOPERATION', 25],
    ]);
    const sector =
      type === 'NONPROFIT_COOPERATION'
        ? rng.pick(['education', 'agri-food', 'services'])
        : rng.weighted(PROJECT_SECTORS);
    const idea =
      type === 'NONPROFIT_COOPERATION'
        ? rng.pick([
            'Literacy courses for women',
            'Drinking-water well',
            'School support centre',
            'Women’s cooperative training',
            'Rural health caravan',
          ])
        : rng.pick(PROJECT_IDEAS[sector] ?? ['Small business']);
    const city = cityIn(leader.origin);
    // Projects of the programme years and projects of today, so that supportMatches means
    // something for both; an old project that did not stop is still running.
    const today = rng.chance(0.4);
    const start = today ? rng.date('2023-01-01', '2026-10-31') : rng.date('2007-06-01', '2009-12-31');
    const stage = today
      ? rng.weighted([
          ['IDEA', 25],
          ['ASSESSED', 25],
          ['GUIDED', 25],
          ['FUNDED', 15],
          ['LAUNCHED', 10],
        ])
      : rng.weighted([
          ['ASSESSED', 10],
          ['GUIDED', 15],
          ['FUNDED', 20],
          ['LAUNCHED', 30],
          ['STOPPED', 25],
        ]);
    const ended = stage === 'STOPPED' ? addDays(start, rng.int(240, 1500)) : undefined;
    const budgetEur =
      type === 'INVESTMENT'
        ? rng.int(10, 150) * 1000
        : type === 'SMALL_BUSINESS'
          ? rng.int(8, 60) * 1000
          : rng.int(5, 50) * 1000;
    const needs = rng.sample<Service>(
      [
        'FINANCIAL_ASSISTANCE',
        'ADMIN_ASSISTANCE',
        'COACHING',
        'MENTORSHIP',
        'TRAINING',
        'MARKET_ACCESS',
        'INCUBATION',
        'LEGAL_AID',
      ],
      rng.int(2, 4),
    );
    const id = uniqueId('project-', `${idea} ${city}`);
    const project: Json = {
      kind: 'ReturnProject',
      id,
      name: `${idea} in ${city}`,
      type,
      sector,
      stage,
      started: start,
      ...(ended ? { ended } : {}),
      budgetEur,
      needs,
      description:
        'Invented return project (generated). Sector and amounts are assumptions: the sectors of the return projects Mig-Ressources funded are not public.',
      synthetic: true,
      sources: [],
    };
    projectNodes.push(project);
    const fundsSince: string[] = [];
    lifeOf.set(id, { founded: start, ...(ended ? { closed: ended } : {}) });
    const lastDay = ended ?? LAST_DAY;
    tie('LEADS', leader.id, id, { since: start, role: 'promoter' });
    if (rng.chance(0.25)) tie('LEADS', rng.pick(leaders).id, id, { since: start, role: 'co-promoter' });
    tie('TARGETS', id, leader.origin, {}, 1);
    // Who supports or funds it must exist while it runs (docs/data-model.md#time).
    const aliveAtStart = (o: Org) => activeOn(o.id, start);
    if (type === 'NONPROFIT_COOPERATION') {
      const assoc = byWeight(diaspora, aliveAtStart);
      const since = when([assoc.id, id], start, addDays(start, 90));
      if (since) tie('SUPPORTS', assoc.id, id, { since, service: 'COACHING' });
    }
    for (const need of needs) {
      const providers = orgs.filter((o) => o.services.includes(need) && aliveAtStart(o));
      if (providers.length === 0 || !rng.chance(0.7)) continue;
      const nearby = providers.filter((o) => o.region === leader.origin || o.region === leader.residence);
      const provider = nearby.length > 0 && rng.chance(0.5) ? rng.pick(nearby) : byWeight(providers);
      const since = when([provider.id, id], start, addDays(start, 90));
      if (!since) continue;
      const end =
        stage === 'STOPPED' || stage === 'LAUNCHED'
          ? span([provider.id, id], addDays(since, 120), addDays(since, 720))
          : null;
      tie('SUPPORTS', provider.id, id, {
        since,
        ...(end && end[1] <= lastDay ? { until: rng.date(end[0], end[1]) } : {}),
        service: need,
      });
    }
    if (['FUNDED', 'LAUNCHED', 'STOPPED'].includes(stage)) {
      const count = rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        const funder = byWeight(funders, aliveAtStart);
        const instrument =
          funder.funderType === 'MICROFINANCE'
            ? 'MICROCREDIT'
            : funder.funderType === 'BANK'
              ? 'LOAN'
              : funder.funderType === 'DIASPORA'
                ? rng.pick(['EQUITY', 'LOAN'])
                : rng.pick(['GRANT', 'GUARANTEE', 'EQUITY']);
        const since = when([funder.id, id], start, addDays(start, 540));
        if (!since) continue;
        const year = Number(since.slice(0, 4));
        fundsSince.push(since);
        tie('FUNDS', funder.id, id, {
          since,
          amountEur: Math.round((budgetEur * rng.int(15, 60)) / 100 / 100) * 100,
          instrument,
          year,
          note: 'amount is an assumption',
        });
      }
    }
    // The days of its stages, beside its lifetime (before the budget) in the file.
    const dated = Object.entries(stageDates({ id, stage, started: start, ended, fundsSince, lastDay: LAST_DAY }));
    const entries = Object.entries(project);
    entries.splice(
      entries.findIndex(([k]) => k === 'budgetEur'),
      0,
      ...dated,
    );
    projectNodes[projectNodes.indexOf(project)] = Object.fromEntries(entries);
  }
  // Funders also fund associations and firms directly.
  for (const target of synthOrgs.filter((o) => (o.kind === 'Association' || o.kind === 'Firm') && rng.chance(0.12))) {
    const funder = byWeight(funders, (f) => f.id !== target.id);
    const since = when([funder.id, target.id], '2005-01-01', '2010-12-31');
    if (!since) continue;
    const year = Number(since.slice(0, 4));
    const until = span([funder.id, target.id], since, `${year}-12-31`)![1];
    tie('FUNDS', funder.id, target.id, {
      since,
      until,
      amountEur: rng.int(2, 80) * 1000,
      instrument: rng.pick(['GRANT', 'LOAN', 'IN_KIND']),
      year,
      note: 'invented; the grant runs to the end of its year',
    });
  }

  // ---------------------------------------------------------------------------------------
  // Opportunities and applications

  const oppNodes: Json[] = [];
  const offerers = orgs.filter((o) => o.synthetic && o.kind !== 'Funder');
  const oppTypes: Record<'IT' | 'MA', readonly (readonly [string, number])[]> = {
    IT: [
      ['JOB', 40],
      ['INTERNSHIP', 35],
      ['TRAINING', 25],
    ],
    MA: [
      ['JOB', 25],
      ['INCUBATION', 30],
      ['FUNDING_CALL', 25],
      ['TRAINING', 20],
    ],
  };
  for (let i = 0; i < sizes.opportunities; i++) {
    const country = rng.chance(0.5) ? 'IT' : 'MA';
    // Half in the programme years, a third open around today, the rest in between, so that
    // opportunityMatches means something on any day the questions are asked for.
    const era = rng.weighted([
      ['programme', 50],
      ['between', 15],
      ['today', 35],
    ] as const);
    const opens =
      era === 'programme'
        ? rng.date('2006-09-01', '2009-10-31')
        : era === 'between'
          ? rng.date('2010-01-01', '2023-12-31')
          : rng.date('2025-03-01', LAST_DAY);
    const closes = addDays(opens, era === 'today' ? rng.int(150, 540) : rng.int(60, 365));
    const offerer = byWeight(offerers, (o) => o.country === country && activeOn(o.id, opens));
    const type = rng.weighted(oppTypes[country]);
    const field = rng.pick(FIELDS);
    const region = offerer.region ?? (country === 'IT' ? itRegion() : maRegion());
    const city = cityIn(region);
    const label = (
      {
        JOB: 'Job',
        INTERNSHIP: 'Internship',
        TRAINING: 'Training course',
        INCUBATION: 'Incubation programme',
        FUNDING_CALL: 'Call for projects',
      } as Record<string, string>
    )[type]!;
    const id = uniqueId('opp-', `${label} ${field.sector} ${city} ${opens.slice(0, 4)}`);
    oppNodes.push({
      kind: 'Opportunity',
      id,
      name: `${label} in ${field.sector}, ${city}`,
      type,
      sector: field.sector,
      requiredSkills: rng.sample(field.skills, rng.int(1, 3)),
      minEducation: type === 'JOB' ? rng.pick([2, 3, 5, 6]) : rng.pick([3, 4, 6]),
      opens,
      closes,
      country,
      city,
      description: `Invented ${label.toLowerCase()} (generated).`,
      synthetic: true,
      sources: [],
    });
    lifeOf.set(id, { founded: opens, closed: closes });
    tie('OFFERS', offerer.id, id, { since: opens });
    if (rng.chance(0.2))
      tie('OFFERS', byWeight(orgs, (o) => o.country !== country && activeOn(o.id, opens)).id, id, {
        since: opens,
        note: 'co-offered across the border',
      });
    tie('TARGETS', id, region, {}, 1);
    const candidates = people.filter(
      (p) => p.skills.some((s) => field.skills.includes(s)) || (country === 'MA') === (p.country === 'MA'),
    );
    for (const p of rng.sample(candidates, rng.int(2, 8))) {
      tie('APPLIED_TO', p.id, id, {
        since: addDays(opens, rng.int(1, 25)),
        status: rng.weighted([
          ['APPLIED', 50],
          ['PLACED', 25],
          ['DECLINED', 25],
        ]),
      });
    }
  }

  // ---------------------------------------------------------------------------------------

  const note = `Generated by seeds/generator (npm run seeds:curated -- --seed ${options.seed}); do not edit by hand. Every record is invented (synthetic: true). See seeds/README.md.`;
  const files = new Map<string, string>();
  files.set('synthetic-organisations.json', formatSeedJson({ $comment: note, nodes: orgNodes }));
  files.set('synthetic-people.json', formatSeedJson({ $comment: note, nodes: personNodes }));
  files.set('synthetic-events.json', formatSeedJson({ $comment: note, nodes: eventNodes }));
  files.set('synthetic-projects.json', formatSeedJson({ $comment: note, nodes: projectNodes }));
  files.set('synthetic-opportunities.json', formatSeedJson({ $comment: note, nodes: oppNodes }));
  files.set('synthetic-ties.json', formatSeedJson({ $comment: note, ties }));
  return files;
}

function describeStatus(status: string): string {
  return (
    (
      {
        RESIDENT: 'lives in Italy',
        POTENTIAL: 'lives in Morocco and considers migrating to Italy',
        RETURNED: 'came back to Morocco from Italy',
        CIRCULAR: 'moves between Italy and Morocco',
      } as Record<string, string>
    )[status] ?? status
  );
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function stripUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

interface RawNode {
  kind: string;
  id: string;
  country?: string;
  city?: string;
  services?: string[];
  tags?: string[];
  synthetic: boolean;
  type?: string;
  funderType?: string;
  sector?: string;
  founded?: string;
  closed?: string;
  date?: string;
}

function readJson(
  dir: string,
  file: string,
): { nodes?: RawNode[]; ties?: { type: string; from: string; to: string }[] } {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
}

/** Hand-curated files only: the generator's own output never feeds back into it. */
function curatedFiles(dir: string): string[] {
  return [
    'regions.json',
    'organisations.json',
    'events.json',
    'people.json',
    'projects.json',
    'opportunities.json',
    'ties.json',
  ].filter((f) => {
    try {
      readFileSync(path.join(dir, f));
      return true;
    } catch {
      return false;
    }
  });
}

function readAllIds(dir: string): string[] {
  return curatedFiles(dir).flatMap((f) => (readJson(dir, f).nodes ?? []).map((n) => n.id));
}

function countCourseAttendance(dir: string): { italy: number; casablanca: number } {
  const ties = readJson(dir, 'ties.json').ties ?? [];
  const count = (events: string[]) =>
    ties.filter((t) => t.type === 'ATTENDED' && t.from.startsWith('migrant-') && events.includes(t.to)).length;
  return {
    italy: count(['event-training-torino-2007', 'event-training-roma-2007']),
    casablanca: count(['event-training-casablanca-2007']),
  };
}

/** Lifetimes of the hand-curated nodes that have one (organisations, events), as `founded`/`closed`. */
function readCuratedLifetimes(dir: string): [string, Lifetime][] {
  return curatedFiles(dir).flatMap((f) =>
    (readJson(dir, f).nodes ?? []).flatMap((n): [string, Lifetime][] => {
      const from = n.founded ?? n.date;
      const to = n.closed ?? n.date;
      return from || to ? [[n.id, { ...(from ? { founded: from } : {}), ...(to ? { closed: to } : {}) }]] : [];
    }),
  );
}

function readRegions(dir: string): Map<string, RawNode> {
  return new Map((readJson(dir, 'regions.json').nodes ?? []).map((n) => [n.id, n]));
}

/** Real organisations of organisations.json, with the region each is based in (from ties.json). */
function readRealOrgs(dir: string, regions: ReadonlyMap<string, RawNode>): Org[] {
  const basedIn = new Map<string, string>();
  for (const t of readJson(dir, 'ties.json').ties ?? [])
    if (t.type === 'BASED_IN' && regions.has(t.to)) basedIn.set(t.from, t.to);
  return (readJson(dir, 'organisations.json').nodes ?? [])
    .filter((n) => !n.synthetic)
    .map((n) => {
      const tags = n.tags ?? [];
      const repertoire = tags.includes('repertoire-diaspora')
        ? 'diaspora'
        : tags.includes('repertoire-support')
          ? 'support'
          : tags.includes('repertoire-agencies')
            ? 'agencies'
            : undefined;
      return {
        id: n.id,
        kind: n.kind as Org['kind'],
        country: (n.country ?? 'INTL') as Country,
        ...(basedIn.has(n.id) ? { region: basedIn.get(n.id)! } : {}),
        services: n.services ?? [],
        synthetic: false,
        ...(repertoire ? { repertoire } : {}),
        ...(n.kind === 'Association' && n.type ? { assocType: n.type } : {}),
        ...(n.funderType ? { funderType: n.funderType } : {}),
        ...(n.founded ? { founded: n.founded } : {}),
        ...(n.closed ? { closed: n.closed } : {}),
        // Real institutions start as mid-sized hubs; the Pareto draw then spreads them.
        weight: tags.includes('mig-ressources')
          ? 5
          : n.id.startsWith('pa-regione-') || n.id.startsWith('pa-consulate-')
            ? 0.8
            : 1.5,
      } as Org;
    });
}
