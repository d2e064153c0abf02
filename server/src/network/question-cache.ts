/**
 * Answers to the questions asked about one actor or project (introductions, paths, supportMatches),
 * remembered per version of the graph (network/answer-cache.ts): the second asking of a question,
 * by anyone who sees the same graph, costs one version check instead of the path searches
 * (docs/graph-questions.md#the-slow-questions-at-100k-issue-18).
 *
 * What is kept is the answer before masking, keyed by everything it depends on: the question and
 * its checked arguments, the reference day (today, when no day is asked), and the asker's class:
 * which migrants exist for them (visibilityClass: an answer computed on the graph without hidden
 * people never serves one who sees them, nor the reverse) and which they may name (the questions
 * drop targets the asker may not name before ranking). Each request masks for its own viewer.
 * These answers are exact: a previous version's answer is never served, so an erased person or a
 * withdrawn consent leaves them with the write that made the change.
 */
import { ENUMS } from '../../../schema/generated/model.js';
import type { NetworkSession } from './session.js';
import type { Viewer } from './viewer.js';
import { visibilityClass } from './visibility.js';

/** The graph the viewer sees and whom in it they may name, as a string. */
export function askerClass(viewer: Viewer): string {
  const named = [...ENUMS.Consent, null].filter((c) => viewer.mayNameMigrant(c)).map(String);
  return `${visibilityClass(viewer)}|named:${named.join(',')}`;
}

/** `compute`'s answer for (question, args, asker class, today) at the graph's current version. */
export function cachedQuestion<T>(
  session: NetworkSession,
  question: string,
  args: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const key = `${question}|${askerClass(session.viewer)}|${session.today()}|${JSON.stringify(args)}`;
  return session.questionAnswers.get(key, compute, { exact: true });
}
