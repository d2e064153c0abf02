/**
 * Likely duplicate actors (issue #7): the same association, firm or foundation written in another
 * language, order or transliteration ("Fondation Hassan II" / "Hassan II Foundation"), never two
 * look-alikes ("Fondazione Cariplo" / "Fondazione CRT"). Pure and synchronous: the API
 * (`duplicateCandidates`), the CLI (`ponte dedupe`) and the importer (`likelyDuplicates`) call it.
 *
 * Score of a pair, 0–1:
 * - names (names.ts folds them): a weighted Jaccard over tokens, distinctive words weighing 1 and
 *   generic concepts 0.35; words match by transliteration skeleton or Jaro–Winkler ≥ 0.9, and all
 *   the words together match when their compact forms do ("Abderrahim" = "Abd Rahim"). When one name
 *   holds all the other's words and only adds generic words (a short and a long form), the score is
 *   lifted: 0.6 + 0.4 × Jaccard. An all-initials name matches the initials of the other ("CCME").
 *   The best of name and alternative names counts;
 * - context: same country +0.03, different countries −0.15 (−0.05 when one is INTL); same city
 *   +0.05, different cities −0.12 (−0.3 for migrants: people are placed by where they live);
 *   different kinds −0.15. A migrant is only compared with migrants.
 *
 * Blocking keeps it far from O(n²): records are only compared when they share a key (a word's
 * skeleton, the start of the compact form, the initials, or the set of concepts of a name without
 * distinctive words); keys shared by more than MAX_BLOCK records are too common to tell anything and
 * are skipped.
 */
import { englishReason } from '../explain/english.js';
import { country, nodeKind, reason, text, texts, type Reason } from '../explain/reason.js';
import { compactOf, foldCity, foldName, type FoldedName, type NameToken } from './names.js';

/** The least the matcher needs of an actor; `altNames` are optional extra spellings. */
export interface NameRecord {
  readonly id: string;
  readonly name: string;
  /** Migrant, Association, Firm, PublicAdministration or Funder. */
  readonly kind: string;
  readonly country?: string | null;
  readonly city?: string | null;
  readonly altNames?: readonly string[] | null;
}

export interface DuplicateMatch<R extends NameRecord = NameRecord> {
  /** With likelyDuplicates: the incoming record; with findDuplicates: the one with the smaller id. */
  readonly a: R;
  /** With likelyDuplicates: the existing record it probably duplicates. */
  readonly b: R;
  /** 0–1, higher is surer; rounded to 3 decimals. */
  readonly score: number;
  /** Why, in words, e.g. "same name after folding", "translation of 'foundation' (fondation / foundation)", "same city". */
  readonly reasons: readonly string[];
  /** The same reasons in parts (reasons[i] is reasonParts[i] in English; see server/src/explain). */
  readonly reasonParts: readonly Reason[];
}

export const DEFAULT_MIN_SCORE = 0.75;
/** A key shared by more records than this says nothing (a common first name among migrants). */
export const MAX_BLOCK = 100;
/** Word pairs below this Jaro–Winkler similarity do not match. */
const WORD_MATCH = 0.9;

interface Prepared<R extends NameRecord> {
  readonly record: R;
  readonly variants: readonly FoldedName[];
  readonly city: string | null;
  /** The token keys of the city's name, to leave out of names when both records are in that city. */
  readonly cityKeys: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
}

/** Jaro–Winkler similarity of two strings, 0–1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Edit distance of two strings, or undefined when it exceeds `max`. */
export function levenshtein(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return undefined;
    previous = current;
  }
  const d = previous[b.length]!;
  return d <= max ? d : undefined;
}

function tokenSimilarity(x: NameToken, y: NameToken): number {
  if (x.kind !== y.kind) return 0;
  if (x.key === y.key) return 1;
  if (x.kind !== 'word' || x.key.length < 3 || y.key.length < 3) return 0;
  const s = Math.max(jaroWinkler(x.key, y.key), jaroWinkler(x.raw, y.raw));
  return s >= WORD_MATCH ? s : 0;
}

interface NameComparison {
  readonly score: number;
  /** In parts; `reasons` of DuplicateMatch are their English (see scored()). */
  readonly reasons: Reason[];
}

const weightOf = (tokens: readonly NameToken[]) => tokens.reduce((sum, t) => sum + t.weight, 0);

