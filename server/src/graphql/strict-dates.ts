import { GraphQLError, type GraphQLSchema, type GraphQLScalarType, type ValueNode } from 'graphql';

/**
 * Ponte's dates are calendar days of years 0001–9999 (ties' `since`/`until`, events, `asOf`), and
 * date-times are ISO 8601 instants. @neo4j/graphql's Date and DateTime scalars hand strings to
 * JavaScript's Date parser, which rolls "2020-02-31" over to 2 March (a filter then silently asks
 * about another day) and lets "2020-02-31T00:00:00Z" through to Neo4j, which refuses it during
 * execution (an INTERNAL_SERVER_ERROR). Checked here, at the scalar, a bad value is refused before
 * anything runs, as GraphQL input errors are: a 400 naming the value (and, for a variable, the
 * variable), on generated filters and custom arguments alike. docs/privacy.md, "Bad requests".
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/i;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `value` is not a calendar day (or instant), or undefined when it is one. Pure. */
export function dateProblem(value: string, kind: 'Date' | 'DateTime'): string | undefined {
  const m = (kind === 'Date' ? DATE : DATE_TIME).exec(value);
  const shape = kind === 'Date' ? 'YYYY-MM-DD, e.g. 2008-05-31' : 'an ISO 8601 date-time, e.g. 2008-05-31T12:00:00Z';
  if (!m) return `${kind} "${value}" is not ${shape}.`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return `${kind} "${value}": years run from 0001 to 9999 (there is no year 0).`;
  if (month < 1 || month > 12) return `${kind} "${value}": there is no month ${m[2]}.`;
  const days = daysIn(year, month);
  if (day < 1 || day > days)
    return `${kind} "${value}" is not a calendar day (${MONTHS[month - 1]} ${year} has ${days} days).`;
  if (kind === 'DateTime') {
    const [h, min, s, zh, zm] = [m[4], m[5], m[6], m[7], m[8]].map((x) => (x === undefined ? 0 : Number(x)));
    if (h! > 23 || min! > 59 || s! > 59 || zh! > 14 || zm! > 59)
      return `${kind} "${value}" has no such time of day or offset; use ${shape}.`;
  }
  return undefined;
}

const STRICT = Symbol('ponte.strictDates');

function tighten(scalar: GraphQLScalarType, kind: 'Date' | 'DateTime'): void {
  const marked = scalar as GraphQLScalarType & { [STRICT]?: true };
  if (marked[STRICT]) return;
  const { parseValue, parseLiteral } = scalar;
  const check = (value: unknown) => {
    const problem = typeof value === 'string' ? dateProblem(value, kind) : undefined;
    if (problem) throw new GraphQLError(problem);
  };
  // The library's scalar is one object shared by every schema it builds: tightened in place, once.
  const mutable = scalar as { -readonly [K in keyof GraphQLScalarType]: GraphQLScalarType[K] };
  mutable.parseValue = (value: unknown) => {
    check(value);
    return parseValue(value);
  };
  mutable.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => {
    if (node.kind === 'StringValue') check(node.value);
    return parseLiteral(node, variables);
  };
  marked[STRICT] = true;
}

/** Makes the schema's Date and DateTime scalars refuse what is not a real day or instant. */
export function strictDates(schema: GraphQLSchema): GraphQLSchema {
  for (const kind of ['Date', 'DateTime'] as const) {
    const type = schema.getType(kind);
    if (type && 'parseLiteral' in type) tighten(type as GraphQLScalarType, kind);
  }
  return schema;
}
