import { randomUUID } from 'node:crypto';

/**
 * How an erased person is referred to after erasure: a random id, drawn once per erasure, never
 * derived from the person's id. Actor ids are guessable slugs (`migrant-youssef-b`), so any
 * unkeyed hash of one (SHA-256, SHA-1, MD5) is undone by hashing a list of likely slugs; a
 * random id links the erasure's own audit entry to the earlier entries about the person (which
 * are rewritten to `erased:<erasureId>`) and to nothing else. See docs/privacy.md ("Erasure").
 */
export function newErasureId(): string {
  return randomUUID();
}

/** How an erased person appears in the `ids` of audit entries. */
export const erasedRef = (erasureId: string): string => `erased:${erasureId}`;

/**
 * Erasures done in one request, by erased id, so that the record the audit plugin writes for the
 * request's other fields names the person by the same erasure id. Keyed on an object of the
 * request's context that every copy of it shares (`writeTx`: @neo4j/graphql hands resolvers a
 * copy of the context, not the object the plugins see), which dies with the request.
 */
const erasuresByRequest = new WeakMap<object, Map<string, string>>();

export function rememberErasure(request: object, id: string, erasureId: string): void {
  const map = erasuresByRequest.get(request) ?? new Map<string, string>();
  map.set(id, erasureId);
  erasuresByRequest.set(request, map);
}

/** The erasure id `id` got in this request, or a fresh one (an erasure that failed links nothing). */
export function erasureRefFor(request: object): (id: string) => string {
  const refs = new Map<string, string>();
  return (id) => {
    let ref = refs.get(id);
    if (!ref) {
      ref = erasedRef(erasuresByRequest.get(request)?.get(id) ?? newErasureId());
      refs.set(id, ref);
    }
    return ref;
  };
}
