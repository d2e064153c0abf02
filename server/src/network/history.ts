/**
 * The write rule of time in words (docs/data-model.md#time): `anachronism` (time.ts) says whether a
 * tie starts before either end began or ends after either end ended; this names the field at fault
 * and says what to do, in one wording shared by the seed validator, imports and GraphQL writes.
 */
import { LIFETIME_END, LIFETIME_START, anachronism, lifetimeOf, type Lifetime, type TieWindow } from './time.js';

/** One end of a tie as the rule needs it: its id (for the message) and its lifetime properties. */
export interface TieEnd {
  readonly id: string;
  readonly node: Lifetime;
}

/** A refused write: the tie's field (`since` or `until`) and the sentence to show. */
export interface HistoryProblem {
  readonly field: 'since' | 'until';
  readonly message: string;
}

/** The property that holds a node's start or end (`founded`, `opens`, `closed` …), as the node has it. */
function boundProperty(node: Lifetime, keys: readonly (keyof Lifetime)[]): string {
  return keys.find((k) => node[k] !== null && node[k] !== undefined) ?? keys[0]!;
}

/** Why this tie is refused, or null when it respects both ends' lifetimes. */
export function tieHistoryProblem(tie: TieWindow, from: TieEnd, to: TieEnd): HistoryProblem | null {
  const found = anachronism(tie, from.node, to.node);
  if (!found) return null;
  const end = found.end === 'from' ? from : to;
  const value = String(tie[found.field]).slice(0, 10);
  // Before the bound means the end had not begun yet; after it, that it had ended (time.ts).
  const began = value < found.bound;
  const property = began ? boundProperty(end.node, LIFETIME_START) : boundProperty(end.node, LIFETIME_END);
  const when = `"${end.id}" ${began ? 'began' : 'ended'} (${property} ${found.bound})`;
  if (found.field === 'since') {
    return began
      ? {
          field: 'since',
          message: `since ${value} is before ${when}: a tie may not start before either end existed; date it from ${found.bound} or later, or attach it to the body that existed then`,
        }
      : {
          field: 'since',
          message: `since ${value} is after ${when}: a tie may not start after either end ended; date it by ${found.bound} or attach it to the successor`,
        };
  }
  return began
    ? {
        field: 'until',
        message: `until ${value} is before ${when}: a tie may not end before either end existed; fix the date or the end`,
      }
    : {
        field: 'until',
        message: `until ${value} is after ${when}: a tie may not end after either end ended; end it by ${found.bound} or leave until empty`,
      };
}

/**
 * Why a node's lifetime is refused, or null: it may not end before it began (an event's single
 * `date` always passes). Names the end property, as seeds and imports report it.
 */
export function lifetimeOrderProblem(node: Lifetime): { field: string; message: string } | null {
  const { from, to } = lifetimeOf(node);
  if (from === null || to === null || to >= from) return null;
  const start = boundProperty(node, LIFETIME_START);
  const endKey = boundProperty(node, LIFETIME_END);
  return {
    field: endKey,
    message: `${endKey} ${to} is before ${start} ${from}: a lifetime may not end before it began`,
  };
}
