import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UMBRELLA_IDS } from '../../../seeds/generator/curated.js';
import { scoreOpportunity } from '../network/opportunity.js';
import { anachronism, isNodeActiveOn, isTieActiveOn, type Lifetime } from '../network/time.js';
import { paths } from '../paths.js';
import { GEOGRAPHIC_TIE_TYPES, type SeedNode, type SeedNodeOf, isActorKind } from './seed-schema.js';
import { type SeedSet, SeedValidationError, validateSeedDir, validateSeedFiles } from './validate.js';

/**
 * The curated dataset respects history (docs/data-model.md#time, seeds/README.md): every tie lies
 * inside both ends' lifetimes, the real institutions keep their sourced founding dates, matching
 * means something in the programme years and today, and invented actors do not outgrow the real
 * umbrella institutions as hubs.
 */
// Read once for the file; validating it is the first property (it throws on any problem).
const seeds: SeedSet = await validateSeedDir(paths.seedData);
const byId = new Map<string, SeedNode>(seeds.nodes.map((node) => [node.id, node]));

const life = (id: string): Lifetime => (byId.get(id) ?? {}) as Lifetime;
const PROGRAMME_DAY = '2008-06-01';
const TODAY = '2026-12-07';
/** Where each node is placed: a migrant's residence and origin, an opportunity's target regions. */
const places = new Map<string, string[]>();
for (const t of seeds.ties)
  if (t.type === 'BASED_IN' || t.type === 'ORIGINATES_FROM' || t.type === 'TARGETS')
    places.set(t.from, [...(places.get(t.from) ?? []), t.to]);
const ofKind = <K extends SeedNode['kind']>(kind: K) => seeds.nodes.filter((n): n is SeedNodeOf<K> => n.kind === kind);

describe('seeds/data in time', () => {
  it('dates no tie outside either end’s lifetime (every tie of the seed)', () => {
    const bad = seeds.ties
      .map((t) => ({ t, why: anachronism(t, life(t.from), life(t.to)) }))
      .filter((x) => x.why !== null)
      .map((x) => `${x.t.type} ${x.t.from} → ${x.t.to} (${x.why!.field})`);
    expect(bad).toEqual([]);
  });

  it('keeps the sourced founding dates of the real institutions the issue names', () => {
    const founded = (id: string) => (byId.get(id) as { founded?: string } | undefined)?.founded;
    expect(founded('funder-eutf-africa')).toBe('2015-11-12');
    expect(founded('pa-aics')?.slice(0, 4)).toBe('2016');
    expect(founded('pa-ccme')?.slice(0, 7)).toBe('2007-12');
    expect(founded('pa-fondation-mohammedia-mre')?.slice(0, 4)).toBe('2024');
    expect(founded('firm-chambre-commerce-maroc-italie')?.slice(0, 7)).toBe('2025-11');
    expect(founded('funder-hassan-ii-foundation')?.slice(0, 4)).toBe('1990');
    // Those institutions therefore take no part in the programme years (2006–2009).
    for (const id of ['funder-eutf-africa', 'pa-aics', 'pa-fondation-mohammedia-mre'])
      expect(seeds.ties.filter((t) => (t.from === id || t.to === id) && (t.since ?? '9999') < '2010')).toEqual([]);
  });

  it('fails validation when a tie is dated before an end existed', () => {
    // The hand-curated files (the real institutions and their dates) and one anachronistic tie.
    const files = readdirSync(paths.seedData)
      .filter((f) => f.endsWith('.json') && !f.startsWith('synthetic-'))
      .map((f) => ({ file: path.join(paths.seedData, f), text: readFileSync(path.join(paths.seedData, f), 'utf8') }));
    const injected = {
      file: path.join(paths.seedData, 'injected.json'),
      text: JSON.stringify({
        ties: [
          {
            type: 'PARTNERS_WITH',
            from: 'pa-iom-italy',
            to: 'funder-eutf-africa',
            since: '2003-01-01',
            source: 's',
            confidence: 1,
          },
        ],
      }),
    };
    let error: unknown;
    try {
      validateSeedFiles([...files, injected]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).issues).toEqual([
      {
        file: 'seeds/data/injected.json',
        record: { section: 'ties', index: 0, id: 'PARTNERS_WITH pa-iom-italy → funder-eutf-africa' },
        field: 'since',
        message: expect.stringContaining(
          'since 2003-01-01 is before "funder-eutf-africa" began (founded 2015-11-12): a tie may not start before either end existed',
        ),
      },
    ]);
  });

  it('names every organisation once per kind', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const n of seeds.nodes) {
      if (!isActorKind(n.kind) || n.kind === 'Migrant') continue;
      const key = `${n.kind}|${n.name}`;
      if (seen.has(key)) duplicates.push(`${key}: ${seen.get(key)} and ${n.id}`);
      else seen.set(key, n.id);
    }
    expect(duplicates).toEqual([]);
  });

  it.each([PROGRAMME_DAY, TODAY])('has open opportunities on %s whose best match differs across migrants', (day) => {
    const open = ofKind('Opportunity').filter((o) => isNodeActiveOn(o as Lifetime, day));
    expect(open.length).toBeGreaterThanOrEqual(5);
    const regionsOf = (id: string) => places.get(id) ?? [];
    const best = new Set<string>();
    for (const m of ofKind('Migrant').slice(0, 120)) {
      const profile = {
        skills: m.skills,
        education: m.education ?? null,
        country: m.country,
        regions: regionsOf(m.id),
      };
      const ranked = open
        .map((o) => ({
          id: o.id,
          score: scoreOpportunity(profile, {
            requiredSkills: o.requiredSkills,
            minEducation: o.minEducation ?? null,
            country: o.country,
            regions: regionsOf(o.id),
          }).score,
        }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      best.add(
        ranked
          .slice(0, 3)
          .map((r) => r.id)
          .join(','),
      );
    }
    // Not the same three for everyone: at least a dozen different top-3 lists.
    expect(best.size).toBeGreaterThanOrEqual(12);
  });

  it('has return projects running in the programme years and today', () => {
    for (const day of [PROGRAMME_DAY, TODAY])
      expect(ofKind('ReturnProject').filter((p) => isNodeActiveOn(p as Lifetime, day)).length).toBeGreaterThanOrEqual(
        10,
      );
  });
});

