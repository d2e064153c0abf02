/**
 * The value rules every write obeys (docs/architecture.md#domain-model, seeds/README.md), as pure checks that return a
 * message or nothing. The seed validator enforces the same rules on files; these serve GraphQL
 * writes, where the caller needs the argument path instead of a file and record.
 */

import { slugify } from '../../text/fold.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `confidence` is a probability-like score from 0 to 1. */
export function checkConfidence(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1)
    return `confidence must be between 0 and 1 (got ${String(value)})`;
  return undefined;
}

/** A tie cannot end before it starts; dates compare as YYYY-MM-DD strings. */
export function checkSinceUntil(since: unknown, until: unknown): string | undefined {
  if (since === null || since === undefined || until === null || until === undefined) return undefined;
  const s = String(since);
  const u = String(until);
  return u < s ? `until ${u} is before since ${s}; swap them or fix one` : undefined;
}

/** Ids are lower-case slugs with the prefix of their kind (docs/data-model.md). */
export function checkId(id: unknown, prefix: string): string | undefined {
  if (typeof id !== 'string' || !SLUG.test(id) || !id.startsWith(prefix) || id.length === prefix.length) {
    return `id ${JSON.stringify(id)} must be a lower-case slug starting with "${prefix}", e.g. ${prefix}example-name`;
  }
  return undefined;
}

/** A required text must hold more than spaces (GraphQL's `String!` lets "" and "  " through). */
export function checkText(value: unknown, field: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' && value.trim().length > 0 ? undefined : `${field} must not be empty`;
}

/** A name as the slug part of an id, at most 60 characters ("Rencontre à Fès" → "rencontre-a-fes"). */
export function slugOf(text: string): string {
  return slugify(text, 60);
}

/** Neo4j's "already exists with label … and property …" error from a unique constraint. */
export function isConstraintViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return true;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}
