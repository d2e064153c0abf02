import { NODE_KINDS, TIE_TYPES } from '../../seeds/seed-schema.js';
import type { ImportTarget } from './types.js';

const NORMAL = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** `--kind` → a node kind or tie type, case- and punctuation-insensitive ("member-of" → MEMBER_OF). */
export function parseTarget(kind: string): ImportTarget | undefined {
  const key = NORMAL(kind);
  const node = NODE_KINDS.find((k) => NORMAL(k) === key);
  if (node) return { node };
  const tie = TIE_TYPES.find((t) => NORMAL(t) === key);
  return tie ? { tie } : undefined;
}

export function targetName(target: ImportTarget): string {
  return target.node ?? target.tie;
}

/** The sentence that lists every kind, for errors about `--kind` / `kind`. */
export const TARGET_CHOICES = `a node kind (${NODE_KINDS.join(', ')}) or a tie type (${TIE_TYPES.join(', ')})`;
