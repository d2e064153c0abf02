import { z } from 'zod';

/**
 * Evidence: the sources of an actor or a tie, each a record (docs/data-model.md#evidence).
 *
 * Stored as the `evidence` property, a list of JSON strings (Neo4j properties hold no maps), one
 * per source in order, beside the labels the rest of Ponte already reads: `sources` on nodes and
 * `source` on ties. The labels say which sources exist (the generated API, filters and older data
 * know only them); the records add their details. Every writer of records writes the labels from
 * them (`sourceLabels`), and every reader reconciles (`nodeEvidence`, `tieEvidence`), so a label
 * changed alone through the generated API wins over a stale record. Pure.
 */

export interface SourceRecord {
  readonly title?: string;
  readonly url?: string;
  readonly reference?: string;
  readonly publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: many documents carry only a year. */
  readonly date?: string;
  readonly quote?: string;
  readonly page?: string;
}

/** The record's keys, in the order stored and exported. */
export const SOURCE_FIELDS = ['title', 'url', 'reference', 'publisher', 'date', 'quote', 'page'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** At most this many sources on one actor or tie. */
export const MAX_SOURCES = 50;

const short = (max: number) =>
  z.string().trim().min(1, 'expected a non-empty string').max(max, `at most ${max} characters`);
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const SourceRecordSchema = z
  .strictObject({
    title: short(500).optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
      .max(2000)
      .optional(),
    reference: short(500).optional(),
    publisher: short(300).optional(),
    date: partialDate.optional(),
    quote: short(4000).optional(),
    page: short(50).optional(),
  })
  .refine((s) => s.title !== undefined || s.url !== undefined || s.reference !== undefined, {
    message: 'a source needs a title, a url or a reference',
    path: ['title'],
  });

export const EvidenceSchema = z.array(SourceRecordSchema).max(MAX_SOURCES, `at most ${MAX_SOURCES} sources`);

/** A record as answers show it: every field, null when absent. */
export type ShownSource = Record<SourceField, string | null>;

export function showSource(source: SourceRecord): ShownSource {
  return Object.fromEntries(SOURCE_FIELDS.map((key) => [key, source[key] ?? null])) as ShownSource;
}

/** What a source is called in one line: its title, else its reference, else its URL. */
export function sourceLabel(source: SourceRecord): string {
  return source.title ?? source.reference ?? source.url ?? '';
}

export function sourceLabels(sources: readonly SourceRecord[]): string[] {
  return sources.map(sourceLabel);
}

/** A source known by its label only (older data, a generated write): a URL or a reference. */
export function fromLabel(label: string): SourceRecord {
  return /^https?:\/\//i.test(label) ? { url: label } : { reference: label };
}

/** A record with its keys in the stored order and no empty values. */
export function normaliseSource(
  source: Readonly<Partial<Record<SourceField, string | null | undefined>>>,
): SourceRecord {
  const out: Record<string, string> = {};
  for (const key of SOURCE_FIELDS) {
    const value = source[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

/** Records → the stored property (a list of JSON strings). */
export function encodeEvidence(sources: readonly Parameters<typeof normaliseSource>[0][]): string[] {
  return sources.map((s) => JSON.stringify(normaliseSource(s)));
}

/** The stored property → records; an unreadable entry is skipped rather than failing a read. */
export function decodeEvidence(stored: unknown): SourceRecord[] {
  if (!Array.isArray(stored)) return [];
  const out: SourceRecord[] = [];
  for (const item of stored) {
    if (typeof item !== 'string') continue;
    try {
      const parsed = SourceRecordSchema.safeParse(JSON.parse(item));
      if (parsed.success) out.push(normaliseSource(parsed.data));
    } catch {
      // Not JSON: nothing this module wrote.
    }
  }
  return out;
}

/**
 * A node's sources: one per label of `sources`, in its order, with the details of the first record
 * of the same label when there is one. The actors' `evidence` field of the SDL is its Cypher twin.
 */
export function nodeEvidence(labels: readonly string[] | null | undefined, stored: unknown): SourceRecord[] {
  const records = decodeEvidence(stored);
  const given = labels ?? [];
  // In step (every writer keeps them so): the records, even when two share a label (two pages).
  if (records.length === given.length && records.every((r, i) => sourceLabel(r) === given[i])) return records;
  return given.map((label) => records.find((r) => sourceLabel(r) === label) ?? fromLabel(label));
}

/**
 * A tie's sources: its records when the first one is still called by the tie's `source`; else the
 * `source` (changed alone since) followed by the records after the first.
 */
export function tieEvidence(source: string | null | undefined, stored: unknown): SourceRecord[] {
  const records = decodeEvidence(stored);
  if (!source || source.trim() === '') return records.slice(1);
  if (records.length > 0 && sourceLabel(records[0]!) === source) return records;
  return [fromLabel(source), ...records.slice(1)];
}

/** One problem of a list of source records, with the path inside the list (`2.url`). */
export interface EvidenceProblem {
  readonly path: string;
  readonly message: string;
}

/** Checks a list of records; the problems name the record's index and field. */
export function checkEvidence(value: unknown): { sources: SourceRecord[]; problems: EvidenceProblem[] } {
  const parsed = EvidenceSchema.safeParse(value);
  if (parsed.success) return { sources: parsed.data.map(normaliseSource), problems: [] };
  return {
    sources: [],
    problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

/**
 * A node record with evidence but no `sources` gets its labels from the records: a CSV list cannot
 * hold a label with `;`, so CSV exports leave the column empty and imports fill it here.
 */
export function labelsFromEvidence<T extends { sources: string[]; evidence?: SourceRecord[] | undefined }>(
  record: T,
): T {
  return record.evidence?.length && record.sources.length === 0
    ? { ...record, sources: sourceLabels(record.evidence) }
    : record;
}

/**
 * Labels written beside records must be theirs (`source`/`sources` saying something else would be
 * two truths): a tie's `source` is the first record's label, a node's `sources` the labels of all,
 * in order (or none: see labelsFromEvidence). Returns the message of the disagreement, if any.
 */
export function labelsDisagree(
  labels: readonly string[],
  sources: readonly SourceRecord[],
  tie: boolean,
): string | undefined {
  const expected = sourceLabels(sources);
  if (tie) {
    return expected.length > 0 && labels[0] !== expected[0]
      ? `source must be the first evidence record's title, reference or URL ("${expected[0]}")`
      : undefined;
  }
  if (labels.length === 0) return undefined;
  return labels.length !== expected.length || labels.some((l, i) => l !== expected[i])
    ? `sources must list the evidence records' titles, references or URLs in order: ${JSON.stringify(expected)}`
    : undefined;
}
