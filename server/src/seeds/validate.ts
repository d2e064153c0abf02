import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { tieHistoryProblem } from '../network/history.js';
import type { Lifetime } from '../network/time.js';
import { repoRoot } from '../paths.js';
import { type SeedIssue, type SeedRecordRef, SeedValidationError } from './seed-issue.js';
import {
  NODE_KINDS,
  type NodeKind,
  SeedFileShape,
  type SeedNode,
  type SeedTie,
  TIE_ENDS,
  TIE_TYPES,
  nodeSchemas,
  tieSchemas,
  withArticle,
} from './seed-schema.js';

export { type SeedIssue, type SeedRecordRef, SeedValidationError, formatIssue } from './seed-issue.js';

/** One seed file as read from disk: its path and its raw text (parsed here, so bad JSON is an issue too). */
export interface SeedFileInput {
  readonly file: string;
  readonly text: string;
}

/** A whole, valid seed set: every id unique, every tie's ends known and of an allowed kind. */
export interface SeedSet {
  readonly files: readonly string[];
  readonly nodes: readonly SeedNode[];
  readonly ties: readonly SeedTie[];
}

interface Located<T> {
  readonly value: T;
  readonly file: string;
  readonly ref: SeedRecordRef;
}

/** Paths inside the repository are shown relative to it, as people type them. */
export function displayPath(file: string): string {
  const relative = path.relative(repoRoot, path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/** Reads every `*.json` of a directory, in name order. A missing or empty directory is an issue. */
export async function readSeedDir(dir: string): Promise<SeedFileInput[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SeedValidationError([
      { file: displayPath(dir), message: `cannot read the seed directory (${reason}); check the path` },
    ]);
  }
  if (names.length === 0) {
    throw new SeedValidationError([
      { file: displayPath(dir), message: 'no *.json seed files here; add some or point to the right directory' },
    ]);
  }
  return Promise.all(
    names.map(async (name) => ({ file: path.join(dir, name), text: await readFile(path.join(dir, name), 'utf8') })),
  );
}

export async function validateSeedDir(dir: string): Promise<SeedSet> {
  return validateSeedFiles(await readSeedDir(dir));
}

/**
 * Validates a set of seed files as a whole and returns the parsed records, or throws a
 * SeedValidationError listing every problem found (not just the first).
 */
export function validateSeedFiles(inputs: readonly SeedFileInput[]): SeedSet {
  const issues: SeedIssue[] = [];
  const nodes: Located<SeedNode>[] = [];
  const ties: Located<SeedTie>[] = [];
  // Ids of every node record that names one, valid or not: a tie pointing at a node that is
  // itself broken should report the node, not a misleading "unknown id".
  const declaredIds = new Set<string>();

  for (const input of inputs) {
    const file = displayPath(input.file);
    const parsed = parseFile(file, input.text, issues);
    if (!parsed) continue;
    parsed.nodes?.forEach((raw, index) => {
      const node = parseNode(file, index, raw, issues);
      const id = idOfRaw(raw);
      if (id) declaredIds.add(id);
      if (node) nodes.push(node);
    });
    parsed.ties?.forEach((raw, index) => {
      const tie = parseTie(file, index, raw, issues);
      if (tie) ties.push(tie);
    });
  }

  const kinds = checkUniqueIds(nodes, issues);
  checkTies(ties, kinds, declaredIds, issues);

  if (issues.length > 0) throw new SeedValidationError(issues);
  return {
    files: inputs.map((input) => displayPath(input.file)),
    nodes: nodes.map((n) => n.value),
    ties: ties.map((t) => t.value),
  };
}

function parseFile(file: string, text: string, issues: SeedIssue[]): z.output<typeof SeedFileShape> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ file, message: `not valid JSON (${reason}); fix the syntax` });
    return undefined;
  }
  const result = SeedFileShape.safeParse(json);
  if (!result.success) {
    issues.push({
      file,
      message:
        'expected an object { "nodes": [...], "ties": [...] } (either array may be left out); fix the outer shape',
    });
    return undefined;
  }
  return result.data;
}

