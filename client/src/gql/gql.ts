/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ActorCounts {\n    actorCounts {\n      name\n      count\n    }\n  }\n": typeof types.ActorCountsDocument,
    "\n  query ActorName($id: ID!) {\n    actors(where: { id: { eq: $id } }, limit: 1) {\n      id\n      name\n    }\n  }\n": typeof types.ActorNameDocument,
    "\n  query Corridors {\n    corridors {\n      italianRegion\n      italianRegionId\n      moroccanRegion\n      moroccanRegionId\n      migrants\n      associations\n      projects\n      folded\n    }\n  }\n": typeof types.CorridorsDocument,
    "\n  query DuplicateCandidates($kinds: [ActorKind!], $minScore: Float, $limit: Int) {\n    duplicateCandidates(kinds: $kinds, minScore: $minScore, limit: $limit) {\n      a {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      b {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      score\n      reasons\n    }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  mutation DismissDuplicate($a: ID!, $b: ID!) {\n    dismissDuplicate(a: $a, b: $b) {\n      a\n      b\n      at\n    }\n  }\n": typeof types.DismissDuplicateDocument,
    "\n  mutation MergeActors($keep: ID!, $drop: ID!) {\n    mergeActors(keep: $keep, drop: $drop) {\n      kept\n      dropped\n      tiesMoved\n      tiesMerged\n      tiesDropped\n      fieldsCopied\n    }\n  }\n": typeof types.MergeActorsDocument,
    "\n  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: GraphFilter, $limit: Int) {\n    neighbourhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      nodes {\n        id\n        name\n        kind\n        country\n        city\n        masked\n        degree\n      }\n      edges {\n        id\n        type\n        from\n        to\n        since\n        until\n        source\n        confidence\n        crossesBorder\n      }\n      truncated\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  mutation ImportRecords($kind: String, $format: ImportFormat!, $content: String!, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importRecords(kind: $kind, format: $format, content: $content, dryRun: $dryRun, mapping: $mapping) {\n      kind\n      dryRun\n      applied\n      records\n      created\n      updated\n      unchanged\n      errorCount\n      errors {\n        row\n        record\n        section\n        column\n        columnIndex\n        code\n        message\n      }\n      warnings {\n        row\n        record\n        column\n        message\n      }\n      changes {\n        row\n        record\n        section\n        action\n        key\n        fields\n      }\n    }\n  }\n": typeof types.ImportRecordsDocument,
    "\n  mutation RequestIntroduction($to: ID!, $message: String, $path: [ID!]) {\n    requestIntroduction(to: $to, message: $message, path: $path) {\n      id\n      status\n    }\n  }\n": typeof types.RequestIntroductionDocument,
    "\n  query MyIntroductionRequests {\n    myIntroductionRequests {\n      id\n      createdAt\n      to\n      toName\n      message\n      status\n      path {\n        id\n        name\n        masked\n      }\n    }\n  }\n": typeof types.MyIntroductionRequestsDocument,
    "\n  query Introductions($from: ID!, $target: ActorQuery!, $maxHops: Int, $limit: Int) {\n    introductions(from: $from, target: $target, maxHops: $maxHops, limit: $limit) {\n      score\n      reasons\n      target {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n        nodes {\n          id\n          masked\n        }\n      }\n    }\n  }\n": typeof types.IntroductionsDocument,
    "\n  query Regions {\n    regions(sort: [{ name: ASC }]) {\n      id\n      name\n      country\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query OpportunityMatches($migrantId: ID!, $limit: Int) {\n    opportunityMatches(migrantId: $migrantId, limit: $limit) {\n      score\n      reasons\n      opportunity {\n        id\n        name\n        type\n        sector\n        country\n        city\n        closes\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n": typeof types.OpportunityMatchesDocument,
    "\n  query SupportMatches($projectId: ID!, $limit: Int) {\n    supportMatches(projectId: $projectId, limit: $limit) {\n      score\n      services\n      reasons\n      provider {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n": typeof types.SupportMatchesDocument,
    "\n  query ReturnProjects {\n    returnProjects(sort: [{ name: ASC }]) {\n      id\n      name\n    }\n  }\n": typeof types.ReturnProjectsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $filter: GraphFilter) {\n    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, filter: $filter) {\n      hops\n      score\n      crossesBorder\n      why\n      nodes {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      edges {\n        type\n        from\n        to\n        forward\n        since\n        until\n        source\n        confidence\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query SearchActors($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      name\n      kind\n      country\n      city\n      score\n    }\n  }\n": typeof types.SearchActorsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Brokers($limit: Int) {\n    brokers(limit: $limit) {\n      id\n      name\n      kind\n      country\n      score\n      crossBorderTies\n      italianTies\n      moroccanTies\n    }\n  }\n": typeof types.BrokersDocument,
    "\n  query NetworkStats($asOf: Date) {\n    networkStats(asOf: $asOf) {\n      asOf\n      actorsByKind {\n        name\n        count\n      }\n      tiesByType {\n        name\n        count\n      }\n      actorTies\n      crossBorderTies\n      crossBorderShare\n      growth {\n        year\n        newTies\n        activeTies\n      }\n    }\n  }\n": typeof types.NetworkStatsDocument,
};
const documents: Documents = {
    "\n  query ActorCounts {\n    actorCounts {\n      name\n      count\n    }\n  }\n": types.ActorCountsDocument,
    "\n  query ActorName($id: ID!) {\n    actors(where: { id: { eq: $id } }, limit: 1) {\n      id\n      name\n    }\n  }\n": types.ActorNameDocument,
    "\n  query Corridors {\n    corridors {\n      italianRegion\n      italianRegionId\n      moroccanRegion\n      moroccanRegionId\n      migrants\n      associations\n      projects\n      folded\n    }\n  }\n": types.CorridorsDocument,
    "\n  query DuplicateCandidates($kinds: [ActorKind!], $minScore: Float, $limit: Int) {\n    duplicateCandidates(kinds: $kinds, minScore: $minScore, limit: $limit) {\n      a {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      b {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      score\n      reasons\n    }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  mutation DismissDuplicate($a: ID!, $b: ID!) {\n    dismissDuplicate(a: $a, b: $b) {\n      a\n      b\n      at\n    }\n  }\n": types.DismissDuplicateDocument,
    "\n  mutation MergeActors($keep: ID!, $drop: ID!) {\n    mergeActors(keep: $keep, drop: $drop) {\n      kept\n      dropped\n      tiesMoved\n      tiesMerged\n      tiesDropped\n      fieldsCopied\n    }\n  }\n": types.MergeActorsDocument,
    "\n  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: GraphFilter, $limit: Int) {\n    neighbourhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      nodes {\n        id\n        name\n        kind\n        country\n        city\n        masked\n        degree\n      }\n      edges {\n        id\n        type\n        from\n        to\n        since\n        until\n        source\n        confidence\n        crossesBorder\n      }\n      truncated\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  mutation ImportRecords($kind: String, $format: ImportFormat!, $content: String!, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importRecords(kind: $kind, format: $format, content: $content, dryRun: $dryRun, mapping: $mapping) {\n      kind\n      dryRun\n      applied\n      records\n      created\n      updated\n      unchanged\n      errorCount\n      errors {\n        row\n        record\n        section\n        column\n        columnIndex\n        code\n        message\n      }\n      warnings {\n        row\n        record\n        column\n        message\n      }\n      changes {\n        row\n        record\n        section\n        action\n        key\n        fields\n      }\n    }\n  }\n": types.ImportRecordsDocument,
    "\n  mutation RequestIntroduction($to: ID!, $message: String, $path: [ID!]) {\n    requestIntroduction(to: $to, message: $message, path: $path) {\n      id\n      status\n    }\n  }\n": types.RequestIntroductionDocument,
    "\n  query MyIntroductionRequests {\n    myIntroductionRequests {\n      id\n      createdAt\n      to\n      toName\n      message\n      status\n      path {\n        id\n        name\n        masked\n      }\n    }\n  }\n": types.MyIntroductionRequestsDocument,
    "\n  query Introductions($from: ID!, $target: ActorQuery!, $maxHops: Int, $limit: Int) {\n    introductions(from: $from, target: $target, maxHops: $maxHops, limit: $limit) {\n      score\n      reasons\n      target {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n        nodes {\n          id\n          masked\n        }\n      }\n    }\n  }\n": types.IntroductionsDocument,
    "\n  query Regions {\n    regions(sort: [{ name: ASC }]) {\n      id\n      name\n      country\n    }\n  }\n": types.RegionsDocument,
    "\n  query OpportunityMatches($migrantId: ID!, $limit: Int) {\n    opportunityMatches(migrantId: $migrantId, limit: $limit) {\n      score\n      reasons\n      opportunity {\n        id\n        name\n        type\n        sector\n        country\n        city\n        closes\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n": types.OpportunityMatchesDocument,
    "\n  query SupportMatches($projectId: ID!, $limit: Int) {\n    supportMatches(projectId: $projectId, limit: $limit) {\n      score\n      services\n      reasons\n      provider {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n": types.SupportMatchesDocument,
    "\n  query ReturnProjects {\n    returnProjects(sort: [{ name: ASC }]) {\n      id\n      name\n    }\n  }\n": types.ReturnProjectsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $filter: GraphFilter) {\n    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, filter: $filter) {\n      hops\n      score\n      crossesBorder\n      why\n      nodes {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      edges {\n        type\n        from\n        to\n        forward\n        since\n        until\n        source\n        confidence\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query SearchActors($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      name\n      kind\n      country\n      city\n      score\n    }\n  }\n": types.SearchActorsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Brokers($limit: Int) {\n    brokers(limit: $limit) {\n      id\n      name\n      kind\n      country\n      score\n      crossBorderTies\n      italianTies\n      moroccanTies\n    }\n  }\n": types.BrokersDocument,
    "\n  query NetworkStats($asOf: Date) {\n    networkStats(asOf: $asOf) {\n      asOf\n      actorsByKind {\n        name\n        count\n      }\n      tiesByType {\n        name\n        count\n      }\n      actorTies\n      crossBorderTies\n      crossBorderShare\n      growth {\n        year\n        newTies\n        activeTies\n      }\n    }\n  }\n": types.NetworkStatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorCounts {\n    actorCounts {\n      name\n      count\n    }\n  }\n"): (typeof documents)["\n  query ActorCounts {\n    actorCounts {\n      name\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorName($id: ID!) {\n    actors(where: { id: { eq: $id } }, limit: 1) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActorName($id: ID!) {\n    actors(where: { id: { eq: $id } }, limit: 1) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Corridors {\n    corridors {\n      italianRegion\n      italianRegionId\n      moroccanRegion\n      moroccanRegionId\n      migrants\n      associations\n      projects\n      folded\n    }\n  }\n"): (typeof documents)["\n  query Corridors {\n    corridors {\n      italianRegion\n      italianRegionId\n      moroccanRegion\n      moroccanRegionId\n      migrants\n      associations\n      projects\n      folded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($kinds: [ActorKind!], $minScore: Float, $limit: Int) {\n    duplicateCandidates(kinds: $kinds, minScore: $minScore, limit: $limit) {\n      a {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      b {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      score\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($kinds: [ActorKind!], $minScore: Float, $limit: Int) {\n    duplicateCandidates(kinds: $kinds, minScore: $minScore, limit: $limit) {\n      a {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      b {\n        id\n        name\n        kind\n        country\n        city\n        altNames\n        ties\n      }\n      score\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissDuplicate($a: ID!, $b: ID!) {\n    dismissDuplicate(a: $a, b: $b) {\n      a\n      b\n      at\n    }\n  }\n"): (typeof documents)["\n  mutation DismissDuplicate($a: ID!, $b: ID!) {\n    dismissDuplicate(a: $a, b: $b) {\n      a\n      b\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeActors($keep: ID!, $drop: ID!) {\n    mergeActors(keep: $keep, drop: $drop) {\n      kept\n      dropped\n      tiesMoved\n      tiesMerged\n      tiesDropped\n      fieldsCopied\n    }\n  }\n"): (typeof documents)["\n  mutation MergeActors($keep: ID!, $drop: ID!) {\n    mergeActors(keep: $keep, drop: $drop) {\n      kept\n      dropped\n      tiesMoved\n      tiesMerged\n      tiesDropped\n      fieldsCopied\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: GraphFilter, $limit: Int) {\n    neighbourhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      nodes {\n        id\n        name\n        kind\n        country\n        city\n        masked\n        degree\n      }\n      edges {\n        id\n        type\n        from\n        to\n        since\n        until\n        source\n        confidence\n        crossesBorder\n      }\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: GraphFilter, $limit: Int) {\n    neighbourhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      nodes {\n        id\n        name\n        kind\n        country\n        city\n        masked\n        degree\n      }\n      edges {\n        id\n        type\n        from\n        to\n        since\n        until\n        source\n        confidence\n        crossesBorder\n      }\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRecords($kind: String, $format: ImportFormat!, $content: String!, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importRecords(kind: $kind, format: $format, content: $content, dryRun: $dryRun, mapping: $mapping) {\n      kind\n      dryRun\n      applied\n      records\n      created\n      updated\n      unchanged\n      errorCount\n      errors {\n        row\n        record\n        section\n        column\n        columnIndex\n        code\n        message\n      }\n      warnings {\n        row\n        record\n        column\n        message\n      }\n      changes {\n        row\n        record\n        section\n        action\n        key\n        fields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRecords($kind: String, $format: ImportFormat!, $content: String!, $dryRun: Boolean, $mapping: [ColumnMapping!]) {\n    importRecords(kind: $kind, format: $format, content: $content, dryRun: $dryRun, mapping: $mapping) {\n      kind\n      dryRun\n      applied\n      records\n      created\n      updated\n      unchanged\n      errorCount\n      errors {\n        row\n        record\n        section\n        column\n        columnIndex\n        code\n        message\n      }\n      warnings {\n        row\n        record\n        column\n        message\n      }\n      changes {\n        row\n        record\n        section\n        action\n        key\n        fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestIntroduction($to: ID!, $message: String, $path: [ID!]) {\n    requestIntroduction(to: $to, message: $message, path: $path) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIntroduction($to: ID!, $message: String, $path: [ID!]) {\n    requestIntroduction(to: $to, message: $message, path: $path) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntroductionRequests {\n    myIntroductionRequests {\n      id\n      createdAt\n      to\n      toName\n      message\n      status\n      path {\n        id\n        name\n        masked\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyIntroductionRequests {\n    myIntroductionRequests {\n      id\n      createdAt\n      to\n      toName\n      message\n      status\n      path {\n        id\n        name\n        masked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Introductions($from: ID!, $target: ActorQuery!, $maxHops: Int, $limit: Int) {\n    introductions(from: $from, target: $target, maxHops: $maxHops, limit: $limit) {\n      score\n      reasons\n      target {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n        nodes {\n          id\n          masked\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Introductions($from: ID!, $target: ActorQuery!, $maxHops: Int, $limit: Int) {\n    introductions(from: $from, target: $target, maxHops: $maxHops, limit: $limit) {\n      score\n      reasons\n      target {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n        nodes {\n          id\n          masked\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions(sort: [{ name: ASC }]) {\n      id\n      name\n      country\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions(sort: [{ name: ASC }]) {\n      id\n      name\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityMatches($migrantId: ID!, $limit: Int) {\n    opportunityMatches(migrantId: $migrantId, limit: $limit) {\n      score\n      reasons\n      opportunity {\n        id\n        name\n        type\n        sector\n        country\n        city\n        closes\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpportunityMatches($migrantId: ID!, $limit: Int) {\n    opportunityMatches(migrantId: $migrantId, limit: $limit) {\n      score\n      reasons\n      opportunity {\n        id\n        name\n        type\n        sector\n        country\n        city\n        closes\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportMatches($projectId: ID!, $limit: Int) {\n    supportMatches(projectId: $projectId, limit: $limit) {\n      score\n      services\n      reasons\n      provider {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportMatches($projectId: ID!, $limit: Int) {\n    supportMatches(projectId: $projectId, limit: $limit) {\n      score\n      services\n      reasons\n      provider {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      path {\n        hops\n        why\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnProjects {\n    returnProjects(sort: [{ name: ASC }]) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReturnProjects {\n    returnProjects(sort: [{ name: ASC }]) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $filter: GraphFilter) {\n    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, filter: $filter) {\n      hops\n      score\n      crossesBorder\n      why\n      nodes {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      edges {\n        type\n        from\n        to\n        forward\n        since\n        until\n        source\n        confidence\n      }\n    }\n  }\n"): (typeof documents)["\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $filter: GraphFilter) {\n    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, filter: $filter) {\n      hops\n      score\n      crossesBorder\n      why\n      nodes {\n        id\n        name\n        kind\n        country\n        masked\n      }\n      edges {\n        type\n        from\n        to\n        forward\n        since\n        until\n        source\n        confidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchActors($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      name\n      kind\n      country\n      city\n      score\n    }\n  }\n"): (typeof documents)["\n  query SearchActors($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      name\n      kind\n      country\n      city\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brokers($limit: Int) {\n    brokers(limit: $limit) {\n      id\n      name\n      kind\n      country\n      score\n      crossBorderTies\n      italianTies\n      moroccanTies\n    }\n  }\n"): (typeof documents)["\n  query Brokers($limit: Int) {\n    brokers(limit: $limit) {\n      id\n      name\n      kind\n      country\n      score\n      crossBorderTies\n      italianTies\n      moroccanTies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkStats($asOf: Date) {\n    networkStats(asOf: $asOf) {\n      asOf\n      actorsByKind {\n        name\n        count\n      }\n      tiesByType {\n        name\n        count\n      }\n      actorTies\n      crossBorderTies\n      crossBorderShare\n      growth {\n        year\n        newTies\n        activeTies\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkStats($asOf: Date) {\n    networkStats(asOf: $asOf) {\n      asOf\n      actorsByKind {\n        name\n        count\n      }\n      tiesByType {\n        name\n        count\n      }\n      actorTies\n      crossBorderTies\n      crossBorderShare\n      growth {\n        year\n        newTies\n        activeTies\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;