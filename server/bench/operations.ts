import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { buildSearchQuery } from '../src/graphql/resolvers/search-query.js';

/** The ids a run draws its variables from, sampled once from the loaded graph. */
export interface Sample {
  readonly actorIds: readonly string[];
  readonly associationIds: readonly string[];
  readonly italianIds: readonly string[];
  readonly moroccanIds: readonly string[];
  readonly searchWords: readonly string[];
}

/** One representative operation: the GraphQL request and the same work as plain Cypher. */
export interface Operation {
  readonly name: string;
  readonly graphql: { readonly query: string; readonly variables: (pick: Picker) => Record<string, unknown> };
  readonly cypher?: { readonly query: string; readonly params: (pick: Picker) => Record<string, unknown> };
}

export type Picker = <T>(list: readonly T[]) => T;

export async function sampleGraph(driver: Driver, database: string, size = 200): Promise<Sample> {
  const ids = async (cypher: string) =>
    (await driver.executeQuery(cypher, { size: neo4j.int(size) }, { database, routing: 'READ' })).records.map((r) => r.get('id') as string);
  const names = await ids(`MATCH (a:Actor) WHERE NOT a:Migrant RETURN a.name AS id LIMIT $size`);
  return {
    actorIds: await ids('MATCH (a:Actor) WHERE NOT a:Migrant AND EXISTS { (a)--() } RETURN a.id AS id LIMIT $size'),
    associationIds: await ids('MATCH (a:Association) RETURN a.id AS id LIMIT $size'),
    italianIds: await ids("MATCH (a:Actor {country: 'IT'}) WHERE NOT a:Migrant AND EXISTS { (a)--(:Actor) } RETURN a.id AS id LIMIT $size"),
    moroccanIds: await ids("MATCH (a:Actor {country: 'MA'}) WHERE NOT a:Migrant AND EXISTS { (a)--(:Actor) } RETURN a.id AS id LIMIT $size"),
    // The first word of real names, so that searches find something.
    searchWords: names.map((n) => n.split(/[^\p{L}]+/u).find((w) => w.length >= 4) ?? 'iom').slice(0, 50),
  };
}

/** `{ __typename }`: what HTTP + Apollo cost with no database at all (the stack's ceiling). */
export const TYPENAME: Operation = { name: '{ __typename }', graphql: { query: '{ __typename }', variables: () => ({}) } };

export function operations(sample: Sample): Operation[] {
  return [
    TYPENAME,
    {
      name: 'filtered list (20 Italian associations by name)',
      graphql: {
        query: 'query($c: Country!) { associations(where: { country: { eq: $c } }, sort: [{ name: ASC }], limit: 20) { id name city type } }',
        variables: () => ({ c: 'IT' }),
      },
      cypher: {
        query: "MATCH (a:Association:Actor) WHERE a.country = $c RETURN a.id, a.name, a.city, a.type ORDER BY a.name LIMIT 20",
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
      cypher: {
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
      name: 'search (full text, prefix, fuzzy)',
      graphql: {
        query: 'query($t: String!) { search(text: $t, limit: 10) { id name kind country score } }',
        variables: (pick) => ({ t: pick(sample.searchWords) }),
      },
      cypher: {
        // The very query the resolver sends.
        query: `CALL db.index.fulltext.queryNodes('actorSearch', $q, {limit: 50}) YIELD node, score
          RETURN node.id, node.name, labels(node), node.country, score ORDER BY score DESC LIMIT 10`,
        params: (pick) => ({ q: buildSearchQuery(pick(sample.searchWords)) }),
      },
    },
  ];
}
