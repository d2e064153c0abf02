/**
 * How well an actor matches what an asker looks for (introductions, support matches). Pure
 * (unit-tested in match.test.ts).
 */
import { foldForSearch } from '../resolvers/search-query.js';

export interface Candidate {
  labels: string[];
  country: string | null;
  services: string[] | null;
  tags: string[] | null;
  sector: string | null;
  description: string | null;
  /** Names of asked regions the actor is based in. */
  basedIn: string[];
  /** Names of asked regions targeted by what the actor funds, supports or offers. */
  activeIn: string[];
}

export interface Wanted {
  kinds?: string[];
  countries?: string[];
  regions?: string[];
  services?: string[];
  sector?: string;
}

/** Whether `sector` occurs in the actor's tags, sector or description (accents and case ignored). */
export function matchesSector(c: Candidate, sector: string): boolean {
  const needle = foldForSearch(sector.trim());
  if (needle === '') return true;
  const hay = foldForSearch([...(c.tags ?? []), c.sector ?? '', c.description ?? ''].join(' \u0000 '));
  return hay.includes(needle);
}

/**
 * The reasons an actor matches, and a match quality in [0, 1]: the share of wanted services it
 * offers, and 1 for being based in a wanted region (0.5 when only active there), averaged.
 * Undefined when it does not match (the Cypher already applied kinds, countries, services and
 * regions; the sector is checked here because it needs accent folding).
 */
export function matchActor(c: Candidate, wanted: Wanted): { quality: number; reasons: string[] } | undefined {
  if (wanted.sector && !matchesSector(c, wanted.sector)) return undefined;
  const reasons: string[] = [];
  const parts: number[] = [];
  if (wanted.kinds?.length) reasons.push(`is a ${wanted.kinds.find((k) => c.labels.includes(k)) ?? c.labels[0]}`);
  if (wanted.countries?.length && c.country) reasons.push(`in ${c.country}`);
  if (wanted.services?.length) {
    const offered = wanted.services.filter((s) => (c.services ?? []).includes(s));
    if (offered.length === 0) return undefined;
    reasons.push(`offers ${offered.join(', ')}`);
    parts.push(offered.length / wanted.services.length);
  }
  if (wanted.regions?.length) {
    if (c.basedIn.length > 0) {
      reasons.push(`based in ${c.basedIn.join(', ')}`);
      parts.push(1);
    } else if (c.activeIn.length > 0) {
      reasons.push(`active in ${c.activeIn.join(', ')}`);
      parts.push(0.5);
    } else return undefined;
  }
  if (wanted.sector) reasons.push(`works in "${wanted.sector.trim()}"`);
  const quality = parts.length === 0 ? 1 : parts.reduce((a, b) => a + b, 0) / parts.length;
  return { quality, reasons };
}
