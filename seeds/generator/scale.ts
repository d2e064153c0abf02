/**
 * Graphs of the curated dataset's shape at any size, for performance work: the same node kinds
 * and relationship types, the 32 real regions, Italian/Moroccan/international actors, 2000–2025
 * time spans, and a heavy-tailed degree distribution (Pareto activity weights: a few hubs, many
 * small actors). Output is NDJSON, streamed to disk, deterministic for a seed:
 *
 *   nodes.ndjson   {"k":"Migrant","id":"migrant-g-0000001","p":{…properties…}}
 *   ties.ndjson    {"t":"MEMBER_OF","f":"migrant-g-0000001","fl":"Actor","to":"assoc-g-0000042","tl":"Actor","p":{…}}
 *   manifest.json  sizes, counts per label and type, seed
 *
 * `fl`/`tl` are the labels the loader matches the ends on (Actor for any actor kind), as in
 * server/src/seeds/rows.ts. Every record is synthetic; ids carry a `-g-` so they never collide
 * with the curated dataset's.
 */
import {
  ACTOR_KINDS as ACTOR_KIND_LIST,
  PATH_TIE_TYPES,
  TIE_ENDS,
  type NodeKind,
  type PathTieType,
} from '../../schema/generated/model.js';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Rng, addDays } from './prng.js';
import {
  CITIES,
  GENERAL_EDUCATION,
  FIELDS,
  MEETING_TOPICS,
  OCCUPATIONS,
  ORIGIN_WEIGHTS,
  PROJECT_SECTORS,
  RESIDENCE_WEIGHTS,
} from './vocabulary.js';

export interface ScaleOptions {
  readonly actors: number;
  readonly ties: number;
  readonly seed: number;
  readonly out: string;
  /** regions.json of the curated dataset (the 32 real regions). */
  readonly regionsFile: string;
}

export interface ScaleManifest {
  readonly format: 'ponte-ndjson-1';
  readonly seed: number;
  readonly actors: number;
  readonly nodes: number;
  readonly ties: number;
  readonly nodesByLabel: Record<string, number>;
  readonly tiesByType: Record<string, number>;
  readonly files: { readonly nodes: string; readonly ties: string };
  readonly bytes: { readonly nodes: number; readonly ties: number };
}

type Kind = NodeKind;
const ACTOR_KINDS: ReadonlySet<Kind> = new Set(ACTOR_KIND_LIST);
const PREFIX: Record<Kind, string> = {
  Migrant: 'migrant',
  Association: 'assoc',
  Firm: 'firm',
  PublicAdministration: 'pa',
  Funder: 'funder',
  Region: 'region',
  Event: 'event',
  ReturnProject: 'project',
  Opportunity: 'opp',
};

/** Shares of the non-geographic ties per type (the curated set's mix, smoothed). */
// The keys' order is the generator's draw order (changing it changes every generated graph); a
// tie type without a share here comes last with a share of 1.
const SHARE_OF: Partial<Record<PathTieType, number>> = {
  ATTENDED: 34,
  MEMBER_OF: 14,
  PARTNERS_WITH: 12,
  EMPLOYS: 8,
  APPLIED_TO: 8,
  MENTORS: 6,
  SUPPORTS: 5,
  LEADS: 4,
  FUNDS: 4,
  OFFERS: 5,
};
const TIE_SHARES: Array<[PathTieType, number]> = [
  ...(Object.entries(SHARE_OF) as [PathTieType, number][]),
  ...PATH_TIE_TYPES.filter((t) => SHARE_OF[t] === undefined).map((t): [PathTieType, number] => [t, 1]),
];