/** How alike two folded names are, 0–1, with the reasons. */
export function compareNames(a: FoldedName, b: FoldedName): NameComparison {
  if (a.tokens.length === 0 || b.tokens.length === 0) return { score: 0, reasons: [] };
  const acronym = acronymMatch(a, b) ?? acronymMatch(b, a);
  // Greedy best-first pairing of tokens.
  const pairs: Array<{ i: number; j: number; s: number }> = [];
  a.tokens.forEach((x, i) =>
    b.tokens.forEach((y, j) => {
      const s = tokenSimilarity(x, y);
      if (s > 0) pairs.push({ i, j, s });
    }),
  );
  pairs.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matched: typeof pairs = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    matched.push(p);
  }
  let m = matched.reduce((sum, p) => sum + (p.s * (a.tokens[p.i]!.weight + b.tokens[p.j]!.weight)) / 2, 0);
  const reasons: Reason[] = [];
  // All the words together, in written order: "Abderrahim" = "Abd Rahim", "Elamrani" ≈ "El Amrani".
  const wordsA = a.tokens.filter((t) => t.kind !== 'concept');
  const wordsB = b.tokens.filter((t) => t.kind !== 'concept');
  let wordsTogether = false;
  // Numbers and initials must agree exactly for that: "Sahel 10" is not "Sahel 150", "Aziz B." not "Aziz G.".
  const exact = (n: FoldedName) =>
    n.tokens
      .filter((t) => t.kind === 'number' || t.key.length === 1)
      .map((t) => t.key)
      .sort()
      .join(' ');
  if (a.compact.length >= 4 && b.compact.length >= 4 && exact(a) === exact(b)) {
    // One edit per eight letters at most: "mhmdamrn" ≈ "mhmdalmrn", not "nrndstrsrbt" ≈ "nrndstrsstt".
    const longest = Math.max(a.compact.length, b.compact.length);
    const edits = levenshtein(a.compact, b.compact, Math.max(1, Math.floor(longest / 8)));
    const compact = edits === undefined ? 0 : 1 - edits / longest;
    const wordsMatchedAlone = matched
      .filter((p) => a.tokens[p.i]!.kind !== 'concept')
      .reduce((sum, p) => sum + (p.s * (a.tokens[p.i]!.weight + b.tokens[p.j]!.weight)) / 2, 0);
    const together = (compact * (weightOf(wordsA) + weightOf(wordsB))) / 2;
    if (together > wordsMatchedAlone + 1e-9) {
      m += together - wordsMatchedAlone;
      wordsTogether = true;
      reasons.push(reason('WORDS_JOINED', { a: texts(wordsA.map((t) => t.raw)), b: texts(wordsB.map((t) => t.raw)) }));
    }
  }
  const wa = weightOf(a.tokens);
  const wb = weightOf(b.tokens);
  let score = m / (wa + wb - m);

  const unmatchedA = a.tokens.filter((_, i) => !usedA.has(i));
  const unmatchedB = b.tokens.filter((_, j) => !usedB.has(j));
  const wordsLeft = (list: NameToken[]) => (wordsTogether ? [] : list.filter((t) => t.kind !== 'concept'));
  const distinctiveMatched =
    wordsTogether || matched.some((p) => a.tokens[p.i]!.kind !== 'concept' && a.tokens[p.i]!.weight >= 1);
  // A short and a long form of one name: every word matched, generic words added on one side only.
  if (distinctiveMatched && wordsLeft(unmatchedA).length === 0 && wordsLeft(unmatchedB).length === 0) {
    const conceptsA = unmatchedA.filter((t) => t.kind === 'concept');
    const conceptsB = unmatchedB.filter((t) => t.kind === 'concept');
    if ((conceptsA.length === 0) !== (conceptsB.length === 0)) {
      score = Math.max(score, 0.6 + 0.4 * score);
      reasons.push(reason('SHORTER_FORM', { words: texts([...conceptsA, ...conceptsB].map((t) => t.raw)) }));
    }
  }
  if (acronym && acronym.score > score) return acronym;

  if (score >= 0.999 && a.original.trim().toLowerCase() === b.original.trim().toLowerCase())
    reasons.unshift(reason('SAME_NAME'));
  else if (score >= 0.999) reasons.unshift(reason('SAME_NAME_FOLDED'));
  for (const p of matched) {
    const x = a.tokens[p.i]!;
    const y = b.tokens[p.j]!;
    if (x.raw === y.raw) continue;
    if (x.kind === 'concept')
      reasons.push(reason('TRANSLATION', { concept: text(x.key), a: text(x.raw), b: text(y.raw) }));
    else if (x.kind === 'number') reasons.push(reason('SAME_NUMBER', { a: text(x.raw), b: text(y.raw) }));
    else if (x.key === y.key) reasons.push(reason('TRANSLITERATION', { a: text(x.raw), b: text(y.raw) }));
    else reasons.push(reason('SIMILAR_SPELLING', { a: text(x.raw), b: text(y.raw) }));
  }
  const onlyA = wordsLeft(unmatchedA);
  const onlyB = wordsLeft(unmatchedB);
  if (onlyA.length || onlyB.length)
    reasons.push(reason('WORDS_IN_ONE_NAME', { words: texts([...onlyA, ...onlyB].map((t) => t.raw)) }));
  return { score, reasons };
}