describe('seeds/data hubs', () => {
  const walkable = () => seeds.ties.filter((t) => !GEOGRAPHIC_TIE_TYPES.has(t.type));

  it('lets no generated association outgrow IOM Italy or Fondation Hassan II in degree', () => {
    const degree = new Map<string, number>();
    for (const t of walkable()) for (const id of [t.from, t.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const floor = Math.min(...UMBRELLA_IDS.map((id) => degree.get(id) ?? 0));
    const above = ofKind('Association')
      .filter((a) => a.synthetic && (degree.get(a.id) ?? 0) >= floor)
      .map((a) => `${a.id}: ${degree.get(a.id)}`);
    expect(above).toEqual([]);
  });

  it.each([PROGRAMME_DAY, TODAY])('lets no generated association outrank them as a broker on %s', (day) => {
    // The brokers score (network/questions/brokers.ts): per actor, the strongest active tie to each
    // actor neighbour, summed per side; score = wIT × wMA plus the other side's weight.
    const weights = new Map<string, Map<string, number>>();
    for (const t of walkable()) {
      const [a, b] = [byId.get(t.from)!, byId.get(t.to)!];
      if (!isActorKind(a.kind) || !isActorKind(b.kind) || !isTieActiveOn(t, life(a.id), life(b.id), day)) continue;
      for (const [x, n] of [
        [a.id, b.id],
        [b.id, a.id],
      ] as const) {
        const m = weights.get(x) ?? new Map<string, number>();
        m.set(n, Math.max(m.get(n) ?? 0, t.confidence));
        weights.set(x, m);
      }
    }
    const score = (id: string) => {
      const side = { IT: 0, MA: 0 } as Record<string, number>;
      for (const [n, w] of weights.get(id) ?? []) {
        const c = (byId.get(n) as { country: string }).country;
        if (c in side) side[c] = side[c]! + w;
      }
      const own = (byId.get(id) as { country: string }).country;
      return side.IT! * side.MA! + (own === 'IT' ? side.MA! : own === 'MA' ? side.IT! : 0);
    };
    const floor = Math.min(...UMBRELLA_IDS.map(score));
    const above = ofKind('Association')
      .filter((a) => a.synthetic && score(a.id) >= floor)
      .map((a) => `${a.id}: ${score(a.id).toFixed(1)} ≥ ${floor.toFixed(1)}`);
    expect(above).toEqual([]);
  });
});
