/**
 * How well an actor matches what an asker looks for (introductions, support matches). Pure
 * (unit-tested in match.test.ts).
 */
import { englishReason } from '../explain/english.js';
import { country, nodeKind, reason, services, text, texts, type Reason } from '../explain/reason.js';
import { foldForSearch } from './search-query.js';

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
export function matchActor(
  c: Candidate,
  wanted: Wanted,
): { quality: number; reasons: string[]; reasonParts: Reason[] } | undefined {
  if (wanted.sector && !matchesSector(c, wanted.sector)) return undefined;
  const parts: Reason[] = [];
  const scores: number[] = [];
  if (wanted.kinds?.length)
    parts.push(
      reason('IS_KIND', { kind: nodeKind(wanted.kinds.find((k) => c.labels.includes(k)) ?? c.labels[0] ?? '') }),
    );
  if (wanted.countries?.length && c.country) parts.push(reason('IN_COUNTRY', { country: country(c.country) }));
  if (wanted.services?.length) {
    const offered = wanted.services.filter((s) => (c.services ?? []).includes(s));
    if (offered.length === 0) return undefined;
    parts.push(reason('OFFERS_SERVICES', { services: services(offered) }));
    scores.push(offered.length / wanted.services.length);
  }
  if (wanted.regions?.length) {
    if (c.basedIn.length > 0) {
      parts.push(reason('BASED_IN', { regions: texts(c.basedIn) }));
      scores.push(1);
    } else if (c.activeIn.length > 0) {
      parts.push(reason('ACTIVE_IN', { regions: texts(c.activeIn) }));
      scores.push(0.5);
    } else return undefined;
  }
  if (wanted.sector) parts.push(reason('WORKS_IN_SECTOR', { sector: text(wanted.sector.trim()) }));
  const quality = scores.length === 0 ? 1 : scores.reduce((a, b) => a + b, 0) / scores.length;
  return { quality, reasons: parts.map(englishReason), reasonParts: parts };
}
