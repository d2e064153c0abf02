/**
 * The signed-in user, kept in sessionStorage (this tab only, gone when it closes) so that a reload
 * or a shared-URL navigation keeps the session. Pure functions over a storage, unit-tested.
 */
export interface SessionData {
  readonly token: string;
  readonly email: string;
  readonly role: string;
  /** ISO date-time after which the API refuses the token. */
  readonly expiresAt: string;
}

const KEY = 'ponte.session';

export function readSession(
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
  now = Date.now(),
): SessionData | undefined {
  const raw = storage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<SessionData>;
    if (
      typeof data.token !== 'string' ||
      typeof data.email !== 'string' ||
      typeof data.role !== 'string' ||
      typeof data.expiresAt !== 'string'
    )
      throw new Error('shape');
    if (Date.parse(data.expiresAt) <= now) throw new Error('expired');
    return data as SessionData;
  } catch {
    storage.removeItem(KEY);
    return undefined;
  }
}

export function writeSession(storage: Pick<Storage, 'setItem' | 'removeItem'>, data: SessionData | undefined): void {
  if (data) storage.setItem(KEY, JSON.stringify(data));
  else storage.removeItem(KEY);
}

/** The headers every GraphQL request carries: JSON (for CSRF prevention) and the bearer token. */
export function requestHeaders(session: SessionData | undefined): Record<string, string> {
  return session
    ? { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }
    : { 'content-type': 'application/json' };
}
