/**
 * How well a hit's own names answer the query (docs/search.md#ranking): an exact name, acronym or
 * alternative name first, then a name the query begins, then a name holding every word, then a
 * name holding every word with a typo; a hit found by its description or city alone comes last.
 * Names are compared as dedupe compares them (curation/names.ts): "Hassan 2 Foundation" is exactly
 * "Hassan II Foundation", "فاس" begins "Fès-Meknès". Pure, and it reads the hit's names only, so
 * the order of visible hits never depends on anyone hidden (docs/privacy.md).
 */
import { foldName, type NameToken } from '../curation/names.js';
import { compactFold } from '../text/fold.js';

export const Tier = {
  /** Found by its description or city only. */
  other: 0,
  /** Every word of the query is a word of a name, some with one typo. */
  typo: 1,
  /** Every word of the query is a word (or the beginning of a word) of a name. */
  words: 2,
  /** A name begins with the query's words, or the query is its initials. */
  prefix: 3,
  /** The query is a name, an alternative name or an acronym. */
  exact: 4,
} as const;

export interface NameMatch {
  readonly tier: number;
  /** The name or alternative name that matched best. */
  readonly matched: string;
}

/** A query folded once, compared with many names. */
export interface FoldedQuery {
  /** The query as typed. */
  readonly text: string;
  readonly tokens: readonly NameToken[];
  readonly compact: string;
}

export function foldQuery(text: string): FoldedQuery {
  return { text, tokens: foldName(text).tokens, compact: compactFold(text) };
}

/**
 * The best match of the query among a hit's names. Among names of the same tier, one written in the
 * query's script wins (folding makes "فاس" begin "Fès-Meknès", but the reader typed Arabic and is
 * shown "فاس مكناس"), then the first.
 */
export function bestNameMatch(query: FoldedQuery, names: readonly string[]): NameMatch {
  let best: NameMatch = { tier: Tier.other, matched: names[0] ?? '' };
  let bestInScript = false;
  for (const name of names) {
    const tier = nameTier(query, name);
    const inScript = sharesScript(query.text, name);
    if (tier > best.tier || (tier === best.tier && tier > Tier.other && inScript && !bestInScript)) {
      best = { tier, matched: name };
      bestInScript = inScript;
    }
  }
  return best;
}

const SCRIPTS = [/\p{Script=Arabic}/u, /\p{Script=Latin}/u] as const;

/** Whether the text and the name are written (at least partly) in one of the same scripts. */
function sharesScript(text: string, name: string): boolean {
  return SCRIPTS.some((script) => script.test(text) && script.test(name));
}

/**
 * Names folded once: search ranks the same names again and again, and folding one costs far more
 * than comparing it. Bounded; emptied when full (names change rarely, so it refills with the same).
 */
const FOLDED = new Map<string, { folded: ReturnType<typeof foldName>; compact: string }>();
export const FOLDED_NAMES_KEPT = 50_000;

function foldedName(name: string) {
  let entry = FOLDED.get(name);
  if (!entry) {
    if (FOLDED.size >= FOLDED_NAMES_KEPT) FOLDED.clear();
    entry = { folded: foldName(name), compact: compactFold(name) };
    FOLDED.set(name, entry);
  }
  return entry;
}

export function nameTier(query: FoldedQuery, name: string): number {
  if (query.compact === '') return Tier.other;
  const { folded, compact } = foldedName(name);
  const q = query.tokens;
  const n = folded.tokens;
  if (compact === query.compact) return Tier.exact;
  if (q.length > 0 && q.length === n.length && q.every((t, i) => same(t, n[i]!))) return Tier.exact;
  if (compact.startsWith(query.compact)) return Tier.prefix;
  if (q.length > 0 && q.length <= n.length && q.every((t, i) => same(t, n[i]!) || begins(t, n[i]!))) {
    return Tier.prefix;
  }
  if (q.length === 1 && query.compact.length >= 2 && folded.initials === query.compact) return Tier.prefix;
  if (q.length === 0) return Tier.other;
  if (q.every((t) => n.some((w) => same(t, w) || begins(t, w)))) return Tier.words;
  if (q.every((t) => n.some((w) => same(t, w) || begins(t, w) || oneEdit(t.raw, w.raw)))) return Tier.typo;
  return Tier.other;
}

/** Same word: the same skeleton, concept or number, or the same letters (an acronym typed in lower case). */
function same(q: NameToken, n: NameToken): boolean {
  return q.key === n.key || q.raw === n.raw;
}

/** The query word begins the name's word ("hass" → "hassan"). */
function begins(q: NameToken, n: NameToken): boolean {
  return q.kind !== 'number' && q.raw.length >= 2 && n.raw.startsWith(q.raw);
}

/** At most one edit apart (a letter deleted, inserted, replaced, or two neighbours swapped), from four letters on. */
export function oneEdit(a: string, b: string): boolean {
  if (a.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
