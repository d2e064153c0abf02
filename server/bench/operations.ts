import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { NODE_KINDS } from '../../schema/generated/model.js';
import { NODE_SEARCH_INDEX } from '../src/db/migrations.js';
import { SEARCH_CANDIDATES } from '../src/network/questions/search.js';
import { buildSearchQuery } from '../src/network/search-query.js';

/** The ids a run draws its variables from, sampled once from the loaded graph. */
export interface Sample {
  readonly actorIds: readonly string[];
  readonly associationIds: readonly string[];
  readonly italianIds: readonly string[];
  readonly moroccanIds: readonly string[];
  readonly searchWords: readonly string[];
  readonly migrantIds: readonly string[];
  readonly projectIds: readonly string[];
}

/**
 * One representative operation: the GraphQL request, and a plain-Cypher **floor**: a cheaper query
 * that answers part of the same question (no visibility, scoring, explanations or masking), kept to
 * show how far below the API's own work the database could go. The API's own work ("sameWork") is
 * not written here: run.ts records the statements each request sends (capture.ts).
 */
export interface Operation {
  readonly name: string;
  readonly graphql: { readonly query: string; readonly variables: (pick: Picker) => Record<string, unknown> };
  readonly floor?: { readonly query: string; readonly params: (pick: Picker) => Record<string, unknown> };
  /** Served from the whole-graph answer cache (network/answer-cache.ts): measured uncached, and cached in a row of its own. */
  readonly answerCached?: boolean;
}

export type Picker = <T>(list: readonly T[]) => T;

export async function sampleGraph(driver: Driver, database: string, size = 200): Promise<Sample> {
  const ids = async (cypher: string) =>
    (await driver.executeQuery(cypher, { size: neo4j.int(size) }, { database, routing: 'READ' })).records.map(
      (r) => r.get('id') as string,
    );
  const names = await ids(`MATCH (a:Actor) WHERE NOT a:Migrant RETURN a.name AS id LIMIT $size`);
  return {
    actorIds: await ids('MATCH (a:Actor) WHERE NOT a:Migrant AND EXISTS { (a)--() } RETURN a.id AS id LIMIT $size'),
    associationIds: await ids('MATCH (a:Association) RETURN a.id AS id LIMIT $size'),
    italianIds: await ids(
      "MATCH (a:Actor {country: 'IT'}) WHERE NOT a:Migrant AND EXISTS { (a)--(:Actor) } RETURN a.id AS id LIMIT $size",
    ),
    moroccanIds: await ids(
      "MATCH (a:Actor {country: 'MA'}) WHERE NOT a:Migrant AND EXISTS { (a)--(:Actor) } RETURN a.id AS id LIMIT $size",
    ),
    migrantIds: await ids('MATCH (m:Migrant) WHERE m.skills <> [] RETURN m.id AS id LIMIT $size'),
    projectIds: await ids('MATCH (p:ReturnProject) WHERE p.needs <> [] RETURN p.id AS id LIMIT $size'),
    // The first word of real names, so that searches find something.
    searchWords: names.map((n) => n.split(/[^\p{L}]+/u).find((w) => w.length >= 4) ?? 'iom').slice(0, 50),
  };
}

/** `{ __typename }`: what HTTP + Apollo cost with no database at all (the stack's ceiling). */
export const TYPENAME: Operation = {
  name: '{ __typename }',
  graphql: { query: '{ __typename }', variables: () => ({}) },
};