function idOfRaw(raw: unknown): string | undefined {
  return isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
}

function tieName(raw: Record<string, unknown>): string | undefined {
  const part = (value: unknown) => (typeof value === 'string' ? value : '?');
  if (raw.type === undefined && raw.from === undefined && raw.to === undefined) return undefined;
  return `${part(raw.type)} ${part(raw.from)} → ${part(raw.to)}`;
}

function parseNode(file: string, index: number, raw: unknown, issues: SeedIssue[]): Located<SeedNode> | undefined {
  const id = idOfRaw(raw);
  const ref: SeedRecordRef = { section: 'nodes', index, ...(id ? { id } : {}) };
  if (!isRecord(raw)) {
    issues.push({ file, record: ref, message: 'expected an object with a "kind" and an "id"; fix the record' });
    return undefined;
  }
  if (!isOneOf(raw.kind, NODE_KINDS)) {
    issues.push({ file, record: ref, field: 'kind', message: choiceProblem(raw.kind, NODE_KINDS) });
    return undefined;
  }
  const schema: z.ZodType<SeedNode> = nodeSchemas[raw.kind];
  const result = schema.safeParse(raw);
  if (!result.success) {
    issues.push(...zodIssues(file, ref, raw, result.error.issues, Object.keys(nodeSchemas[raw.kind].shape)));
    return undefined;
  }
  return { value: result.data, file, ref };
}

function parseTie(file: string, index: number, raw: unknown, issues: SeedIssue[]): Located<SeedTie> | undefined {
  const name = isRecord(raw) ? tieName(raw) : undefined;
  const ref: SeedRecordRef = { section: 'ties', index, ...(name ? { id: name } : {}) };
  if (!isRecord(raw)) {
    issues.push({ file, record: ref, message: 'expected an object with "type", "from" and "to"; fix the record' });
    return undefined;
  }
  if (!isOneOf(raw.type, TIE_TYPES)) {
    issues.push({ file, record: ref, field: 'type', message: choiceProblem(raw.type, TIE_TYPES) });
    return undefined;
  }
  const schema: z.ZodType<SeedTie> = tieSchemas[raw.type];
  const result = schema.safeParse(raw);
  if (!result.success) {
    issues.push(...zodIssues(file, ref, raw, result.error.issues, Object.keys(tieSchemas[raw.type].shape)));
    return undefined;
  }
  return { value: result.data, file, ref };
}

/** Node ids are unique across all files and kinds (the prefix already encodes the kind). */
function checkUniqueIds(nodes: readonly Located<SeedNode>[], issues: SeedIssue[]): Map<string, Located<SeedNode>> {
  const byId = new Map<string, Located<SeedNode>>();
  for (const node of nodes) {
    const first = byId.get(node.value.id);
    if (first) {
      issues.push({
        file: node.file,
        record: node.ref,
        field: 'id',
        message: `duplicate id "${node.value.id}", first defined in ${first.file}, record ${first.ref.index}; give one of them another id or merge them`,
      });
    } else {
      byId.set(node.value.id, node);
    }
  }
  return byId;
}

