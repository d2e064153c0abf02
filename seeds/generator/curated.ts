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
import { formatSeedJson } from './format.js';
import { Rng, addDays, slugify } from './prng.js';
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

/**
 * Generated people whose id and name are fixed because tests and demos name them; everything
 * else about them is drawn like anyone else's. They are the first people generated.
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
  const orgs: Org[] = realOrgs.map((o) => ({ ...o, weight: o.weight * (1 + rng.pareto(1.6)) }));

  const addOrg = (org: Omit<Org, 'id' | 'weight' | 'synthetic'>, node: Json, prefix: string) => {
    const id = uniqueId(prefix, String(node.name));
    const full: Org = { ...org, id, synthetic: true, weight: rng.pareto(1.8) };
    orgs.push(full);
    orgNodes.push({
      kind: org.kind,
      id,
      ...node,
      country: org.country,
      services: [...org.services],
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
    const word = rng.pick(ASSOCIATION_WORDS);
    const origin = cityIn(maRegion());
    const name = inMorocco
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
        foundedYear: rng.int(1990, 2008),
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
    const name = `${(inItaly ? p.it : p.ma).replace('{w}', rng.pick(inItaly ? FIRM_WORDS : MA_FIRM_WORDS))} – ${city}`;
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
    if (p.kind === 'Association')
      Object.assign(node, { type: 'NGO', foundedYear: rng.int(1985, 2008), members: rng.int(5, 120) });
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
    const name = `${(inItaly ? a.it : a.ma).replace('{w}', rng.pick(inItaly ? FIRM_WORDS : MA_FIRM_WORDS))} – ${city}`;
    const node: Json = {
      name,
      city,
      description: `Invented ${a.what} (generated).`,
      tags: [slugify(a.what.split(' ').slice(0, 3).join(' ')), 'repertoire-agencies'],
    };
    if (a.kind === 'Association')
      Object.assign(node, {
        type: a.what.startsWith('research') ? 'RESEARCH' : 'NGO',
        foundedYear: rng.int(1985, 2008),
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
  const usedNames = new Set<string>();
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
    for (let n = 0; !anchor && usedNames.has(`${first} ${family}`) && n < 20; n++) family = rng.pick(FAMILY_NAMES);
    usedNames.add(`${first} ${family}`);
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
    const consent = rng.weighted([
      ['NONE', 30],
      ['NETWORK', 50],
      ['PUBLIC', 20],
    ]);
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
    tie(
      'ATTENDED',
      p.id,
      event,
      {
        since: date,
        until: addDays(date, 60),
        role: 'PARTICIPANT',
        note: '330-hour course; the end date is an assumption',
      },
      0.9,
    );
  }
  for (const p of trainees.casablanca)
    tie(
      'ATTENDED',
      p.id,
      'event-training-casablanca-2007',
      { since: '2007-05-18', until: '2007-07-18', role: 'PARTICIPANT', note: 'the end date is an assumption' },
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
      tie('MEMBER_OF', p.id, assoc.id, {
        since: rng.date('1998-01-01', '2009-06-30'),
        ...(rng.chance(0.15) ? { until: rng.date('2009-07-01', '2015-12-31') } : {}),
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
    tie('MEMBER_OF', a.id, net.id, { since: rng.date('2000-01-01', '2009-12-31'), role: 'member association' });
  }
  for (const f of synthOrgs.filter((o) => o.kind === 'Firm' && rng.chance(0.2))) {
    const prof = diaspora.filter((a) => a.assocType === 'PROFESSIONAL' || a.assocType === 'NETWORK');
    if (prof.length > 0)
      tie('MEMBER_OF', f.id, byWeight(prof).id, {
        since: rng.date('2003-01-01', '2009-12-31'),
        role: 'supporting member',
      });
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
    const since = rng.date('2002-01-01', '2009-12-31');
    const ended = rng.chance(0.35);
    const [from, to] = rng.chance(0.5) ? [a.id, b.id] : [b.id, a.id];
    if (
      tie('PARTNERS_WITH', from, to, {
        since,
        ...(ended ? { until: rng.date(addDays(since, 180), '2014-12-31') } : {}),
        kind,
      })
    )
      n++;
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
    const since = rng.date('2001-01-01', '2009-12-31');
    tie('EMPLOYS', employer.id, p.id, {
      since,
      ...(rng.chance(0.25) ? { until: rng.date(addDays(since, 90), '2013-12-31') } : {}),
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
    const since = rng.date('2006-06-01', '2009-12-31');
    if (
      tie('MENTORS', mentor, mentee.id, {
        since,
        until: addDays(since, rng.int(90, 540)),
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
    const local = orgs.filter((o) => o.region === region);
    const organiser =
      local.length > 0 && rng.chance(0.7)
        ? byWeight(local)
        : byWeight(orgs, (o) => o.country === (inItaly ? 'IT' : 'MA'));
    tie('ATTENDED', organiser.id, id, { ...at, role: 'ORGANISER' });
    const orgCount = Math.min(30, Math.round(3 + rng.pareto(1.8, 2)));
    for (let k = 0, added = 0; added < orgCount && k < orgCount * 5; k++) {
      const roll = rng.next();
      const pool =
        roll < 0.45 && local.length > 0
          ? local
          : roll < 0.8
            ? orgs.filter((o) => o.country === (inItaly ? 'IT' : 'MA'))
            : orgs;
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
    const stage = rng.weighted([
      ['IDEA', 15],
      ['ASSESSED', 20],
      ['GUIDED', 25],
      ['FUNDED', 18],
      ['LAUNCHED', 15],
      ['STOPPED', 7],
    ]);
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
    projectNodes.push({
      kind: 'ReturnProject',
      id,
      name: `${idea} in ${city}`,
      type,
      sector,
      stage,
      budgetEur,
      needs,
      description:
        'Invented return project (generated). Sector and amounts are assumptions: the sectors of the return projects Mig-Ressources funded are not public.',
      synthetic: true,
      sources: [],
    });
    const start = rng.date('2007-06-01', '2009-12-31');
    tie('LEADS', leader.id, id, { since: start, role: 'promoter' });
    if (rng.chance(0.25)) tie('LEADS', rng.pick(leaders).id, id, { since: start, role: 'co-promoter' });
    tie('TARGETS', id, leader.origin, {}, 1);
    if (type === 'NONPROFIT_COOPERATION') {
      const assoc = byWeight(diaspora);
      tie('SUPPORTS', assoc.id, id, { since: start, service: 'COACHING' });
    }
    for (const need of needs) {
      const providers = orgs.filter((o) => o.services.includes(need));
      if (providers.length === 0 || !rng.chance(0.7)) continue;
      const nearby = providers.filter((o) => o.region === leader.origin || o.region === leader.residence);
      const provider = nearby.length > 0 && rng.chance(0.5) ? rng.pick(nearby) : byWeight(providers);
      tie('SUPPORTS', provider.id, id, {
        since: start,
        ...(stage === 'STOPPED' || stage === 'LAUNCHED' ? { until: addDays(start, rng.int(120, 720)) } : {}),
        service: need,
      });
    }
    if (['FUNDED', 'LAUNCHED', 'STOPPED'].includes(stage)) {
      const count = rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        const funder = byWeight(funders);
        const instrument =
          funder.funderType === 'MICROFINANCE'
            ? 'MICROCREDIT'
            : funder.funderType === 'BANK'
              ? 'LOAN'
              : funder.funderType === 'DIASPORA'
                ? rng.pick(['EQUITY', 'LOAN'])
                : rng.pick(['GRANT', 'GUARANTEE', 'EQUITY']);
        const year = Number(start.slice(0, 4)) + rng.int(0, 1);
        tie('FUNDS', funder.id, id, {
          since: `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
          amountEur: Math.round((budgetEur * rng.int(15, 60)) / 100 / 100) * 100,
          instrument,
          year,
          note: 'amount is an assumption',
        });
      }
    }
  }
  // Funders also fund associations and firms directly.
  for (const target of synthOrgs.filter((o) => (o.kind === 'Association' || o.kind === 'Firm') && rng.chance(0.12))) {
    const funder = byWeight(funders, (f) => f.id !== target.id);
    const year = rng.int(2005, 2010);
    tie('FUNDS', funder.id, target.id, {
      since: `${year}-01-01`,
      until: `${year}-12-31`,
      amountEur: rng.int(2, 80) * 1000,
      instrument: rng.pick(['GRANT', 'LOAN', 'IN_KIND']),
      year,
      note: 'only the year is invented; dates are the year span',
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
    const offerer = byWeight(offerers, (o) => o.country === country);
    const type = rng.weighted(oppTypes[country]);
    const field = rng.pick(FIELDS);
    const region = offerer.region ?? (country === 'IT' ? itRegion() : maRegion());
    const city = cityIn(region);
    const opens = rng.date('2006-09-01', '2009-10-31');
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
      closes: addDays(opens, rng.int(30, 180)),
      country,
      city,
      description: `Invented ${label.toLowerCase()} (generated).`,
      synthetic: true,
      sources: [],
    });
    tie('OFFERS', offerer.id, id, { since: opens });
    if (rng.chance(0.2))
      tie('OFFERS', byWeight(orgs, (o) => o.country !== country).id, id, {
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
        // Real institutions start as mid-sized hubs; the Pareto draw then spreads them.
        weight: tags.includes('mig-ressources')
          ? 5
          : n.id.startsWith('pa-regione-') || n.id.startsWith('pa-consulate-')
            ? 0.8
            : 1.5,
      } as Org;
    });
}