export function operations(sample: Sample): Operation[] {
  return [
    TYPENAME,
    {
      name: 'filtered list (20 Italian associations by name)',
      graphql: {
        query:
          'query($c: Country!) { associations(where: { country: { eq: $c } }, sort: [{ name: ASC }], limit: 20) { id name city type } }',
        variables: () => ({ c: 'IT' }),
      },
      floor: {
        query:
          'MATCH (a:Association:Actor) WHERE a.country = $c RETURN a.id, a.name, a.city, a.type ORDER BY a.name LIMIT 20',
        params: () => ({ c: 'IT' }),
      },
    },
    {
      name: 'an association with its ties',
      graphql: {
        query: `query($id: ID!) { associations(where: { id: { eq: $id } }) { id name country
          members { id name } partners { id name country } attended { id name date } basedIn { id name } } }`,
        variables: (pick) => ({ id: pick(sample.associationIds) }),
      },
      floor: {
        query: `MATCH (a:Association:Actor {id: $id})
          RETURN a.id, a.name, a.country,
            COLLECT { MATCH (m)-[:MEMBER_OF]->(a) RETURN {id: m.id, name: m.name} } AS members,
            COLLECT { MATCH (a)-[:PARTNERS_WITH]-(p:Actor) RETURN {id: p.id, name: p.name, country: p.country} } AS partners,
            COLLECT { MATCH (a)-[:ATTENDED]->(e:Event) RETURN {id: e.id, name: e.name, date: e.date} } AS attended,
            COLLECT { MATCH (a)-[:BASED_IN]->(r:Region) RETURN {id: r.id, name: r.name} } AS basedIn`,
        params: (pick) => ({ id: pick(sample.associationIds) }),
      },
    },
    {
      name: 'search (every kind: names folded as dedupe folds them, prefix, typo)',
      graphql: {
        query: 'query($t: String!) { search(text: $t, limit: 10) { id name kind country score } }',
        variables: (pick) => ({ t: pick(sample.searchWords) }),
      },
      floor: {
        // The query the resolver sent for staff when this was written (network/questions/search.ts):
        // the index's best candidates with their names; the API then ranks them by name.
        query: `CALL db.index.fulltext.queryNodes('${NODE_SEARCH_INDEX}', $q) YIELD node, score
          WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
          WHERE kind IS NOT NULL
          RETURN node.id AS id, node.name AS name, node.altNames AS altNames, kind, node.country AS country,
                 node.city AS city, score
          ORDER BY score DESC, name ASC, id ASC LIMIT $candidates`,
        params: (pick) => ({
          q: buildSearchQuery(pick(sample.searchWords)),
          kinds: [...NODE_KINDS],
          candidates: neo4j.int(SEARCH_CANDIDATES),
        }),
      },
    },
    {
      name: 'neighbourhood (depth 1, up to 300 nodes)',
      graphql: {
        query:
          'query($id: ID!) { neighbourhood(ids: [$id], depth: 1, limit: 300) { nodes { id name kind country masked degree } edges { id type from to since until } truncated } }',
        variables: (pick) => ({ id: pick(sample.actorIds) }),
      },
      floor: {
        // The plain-Cypher floor: the start, its non-geographic neighbours and the ties to them.
        query: `MATCH (a:Actor {id: $id})-[r]-(b) WHERE NOT type(r) IN ['BASED_IN', 'ORIGINATES_FROM', 'TARGETS']
          WITH a, r, b LIMIT 300
          RETURN a.id, collect({id: b.id, name: b.name, labels: labels(b), country: b.country, consent: b.consent}) AS nodes,
                 collect({type: type(r), from: startNode(r).id, to: endNode(r).id, since: r.since, until: r.until}) AS ties`,
        params: (pick) => ({ id: pick(sample.actorIds) }),
      },
    },
    {
      name: 'paths (IT → MA actor, 3 best, ≤ 4 hops)',
      graphql: {
        query:
          'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 3) { hops score crossesBorder nodes { id name kind masked } edges { type from to since source } why } }',
        variables: (pick) => ({ from: pick(sample.italianIds), to: pick(sample.moroccanIds) }),
      },
      floor: {
        query: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
          MATCH p = SHORTEST 3 (a) (()-[r WHERE NOT type(r) IN ['BASED_IN', 'ORIGINATES_FROM', 'TARGETS']]-()){1,4} (b)
          RETURN [n IN nodes(p) | {id: n.id, name: n.name, labels: labels(n), consent: n.consent}] AS nodes,
                 [t IN relationships(p) | {type: type(t), from: startNode(t).id, to: endNode(t).id, since: t.since, source: t.source, confidence: t.confidence}] AS ties`,
        params: (pick) => ({ from: pick(sample.italianIds), to: pick(sample.moroccanIds) }),
      },
    },
    {
      name: 'introductions (funders in Morocco, ≤ 3 hops)',
      graphql: {
        query:
          'query($from: ID!) { introductions(from: $from, target: { kinds: [Funder], countries: [MA] }, maxHops: 3, limit: 10) { score reasons target { id name } path { hops } } }',
        variables: (pick) => ({ from: pick(sample.italianIds) }),
      },
      floor: {
        query: `MATCH (a:Actor {id: $from})
          MATCH p = SHORTEST 1 (a) (()-[r WHERE NOT type(r) IN ['BASED_IN', 'ORIGINATES_FROM', 'TARGETS']]-()){1,3} (b:Funder {country: 'MA'})
          RETURN b.id, length(p) AS hops, [t IN relationships(p) | t.confidence] AS conf ORDER BY hops LIMIT 10`,
        params: (pick) => ({ from: pick(sample.italianIds) }),
      },
    },
    {
      name: 'corridors (whole graph aggregate)',
      graphql: {
        query: '{ corridors { italianRegion moroccanRegion migrants associations projects } }',
        variables: () => ({}),
      },
      floor: {
        query: `MATCH (it:Region {country: 'IT'})<-[b:BASED_IN]-(m:Migrant)-[:ORIGINATES_FROM]->(ma:Region {country: 'MA'})
          WHERE b.until IS NULL OR b.until >= date()
          WITH it, ma, collect(DISTINCT m) AS migrants
          RETURN it.name, ma.name, size(migrants) AS migrants,
                 COUNT { UNWIND migrants AS m MATCH (m)-[:MEMBER_OF]->(a:Association) RETURN DISTINCT a } AS associations,
                 COUNT { UNWIND migrants AS m MATCH (m)-[:LEADS]->(p:ReturnProject) RETURN p UNION MATCH (p:ReturnProject)-[:TARGETS]->(ma) RETURN p } AS projects
          ORDER BY migrants DESC`,
        params: () => ({}),
      },
    },
    {
      name: 'commonConnections (an IT and a MA actor)',
      graphql: {
        query:
          'query($a: ID!, $b: ID!) { commonConnections(ids: [$a, $b], limit: 50) { via sharedBy node { id name kind } ties { type from to } } }',
        variables: (pick) => ({ a: pick(sample.italianIds), b: pick(sample.moroccanIds) }),
      },
      floor: {
        query: `MATCH (a:Actor {id: $a})-[r1]-(x)-[r2]-(b:Actor {id: $b})
          WHERE NOT type(r1) IN ['BASED_IN', 'ORIGINATES_FROM', 'TARGETS'] AND NOT type(r2) IN ['BASED_IN', 'ORIGINATES_FROM', 'TARGETS']
          RETURN x.id, labels(x), type(r1), type(r2) LIMIT 50`,
        params: (pick) => ({ a: pick(sample.italianIds), b: pick(sample.moroccanIds) }),
      },
    },
    {
      name: 'brokers (top 20 over the whole graph)',
      graphql: { query: '{ brokers(limit: 20) { id name score crossBorderTies } }', variables: () => ({}) },
      answerCached: true,
      floor: {
        query: `MATCH (a:Actor)-[r]-(b:Actor)
          WHERE a.country IN ['IT', 'MA'] AND b.country IN ['IT', 'MA'] AND a.country <> b.country AND r.until IS NULL
          RETURN a.id, count(r) AS crossBorder ORDER BY crossBorder DESC LIMIT 20`,
        params: () => ({}),
      },
    },
    {
      name: 'networkStats (counts, cross-border share, growth)',
      graphql: {
        query:
          '{ networkStats { actorsByKind { name count } tiesByType { name count } crossBorderShare growth { year newTies activeTies } } }',
        variables: () => ({}),
      },
      answerCached: true,
      floor: {
        query: `CALL { MATCH (a:Actor) RETURN collect(labels(a)) AS kinds }
          CALL { MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n, collect(r.since.year) AS years }
          RETURN size(kinds), t, n, size(years)`,
        params: () => ({}),
      },
    },
    {
      name: 'opportunityMatches (a migrant)',
      graphql: {
        query:
          'query($id: ID!) { opportunityMatches(migrantId: $id, limit: 10) { score reasons opportunity { id name } path { hops } } }',
        variables: (pick) => ({ id: pick(sample.migrantIds) }),
      },
      floor: {
        query: `MATCH (m:Migrant {id: $id}) MATCH (o:Opportunity)
          WHERE any(s IN o.requiredSkills WHERE s IN m.skills) AND (o.minEducation IS NULL OR o.minEducation <= coalesce(m.education, 0))
          RETURN o.id, size([s IN o.requiredSkills WHERE s IN m.skills]) AS shared ORDER BY shared DESC LIMIT 10`,
        params: (pick) => ({ id: pick(sample.migrantIds) }),
      },
    },
    {
      name: 'supportMatches (a return project)',
      graphql: {
        query:
          'query($id: ID!) { supportMatches(projectId: $id, limit: 10) { score services provider { id name } path { hops } } }',
        variables: (pick) => ({ id: pick(sample.projectIds) }),
      },
      floor: {
        query: `MATCH (p:ReturnProject {id: $id}) MATCH (a:Actor)
          WHERE any(s IN a.services WHERE s IN p.needs)
          RETURN a.id, size([s IN a.services WHERE s IN p.needs]) AS met ORDER BY met DESC LIMIT 10`,
        params: (pick) => ({ id: pick(sample.projectIds) }),
      },
    },
  ];
}