function checkTies(
  ties: readonly Located<SeedTie>[],
  nodes: ReadonlyMap<string, Located<SeedNode>>,
  declaredIds: ReadonlySet<string>,
  issues: SeedIssue[],
): void {
  const seen = new Map<string, Located<SeedTie>>();
  for (const tie of ties) {
    const { type, from, to } = tie.value;
    for (const end of ['from', 'to'] as const) {
      const id = tie.value[end];
      const allowed = TIE_ENDS[type][end];
      const node = nodes.get(id);
      if (!node) {
        // A declared-but-invalid node already has its own issue; do not pile on.
        if (!declaredIds.has(id)) {
          issues.push({
            file: tie.file,
            record: tie.ref,
            field: end,
            message: `unknown id "${id}"; add it to a node file or fix the id`,
          });
        }
      } else if (!allowed.includes(node.value.kind)) {
        issues.push({
          file: tie.file,
          record: tie.ref,
          field: end,
          message: `"${id}" is ${withArticle(node.value.kind)}, but ${type} ${end === 'from' ? 'starts at' : 'ends at'} ${listKinds(allowed)}; fix the id or use another relationship type`,
        });
      }
    }
    const fromNode = nodes.get(from);
    const toNode = nodes.get(to);
    if (fromNode && toNode) {
      // History is respected (docs/data-model.md#time): within both ends' lifetimes.
      const history = tieHistoryProblem(
        tie.value,
        { id: from, node: fromNode.value as Lifetime },
        { id: to, node: toNode.value as Lifetime },
      );
      if (history) issues.push({ file: tie.file, record: tie.ref, field: history.field, message: history.message });
    }
    const key = `${type}|${from}|${to}`;
    const first = seen.get(key);
    if (first) {
      issues.push({
        file: tie.file,
        record: tie.ref,
        field: 'to',
        message: `duplicate tie: ${first.file}, record ${first.ref.index} already joins ${from} to ${to} with ${type} (ties are merged on type, from and to); keep one of them`,
      });
    } else {
      seen.set(key, tie);
    }
  }
}

function listKinds(kinds: readonly NodeKind[]): string {
  if (kinds.length === 1) return withArticle(kinds[0]!);
  return `${withArticle(kinds.slice(0, -1).join(', '))} or ${kinds[kinds.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// zod issues → SeedIssues with a fix

function zodIssues(
  file: string,
  record: SeedRecordRef,
  raw: Record<string, unknown>,
  zodIssueList: readonly z.core.$ZodIssue[],
  allowedKeys: readonly string[],
): SeedIssue[] {
  return zodIssueList.flatMap((issue): SeedIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        record,
        field: fieldName([...issue.path, key]),
        message: unknownKeyMessage(key, allowedKeys),
      }));
    }
    const field = fieldName(issue.path);
    const value = valueAt(raw, issue.path);
    return [{ file, record, ...(field ? { field } : {}), message: problem(issue, value) }];
  });
}

export function unknownKeyMessage(key: string, allowedKeys: readonly string[]): string {
  if (key === 'underemployed')
    return 'underemployed is derived from education and occupationLevel, never stored; remove it';
  if (key === 'createdAt' || key === 'updatedAt') return `${key} is set by the loader; remove it`;
  if (key === 'foundedYear')
    return 'foundedYear is derived from founded, never stored; write founded as a date (YYYY-MM-DD; 1 January when only the year is known)';
  return `unknown field; remove it or rename it to one of: ${allowedKeys.join(', ')}`;
}

export function problem(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && issue.code === 'invalid_type') return 'missing; add it';
  if (issue.code === 'invalid_value') {
    return choiceProblem(
      value,
      issue.values.map((v) => String(v)),
    );
  }
  const got = value === undefined ? '' : `got ${preview(value)}: `;
  const message =
    issue.code === 'custom' || issue.message.startsWith('expected')
      ? issue.message
      : issue.message.replace(/^Invalid input: /, '');
  return `${got}${message}; fix the value`;
}

export function choiceProblem(value: unknown, allowed: readonly string[]): string {
  if (value === undefined) return `missing; add one of ${allowed.join(', ')}`;
  return `got ${preview(value)}, expected one of ${allowed.join(', ')}; use one of them`;
}

function fieldName(pathParts: readonly PropertyKey[]): string | undefined {
  let name = '';
  for (const part of pathParts) {
    name += typeof part === 'number' ? `[${part}]` : `${name ? '.' : ''}${String(part)}`;
  }
  return name || undefined;
}

export function valueAt(raw: unknown, pathParts: readonly PropertyKey[]): unknown {
  let current: unknown = raw;
  for (const part of pathParts) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function preview(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}