/** "CCME" against "Conseil de la Communauté Marocaine à l'Étranger". */
function acronymMatch(short: FoldedName, long: FoldedName): NameComparison | undefined {
  if (short.tokens.length !== 1 || long.tokens.length < 2) return undefined;
  const word = short.tokens[0]!.raw;
  if (word.length < 2 || word.length > 8 || word !== long.initials) return undefined;
  return { score: 0.85, reasons: [reason('ACRONYM', { acronym: text(word) })] };
}

function prepare<R extends NameRecord>(record: R): Prepared<R> {
  const names = [record.name, ...(record.altNames ?? [])].filter((n) => n && n.trim());
  const variants = [...new Set(names)].map(foldName);
  const keys = new Set<string>();
  for (const v of variants) {
    for (const t of v.tokens) if (t.kind !== 'concept' && t.weight >= 1 && t.key.length >= 2) keys.add(`w:${t.key}`);
    if (v.compact.length >= 4) keys.add(`c:${v.compact.slice(0, 5)}`);
    if (v.tokens.length === 1 && v.tokens[0]!.kind === 'word') keys.add(`i:${v.tokens[0]!.raw}`);
    else if (v.initials.length >= 2) keys.add(`i:${v.initials}`);
    // The set of generic words: a key for names made of them only, and for names with several
    // ("Centro Studi di Politica Internazionale" meets "Centre for International Policy Studies").
    const concepts = [...new Set(v.tokens.filter((t) => t.kind === 'concept').map((t) => t.key))].sort();
    if (concepts.length >= 2 || (concepts.length > 0 && concepts.length === v.tokens.length))
      keys.add(`s:${concepts.join('+')}`);
  }
  const city = foldCity(record.city);
  return { record, variants, city, cityKeys: new Set(city ? foldName(city).tokens.map((t) => t.key) : []), keys };
}

const KIND_PENALTY = 0.15;

/** Scores one pair of prepared records (undefined: never comparable). */
function scorePair<R extends NameRecord>(x: Prepared<R>, y: Prepared<R>): NameComparison | undefined {
  const a = x.record;
  const b = y.record;
  if ((a.kind === 'Migrant') !== (b.kind === 'Migrant')) return undefined;
  const sameCity = x.city !== null && x.city === y.city;
  let best: NameComparison = { score: 0, reasons: [] };
  let via: [string, string] | undefined;
  for (const va of x.variants) {
    for (const vb of y.variants) {
      const c = compareNames(sameCity ? withoutCity(va, x.cityKeys) : va, sameCity ? withoutCity(vb, y.cityKeys) : vb);
      if (c.score > best.score) {
        best = c;
        via = [va.original, vb.original];
      }
    }
  }
  if (best.score === 0) return { score: 0, reasons: [] };
  const reasons = [...best.reasons];
  if (via && (via[0] !== a.name || via[1] !== b.name))
    reasons.push(reason('COMPARED_AS', { a: text(via[0]), b: text(via[1]) }));
  let score = best.score;
  if (a.kind === b.kind) reasons.push(reason('SAME_KIND', { kind: nodeKind(a.kind) }));
  else {
    score -= KIND_PENALTY;
    reasons.push(reason('DIFFERENT_KINDS', { a: nodeKind(a.kind), b: nodeKind(b.kind) }));
  }
  if (a.country && b.country) {
    if (a.country === b.country) {
      score += 0.03;
      reasons.push(reason('SAME_COUNTRY', { country: country(a.country) }));
    } else {
      score -= a.country === 'INTL' || b.country === 'INTL' ? 0.05 : 0.15;
      reasons.push(reason('DIFFERENT_COUNTRIES', { a: country(a.country), b: country(b.country) }));
    }
  }
  if (x.city && y.city) {
    if (sameCity) {
      score += 0.05;
      reasons.push(reason('SAME_CITY', { city: text(a.city!) }));
    } else {
      // People are placed by where they live: the same name in two cities is two people.
      score -= a.kind === 'Migrant' ? 0.3 : 0.12;
      reasons.push(reason('DIFFERENT_CITIES', { a: text(a.city!), b: text(b.city!) }));
    }
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, reasons };
}

