/**
 * What a graph question needs to know about the one asking it, and nothing of how it was asked
 * (GraphQL, a benchmark, a test): the database, who is asking (which migrants exist for them and
 * which may be named, network/viewer.ts), the reference day, and the process's answer cache.
 * The GraphQL resolvers build one from their context (graphql/session.ts) and call the question.
 */
import type { Driver } from 'neo4j-driver';
import type { DisclosureControl } from '../privacy/disclosure.js';
import { answerCacheFor, type AnswerCache } from './answer-cache.js';
import type { Viewer } from './viewer.js';
import { forOneQuestion, walkIndexFor, type Walks } from './walks/walk-index.js';

/** The database a read runs on, and the viewer whose visibility travels with it (network/db.ts `read`). */
export interface ReadScope {
  readonly driver: Driver;
  readonly database: string;
  readonly viewer: Viewer;
  /** The graph of the current version in memory, when the API keeps one: path searches walk it (network/walks/walk-index.ts). */
  readonly walks?: Walks;
}

export interface NetworkSession extends ReadScope {
  /** Today as 'YYYY-MM-DD' (UTC): the reference day of tie recency and of daily cache keys. */
  readonly today: () => string;
  /** Whole-graph answers remembered per version of the database (network/answer-cache.ts). */
  readonly answers: AnswerCache;
  /** Answers to questions about one actor or project, per version of the database (network/question-cache.ts). */
  readonly questionAnswers: AnswerCache;
}

/** The statistics' session: they also need to know whether the asker gets exact counts. */
export interface StatisticsSession extends NetworkSession {
  /** Staff and admin: exact figures; below staff, disclosure control (docs/privacy.md#statistics-disclosure-control). */
  readonly exactCounts: boolean;
  readonly disclosure: DisclosureControl;
}

/** Today as 'YYYY-MM-DD' (UTC). */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A session on `database` for `viewer`, with the real clock and the API's answer cache for that database. */
export function networkSession(
  driver: Driver,
  database: string,
  viewer: Viewer,
  today: () => string = utcToday,
): NetworkSession {
  return {
    driver,
    database,
    viewer,
    today,
    answers: answerCacheFor(driver, database),
    questionAnswers: answerCacheFor(driver, database, 'questions'),
    ...withWalks(driver, database),
  };
}

/**
 * `{ walks }` when the API that owns `driver` keeps a walk graph, else nothing. A session serves one
 * question (graphql/session.ts builds one per field), so it sees the index as one question does.
 */
function withWalks(driver: Driver, database: string): { walks?: Walks } {
  const walks = walkIndexFor(driver, database);
  return walks ? { walks: forOneQuestion(walks) } : {};
}