/** Buffered appends to a file: one syscall per ~1 MiB. */
class LineWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;
  lines = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  write(record: unknown): void {
    const line = `${JSON.stringify(record)}\n`;
    this.buffer.push(line);
    this.size += line.length;
    this.lines++;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = Buffer.from(this.buffer.join(''), 'utf8');
    writeSync(this.fd, chunk);
    this.bytes += chunk.length;
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Weighted sampling by binary search over cumulative weights: O(log n) per draw. */
class Pool {
  private readonly cumulative: Float64Array;

  constructor(
    readonly members: Int32Array,
    weights: (i: number) => number,
  ) {
    this.cumulative = new Float64Array(members.length);
    let sum = 0;
    for (let i = 0; i < members.length; i++) {
      sum += weights(members[i]!);
      this.cumulative[i] = sum;
    }
  }

  get size(): number {
    return this.members.length;
  }

  /** A member drawn in proportion to its weight (hubs come up often). */
  weighted(rng: Rng): number {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.members[lo]!;
  }

  uniform(rng: Rng): number {
    return this.members[Math.floor(rng.next() * this.members.length)]!;
  }
}

export function generateScale(options: ScaleOptions): ScaleManifest {
  const { actors, seed } = options;
  if (!Number.isInteger(actors) || actors < 50)
    throw new Error(`--actors must be a whole number of at least 50, got ${actors}`);
  const rng = new Rng(seed);
  mkdirSync(options.out, { recursive: true });
  const regions = (
    JSON.parse(readFileSync(options.regionsFile, 'utf8')) as {
      nodes: { id: string; country: string; [k: string]: unknown }[];
    }
  ).nodes;
  const itRegions = RESIDENCE_WEIGHTS;
  const maRegions = ORIGIN_WEIGHTS;

  const extra = Math.max(10, Math.round(actors * 0.01));
  const plan: [Kind, number][] = [
    ['Migrant', Math.round(actors * 0.6)],
    ['Association', Math.round(actors * 0.14)],
    ['Firm', Math.round(actors * 0.15)],
    ['PublicAdministration', Math.round(actors * 0.08)],
  ];
  plan.push(['Funder', actors - plan.reduce((s, [, n]) => s + n, 0)]);
  plan.push(['Event', extra * 3], ['ReturnProject', extra], ['Opportunity', extra]);

  const total = regions.length + plan.reduce((s, [, n]) => s + n, 0);
  const ids: string[] = new Array(total);
  const kinds: Kind[] = new Array(total);
  const weight = new Float64Array(total);
  const regionOf = new Int32Array(total).fill(-1);
  // Each node's lifetime (docs/data-model.md#time), null when open: ties are dated inside both ends'.
  const lifeFrom: (string | null)[] = new Array(total).fill(null);
  const lifeTo: (string | null)[] = new Array(total).fill(null);
  const regionIndex = new Map<string, number>();
  const byKind = new Map<Kind, number[]>();

  const nodesFile = path.join(options.out, 'nodes.ndjson');
  const tiesFile = path.join(options.out, 'ties.ndjson');
  const nodesOut = new LineWriter(nodesFile);
  const nodesByLabel: Record<string, number> = {};

  let index = 0;
  for (const region of regions) {
    const { kind: _kind, id, ...props } = region;
    ids[index] = id;
    kinds[index] = 'Region';
    regionIndex.set(id, index);
    nodesOut.write({ k: 'Region', id, p: { ...props, altNames: props.altNames ?? [], sources: props.sources ?? [] } });
    index++;
  }
  nodesByLabel.Region = regions.length;

  const pickRegion = (country: string) => regionIndex.get(rng.weighted(country === 'MA' ? maRegions : itRegions))!;
  const cityOf = (regionIdx: number) => rng.pick(CITIES[ids[regionIdx]!] ?? ['']);

  for (const [kind, count] of plan) {
    const list: number[] = [];
    byKind.set(kind, list);
    nodesByLabel[kind] = count;
    if (ACTOR_KINDS.has(kind)) nodesByLabel.Actor = (nodesByLabel.Actor ?? 0) + count;
    for (let n = 0; n < count; n++, index++) {
      const id = `${PREFIX[kind]}-g-${String(n + 1).padStart(7, '0')}`;
      ids[index] = id;
      kinds[index] = kind;
      list.push(index);
      // Activity: Pareto with alpha 1.5 for organisations and events (hubs), 2.5 for people.
      weight[index] = rng.pareto(kind === 'Migrant' ? 2.5 : 1.5);
      const country =
        kind === 'Migrant'
          ? rng.chance(0.7)
            ? 'IT'
            : 'MA'
          : (kind === 'PublicAdministration' || kind === 'Funder') && rng.chance(0.08)
            ? 'INTL'
            : rng.chance(0.57)
              ? 'IT'
              : 'MA';
      const region = country === 'INTL' ? -1 : pickRegion(country);
      regionOf[index] = region;
      const city = region >= 0 ? cityOf(region) : rng.pick(['Genève', 'Bruxelles', 'New York']);
      const props = nodeProps(kind, n + 1, country, city, rng);
      lifeFrom[index] = (props.founded ?? props.opens ?? props.started ?? props.date ?? null) as string | null;
      lifeTo[index] = (props.closed ?? props.closes ?? props.ended ?? props.date ?? null) as string | null;
      nodesOut.write({ k: kind, id, p: props });
    }
  }
  nodesOut.close();

  // ---------------------------------------------------------------------------------------
  // Ties

  const geographic = actors + (byKind.get('Migrant')?.length ?? 0) + extra * 2;
  if (options.ties < geographic)
    throw new Error(
      `--ties must be at least ${geographic} for ${actors} actors (one BASED_IN per actor, one ORIGINATES_FROM per migrant, one TARGETS per project and opportunity)`,
    );
  const social = options.ties - geographic;

  const pool = (kindList: Kind[], w: (i: number) => number = (i) => weight[i]!) =>
    new Pool(Int32Array.from(kindList.flatMap((k) => byKind.get(k) ?? [])), w);
  const migrants = pool(['Migrant']);
  const orgs = pool(['Association', 'Firm', 'PublicAdministration', 'Funder']);
  const actorsPool = pool([...ACTOR_KIND_LIST]);
  const associations = pool(['Association']);
  const employers = pool(['Firm', 'PublicAdministration', 'Association']);
  const members = pool([...TIE_ENDS.MEMBER_OF.from]);
  const funders = pool(['Funder', 'PublicAdministration'], (i) => weight[i]! * (kinds[i] === 'Funder' ? 4 : 0.3));
  const fundable = pool(['ReturnProject', 'Association', 'Firm'], (i) => (kinds[i] === 'ReturnProject' ? 20 : 1));
  const events = pool(['Event']);
  const projects = pool(['ReturnProject']);
  const opportunities = pool(['Opportunity']);

  const tiesOut = new LineWriter(tiesFile);
  const tiesByType: Record<string, number> = {};
  const seen = new Set<number>();
  const typeCodes = new Map<string, number>();
  const label = (i: number) => (ACTOR_KINDS.has(kinds[i]!) ? 'Actor' : kinds[i]!);
  const source = `synthetic: generated at scale (seed ${seed})`;

  const emit = (type: string, from: number, to: number, props: Record<string, unknown>): boolean => {
    if (from === to) return false;
    let code = typeCodes.get(type);
    if (code === undefined) typeCodes.set(type, (code = typeCodes.size));
    const key = (code * total + from) * total + to;
    if (seen.has(key)) return false;
    seen.add(key);
    tiesOut.write({
      t: type,
      f: ids[from],
      fl: label(from),
      to: ids[to],
      tl: label(to),
      p: { ...props, source, confidence: Math.round((0.5 + rng.next() * 0.5) * 100) / 100 },
    });
    tiesByType[type] = (tiesByType[type] ?? 0) + 1;
    return true;
  };

  // Geographic ties: one per actor, migrant and project/opportunity (never duplicates).
  for (const [kind, list] of byKind) {
    for (const i of list) {
      if (ACTOR_KINDS.has(kind))
        emit('BASED_IN', i, regionOf[i]! >= 0 ? regionOf[i]! : pickRegion(rng.chance(0.5) ? 'IT' : 'MA'), {});
      if (kind === 'Migrant') emit('ORIGINATES_FROM', i, pickRegion('MA'), {});
      if (kind === 'ReturnProject' || kind === 'Opportunity')
        emit('TARGETS', i, pickRegion(kind === 'ReturnProject' ? 'MA' : rng.chance(0.5) ? 'IT' : 'MA'), {});
    }
  }

  const span = (from = '2000-01-01', to = '2025-12-31') => {
    const since = rng.date(from, to);
    return rng.chance(0.3) ? { since, until: rng.date(since, '2026-12-31') } : { since };
  };
  /**
   * The tie's dates moved inside both ends' lifetimes (redrawn there), or null when the two ends
   * never lived at the same time, or a one-day tie (attendance) falls outside an end's life.
   */
  const fit = (from: number, to: number, props: Record<string, unknown>): Record<string, unknown> | null => {
    const [a, b, c, d] = [lifeFrom[from] ?? null, lifeFrom[to] ?? null, lifeTo[from] ?? null, lifeTo[to] ?? null];
    const lo = a === null ? b : b === null ? a : a > b ? a : b;
    const hi = c === null ? d : d === null ? c : c < d ? c : d;
    if (lo !== null && hi !== null && lo > hi) return null;
    // Drawn afresh for this tie, so adjusted in place.
    const out = props;
    let since = typeof out.since === 'string' ? out.since : undefined;
    if (since !== undefined && ((lo !== null && since < lo) || (hi !== null && since > hi))) {
      if (out.until === since) return null;
      const first = lo ?? (hi !== null && hi < '2000-01-01' ? hi : '2000-01-01');
      since = rng.date(first, hi ?? (first > '2025-12-31' ? first : '2025-12-31'));
      out.since = since;
    }
    if (
      typeof out.until === 'string' &&
      since !== undefined &&
      (out.until < since || (hi !== null && out.until > hi))
    ) {
      if (hi !== null && hi >= since) out.until = rng.date(since, hi);
      else delete out.until;
    }
    if (typeof out.year === 'number' && since !== undefined) out.year = Number(since.slice(0, 4));
    return out;
  };
  const draw: Record<string, () => [number, number, Record<string, unknown>]> = {
    ATTENDED: () => {
      const e = events.weighted(rng);
      const a = rng.chance(0.6) ? orgs.weighted(rng) : migrants.weighted(rng);
      // Attendance is dated on the event's day (docs/data-model.md#time).
      const d = lifeFrom[e] ?? rng.date('2006-01-01', '2025-12-31');
      return [
        a,
        e,
        {
          since: d,
          until: d,
          role: rng.weighted([
            ['PARTICIPANT', 85],
            ['SPEAKER', 10],
            ['ORGANISER', 5],
          ]),
        },
      ];
    },
    MEMBER_OF: () => [
      members.uniform(rng),
      associations.weighted(rng),
      { ...span(), role: rng.chance(0.9) ? 'member' : 'board member' },
    ],
    PARTNERS_WITH: () => [
      orgs.weighted(rng),
      orgs.weighted(rng),
      { ...span(), kind: rng.pick(['MOU', 'PROGRAMME', 'NETWORK', 'DECENTRALISED_COOPERATION']) },
    ],
    EMPLOYS: () => {
      const o = rng.pick(OCCUPATIONS);
      return [
        employers.weighted(rng),
        migrants.uniform(rng),
        { ...span(), jobTitle: o.title, occupationLevel: o.level },
      ];
    },
    APPLIED_TO: () => [
      migrants.uniform(rng),
      opportunities.weighted(rng),
      { since: rng.date('2006-01-01', '2025-12-31'), status: rng.pick(['APPLIED', 'PLACED', 'DECLINED']) },
    ],
    MENTORS: () => [
      actorsPool.weighted(rng),
      migrants.uniform(rng),
      { ...span('2006-01-01'), topic: rng.pick(['business plan', 'job search', 'return project', 'access to credit']) },
    ],
    SUPPORTS: () => [
      orgs.weighted(rng),
      projects.uniform(rng),
      {
        ...span('2006-01-01'),
        service: rng.pick([
          'FINANCIAL_ASSISTANCE',
          'ADMIN_ASSISTANCE',
          'COACHING',
          'MENTORSHIP',
          'TRAINING',
          'INCUBATION',
        ]),
      },
    ],
    LEADS: () => [
      migrants.uniform(rng),
      projects.uniform(rng),
      { since: rng.date('2006-01-01', '2025-12-31'), role: rng.chance(0.8) ? 'promoter' : 'co-promoter' },
    ],
    FUNDS: () => {
      const year = rng.int(2000, 2025);
      return [
        funders.weighted(rng),
        fundable.weighted(rng),
        {
          since: `${year}-01-01`,
          amountEur: rng.int(1, 200) * 1000,
          instrument: rng.pick(['GRANT', 'LOAN', 'EQUITY', 'MICROCREDIT', 'GUARANTEE']),
          year,
        },
      ];
    },
    OFFERS: () => [orgs.weighted(rng), opportunities.uniform(rng), { since: rng.date('2006-01-01', '2025-12-31') }],
  };
  const shareTotal = TIE_SHARES.reduce((s, [, w]) => s + w, 0);
  let remaining = social;
  TIE_SHARES.forEach(([type, share], n) => {
    const want = n === TIE_SHARES.length - 1 ? remaining : Math.round((social * share) / shareTotal);
    let made = 0;
    // Duplicates are redrawn; the attempt cap only matters for absurdly dense requests.
    for (let attempts = 0; made < want && attempts < want * 20 + 100; attempts++) {
      const [from, to, drawn] = draw[type]!();
      const props = fit(from, to, drawn);
      if (props && emit(type, from, to, props)) made++;
    }
    remaining -= made;
  });
  tiesOut.close();

  const manifest: ScaleManifest = {
    format: 'ponte-ndjson-1',
    seed,
    actors,
    nodes: total,
    ties: tiesOut.lines,
    nodesByLabel,
    tiesByType,
    files: { nodes: 'nodes.ndjson', ties: 'ties.ndjson' },
    bytes: { nodes: nodesOut.bytes, ties: tiesOut.bytes },
  };
  writeFileSync(path.join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function nodeProps(kind: Kind, n: number, country: string, city: string, rng: Rng): Record<string, unknown> {
  const common = { country, city, altNames: [], tags: ['generated'], sources: [], synthetic: true };
  switch (kind) {
    case 'Migrant': {
      const field = rng.pick(FIELDS);
      const occupation = rng.chance(0.75) ? rng.pick(OCCUPATIONS) : undefined;
      return {
        ...common,
        name: `Person ${n}`,
        services: [],
        status: rng.weighted([
          ['RESIDENT', 58],
          ['POTENTIAL', 16],
          ['RETURNED', 18],
          ['CIRCULAR', 8],
        ]),
        education: rng.weighted(GENERAL_EDUCATION),
        fieldOfStudy: field.field,
        skills: rng.sample(field.skills, 2),
        languages: country === 'IT' ? ['ar', 'it'] : ['ar', 'fr'],
        ...(occupation ? { occupation: occupation.title, occupationLevel: occupation.level } : {}),
        consent: rng.weighted([
          ['NONE', 30],
          ['NETWORK', 50],
          ['PUBLIC', 20],
        ]),
      };
    }
    case 'Association':
      return {
        ...common,
        name: `Association ${n} (${city})`,
        services: [],
        type: rng.pick([
          'CULTURAL',
          'PROFESSIONAL',
          'WOMEN',
          'STUDENTS',
          'RELIGIOUS',
          'CODEVELOPMENT',
          'NETWORK',
          'NGO',
          'RESEARCH',
        ]),
        ...organisationLifetime(rng),
        members: rng.int(5, 800),
      };
    case 'Firm':
      return {
        ...common,
        name: `Firm ${n} (${city})`,
        services: rng.sample(['INTERNSHIP', 'INCUBATION', 'TRAINING', 'COACHING', 'MARKET_ACCESS'], rng.int(0, 2)),
        sector: rng.weighted(PROJECT_SECTORS),
        size: rng.pick(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']),
        ...organisationLifetime(rng),
      };
    case 'PublicAdministration':
      return {
        ...common,
        name: `Agency ${n} (${city})`,
        services: rng.sample(['ADMIN_ASSISTANCE', 'JOB_PLACEMENT', 'LEGAL_AID'], rng.int(0, 1)),
        level: country === 'INTL' ? 'INTERNATIONAL' : rng.pick(['NATIONAL', 'REGIONAL', 'LOCAL', 'LOCAL', 'CONSULAR']),
        ...organisationLifetime(rng),
      };
    case 'Funder':
      return {
        ...common,
        name: `Funder ${n} (${city})`,
        services: ['FINANCIAL_ASSISTANCE'],
        funderType: rng.pick([
          'GOVERNMENT',
          'INTERNATIONAL',
          'FOUNDATION',
          'BANK',
          'MICROFINANCE',
          'PRIVATE',
          'DIASPORA',
        ]),
        instruments: rng.sample(['GRANT', 'LOAN', 'EQUITY', 'MICROCREDIT', 'GUARANTEE'], 2),
        ...organisationLifetime(rng),
      };
    case 'Event':
      return {
        name: `Meeting ${n}: ${rng.pick(MEETING_TOPICS)}`,
        type: rng.weighted([
          ['NETWORKING_MEETING', 80],
          ['WORKSHOP', 10],
          ['SEMINAR', 6],
          ['CONFERENCE', 4],
        ]),
        date: rng.date('2006-01-01', '2025-12-31'),
        city,
        country,
        sources: [],
        synthetic: true,
      };
    case 'ReturnProject': {
      const stage = rng.pick(['IDEA', 'ASSESSED', 'GUIDED', 'FUNDED', 'LAUNCHED', 'STOPPED']);
      const started = rng.date('2006-01-01', '2025-06-30');
      return {
        name: `Return project ${n}`,
        type: rng.pick(['INVESTMENT', 'SMALL_BUSINESS', 'NONPROFIT_COOPERATION']),
        sector: rng.weighted(PROJECT_SECTORS),
        stage,
        started,
        ...(stage === 'STOPPED' ? { ended: addDays(started, rng.int(200, 1500)) } : {}),
        budgetEur: rng.int(5, 300) * 1000,
        needs: rng.sample(['FINANCIAL_ASSISTANCE', 'ADMIN_ASSISTANCE', 'COACHING', 'MENTORSHIP'], 2),
        sources: [],
        synthetic: true,
      };
    }
    case 'Opportunity': {
      const opens = rng.date('2006-01-01', '2025-06-30');
      const field = rng.pick(FIELDS);
      return {
        name: `Opportunity ${n} in ${field.sector}`,
        type: rng.pick(['JOB', 'INTERNSHIP', 'TRAINING', 'INCUBATION', 'FUNDING_CALL']),
        sector: field.sector,
        requiredSkills: rng.sample(field.skills, 2),
        minEducation: rng.int(2, 6),
        opens,
        closes: addDays(opens, rng.int(30, 180)),
        country,
        city,
        sources: [],
        synthetic: true,
      };
    }
    default:
      return common;
  }
}

/** An organisation's lifetime: founded 1985–2020, one in ten closed since (docs/data-model.md#time). */
function organisationLifetime(rng: Rng): { founded: string; closed?: string } {
  const founded = rng.date('1985-01-01', '2020-12-31');
  return rng.chance(0.1) ? { founded, closed: rng.date(addDays(founded, 365), '2025-12-31') } : { founded };
}