/**
 * The city both records are in says nothing more when the name repeats it ("Al Wafa – Torino" in
 * Torino against "Al Wafa" in Torino): its words are left out of the comparison.
 */
function withoutCity(name: FoldedName, cityKeys: ReadonlySet<string>): FoldedName {
  const tokens = name.tokens.filter((t) => !cityKeys.has(t.key) || t.kind === 'concept');
  if (tokens.length === name.tokens.length || tokens.length === 0) return name;
  return { ...name, tokens, compact: compactOf(tokens) };
}

export interface DedupeStats {
  /** Pairs actually scored (against n(n−1)/2 without blocking). */
  comparisons: number;
  /** Keys skipped as too common. */
  skippedKeys: number;
}

function blocks<R extends NameRecord>(prepared: readonly Prepared<R>[], stats: DedupeStats): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  prepared.forEach((p, index) => {
    for (const key of p.keys) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(index);
    }
  });
  for (const [key, list] of byKey) {
    if (list.length > MAX_BLOCK) {
      byKey.delete(key);
      stats.skippedKeys++;
    }
  }
  return byKey;
}

/** A scored pair's score and reasons, in parts and in English (one rendering: server/src/explain/english.ts). */
const explained = (c: NameComparison) => ({
  score: c.score,
  reasons: c.reasons.map(englishReason),
  reasonParts: c.reasons,
});

const sortMatches = <R extends NameRecord>(list: DuplicateMatch<R>[]) =>
  list.sort((p, q) => q.score - p.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));

/**
 * Likely duplicates among `records`, best first: every pair scoring at least `minScore`. Each pair
 * once, `a` being the record with the smaller id. `stats` (optional) receives the work done.
 */
export function findDuplicates<R extends NameRecord>(
  records: readonly R[],
  minScore = DEFAULT_MIN_SCORE,
  stats: DedupeStats = { comparisons: 0, skippedKeys: 0 },
): DuplicateMatch<R>[] {
  const prepared = records.map(prepare);
  const seen = new Set<string>();
  const out: DuplicateMatch<R>[] = [];
  for (const members of blocks(prepared, stats).values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = prepared[members[i]!]!;
        const y = prepared[members[j]!]!;
        if (x.record.id === y.record.id) continue;
        const [first, second] = x.record.id < y.record.id ? [x, y] : [y, x];
        const pairKey = `${first.record.id}\u0000${second.record.id}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        stats.comparisons++;
        const scored = scorePair(first, second);
        if (scored && scored.score >= minScore) out.push({ a: first.record, b: second.record, ...explained(scored) });
      }
    }
  }
  return sortMatches(out);
}

/**
 * For imports: which `existing` actors each `incoming` record probably duplicates (`a` incoming,
 * `b` existing), best first. A record with the same id as an existing one is an update, not a
 * duplicate, and is not reported against it.
 */
export function likelyDuplicates<R extends NameRecord, E extends NameRecord = R>(
  incoming: readonly R[],
  existing: readonly E[],
  minScore = DEFAULT_MIN_SCORE,
): DuplicateMatch<R | E>[] {
  const stats: DedupeStats = { comparisons: 0, skippedKeys: 0 };
  const prepared: Array<Prepared<R | E>> = [
    ...incoming.map((r) => prepare<R | E>(r)),
    ...existing.map((r) => prepare<R | E>(r)),
  ];
  const isIncoming = (index: number) => index < incoming.length;
  const seen = new Set<string>();
  const out: DuplicateMatch<R | E>[] = [];
  for (const members of blocks(prepared, stats).values()) {
    const newOnes = members.filter(isIncoming);
    const oldOnes = members.filter((m) => !isIncoming(m));
    for (const i of newOnes) {
      for (const j of oldOnes) {
        const x = prepared[i]!;
        const y = prepared[j]!;
        if (x.record.id === y.record.id) continue;
        const pairKey = `${i}\u0000${j}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const scored = scorePair(x, y);
        if (scored && scored.score >= minScore) out.push({ a: x.record, b: y.record, ...explained(scored) });
      }
    }
  }
  return sortMatches(out);
}

/** A dismissed pair's key: the two ids in order, so (a, b) and (b, a) are one pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
