/**
 * How graph answers show nodes and ties, and the masking of migrants the viewer may not name
 * (docs/architecture.md#masking). Pure (unit-tested in view.test.ts): questions read raw nodes and ties from Cypher
 * with NODE_PROJECTION / TIE_PROJECTION, and every answer goes through one Masker, so a masked
 * migrant's real id never reaches the answer, not even in a tie's ends.
 */
import type { Viewer } from './viewer.js';
import { MASKED_NAME } from '../explain/english.js';
import { NODE_KINDS } from './input.js';
import { showSource, tieEvidence, type ShownSource } from '../model/evidence.js';

/** Cypher map projection of a node `n` into a RawNode. */
export const nodeProjection = (n: string) =>
  `{id: ${n}.id, name: ${n}.name, labels: labels(${n}), country: ${n}.country, city: ${n}.city, consent: ${n}.consent}`;

/** Cypher map projection of a relationship `r` into a RawTie. */
export const tieProjection = (r: string) =>
  `{type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id, since: ${r}.since, until: ${r}.until, source: ${r}.source, evidence: ${r}.evidence, confidence: ${r}.confidence, role: ${r}.role, service: ${r}.service, topic: ${r}.topic, kind: ${r}.kind}`;

export interface RawNode {
  id: string;
  name: string | null;
  labels: string[];
  country: string | null;
  city: string | null;
  consent: string | null;
}

export interface RawTie {
  type: string;
  from: string;
  to: string;
  /** A driver Date, a string or null. */
  since: unknown;
  until: unknown;
  source: string | null;
  /** The stored source records (JSON strings, model/evidence.ts); absent in older tests' ties. */
  evidence?: unknown;
  confidence: number | null;
  role?: string | null;
  service?: string | null;
  topic?: string | null;
  kind?: string | null;
}

export { MASKED_NAME };

export interface ShownNode {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  city: string | null;
  masked: boolean;
}

export interface ShownTie {
  id: string;
  type: string;
  from: string;
  to: string;
  since: string | null;
  until: string | null;
  source: string | null;
  evidence: ShownSource[];
  confidence: number | null;
  crossesBorder: boolean;
}

/** A node's lifetime as read with `lifetimeProjection` (time.ts): driver Dates, strings or null. */
export interface RawLifetime {
  from: unknown;
  to: unknown;
}

/**
 * A shown node with the lifetime a graph answer shows for it (GraphNode `activeFrom`/`activeTo`):
 * none for a masked migrant, which shows nothing of its own (migrants have no lifetime anyway).
 */
export function withLifetime<N extends ShownNode>(
  shown: N,
  life: RawLifetime,
): N & { activeFrom: string | null; activeTo: string | null } {
  return shown.masked
    ? { ...shown, activeFrom: null, activeTo: null }
    : { ...shown, activeFrom: dateText(life.from), activeTo: dateText(life.to) };
}

export function kindOf(labels: readonly string[]): string {
  return NODE_KINDS.find((k) => labels.includes(k)) ?? labels[0] ?? 'Unknown';
}

/** A driver Date (or string) as 'YYYY-MM-DD'; null when absent. */
export function dateText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

/**
 * Shows nodes and ties for one answer. A migrant the viewer may not name becomes `masked-N`
 * (the same person keeps the same placeholder throughout the answer), with the masked name and
 * no city; ties to it point to the placeholder.
 */
export class Masker {
  private readonly placeholders = new Map<string, string>();
  private readonly countries = new Map<string, string | null>();

  constructor(private readonly viewer: Viewer) {}

  node(raw: RawNode): ShownNode {
    const kind = kindOf(raw.labels);
    this.countries.set(raw.id, raw.country);
    if (kind === 'Migrant' && !this.viewer.mayNameMigrant(raw.consent)) {
      return { id: this.placeholder(raw.id), name: MASKED_NAME, kind, country: raw.country, city: null, masked: true };
    }
    return { id: raw.id, name: raw.name ?? raw.id, kind, country: raw.country, city: raw.city, masked: false };
  }

  /** The id to show for a node seen through node() (a placeholder when masked). */
  id(realId: string): string {
    return this.placeholders.get(realId) ?? realId;
  }

  /** A tie between nodes already shown through node(). */
  tie(raw: RawTie): ShownTie {
    const from = this.id(raw.from);
    const to = this.id(raw.to);
    const evidence = tieEvidence(raw.source, raw.evidence);
    return {
      id: `${raw.type}:${from}:${to}`,
      type: raw.type,
      from,
      to,
      since: dateText(raw.since),
      until: dateText(raw.until),
      source: raw.source ?? null,
      // A quote about a person the viewer may not name could name them (docs/architecture.md#masking).
      evidence: evidence.map((s) => ({
        ...showSource(s),
        ...(from !== raw.from || to !== raw.to ? { quote: null } : {}),
      })),
      confidence: raw.confidence ?? null,
      crossesBorder: crossesBorder(this.countries.get(raw.from), this.countries.get(raw.to)),
    };
  }

  private placeholder(realId: string): string {
    let p = this.placeholders.get(realId);
    if (!p) {
      p = `masked-${this.placeholders.size + 1}`;
      this.placeholders.set(realId, p);
    }
    return p;
  }
}

/** Italy on one end and Morocco on the other. */
export function crossesBorder(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a === 'IT' && b === 'MA') || (a === 'MA' && b === 'IT');
}
