/**
 * What GraphiQL opens with: one tab per everyday staff task, each a named operation that runs on
 * the seed data (ids from seeds/data). Reads first; the writes change the database, so their tabs
 * say so. examples.test.ts checks that every one parses and validates against the served schema.
 */
export interface Example {
  /** The tab's operation name, also how a test finds it. */
  readonly name: string;
  /** Values are written inline, not as variables: the operation runs as it is in any tab. */
  readonly query: string;
}

const FIND_ACTOR = `# Welcome to Ponte's GraphQL API: one tab per everyday task. Press the run button (or Ctrl-Enter).
# The Docs panel describes every type and field. Sign in on the explorer (/) first: GraphiQL sends
# the same session's token, so you see what your role allows.

query FindActor {
  # Full-text search: accents optional, prefixes and one typo per word allowed.
  search(text: "Hassan II", limit: 5) {
    id
    name
    kind
    country
    score
  }
  # Generated queries: filters, sorting, relationships with their properties.
  associations(where: { id: { eq: "assoc-cerfe" } }) {
    id
    name
    city
    type
    partnersConnection {
      edges {
        properties { ... on PartnersWithTie { since until source kind } }
        node { id name country }
      }
    }
  }
}
`;

const ADD_TIE = `# Writes (staff and admin): records that an association partners with a funder. Every write is
# audited. Checked before anything is written: confidence 0–1, since not after until, the other end
# exists, and the same tie is not recorded twice.

mutation AddTie {
  updateAssociations(
    where: { id: { eq: "assoc-cerfe" } }
    update: {
      partners: [
        {
          connect: [
            {
              where: { node: { id: { eq: "funder-hassan-ii-foundation" } } }
              edge: { kind: PROGRAMME, since: "2008-01-01", source: "Meeting minutes, Rome, 2008", confidence: 0.8 }
            }
          ]
        }
      ]
    }
  ) {
    associations {
      id
      partnersConnection(where: { node: { id: { eq: "funder-hassan-ii-foundation" } } }) {
        edges { properties { ... on PartnersWithTie { kind since source confidence } } node { id name } }
      }
    }
  }
}
`;

const RECORD_MEETING = `# Writes (staff and admin): a meeting and everyone who attended, in one transaction. Unknown
# attendee ids refuse the whole call. Running it twice answers CONFLICT (the event id is taken).

mutation RecordMeeting {
  recordMeeting(
    input: {
      name: "Networking meeting on return projects"
      date: "2009-03-14"
      city: "Torino"
      country: IT
      kind: NETWORKING_MEETING
      attendees: ["assoc-cerfe", "pa-iom-italy", "funder-hassan-ii-foundation"]
      role: PARTICIPANT
      source: "Attendance sheet, Torino, 14 March 2009"
      confidence: 0.9
    }
  ) {
    id
    name
    date
    attendeesConnection { totalCount edges { properties { ... on AttendedTie { role since } } node { id name } } }
  }
}
`;

const MIGRANT_MATCHES = `# Opportunities for a migrant, ranked, with the reasons and a path to whoever offers each.

query MigrantMatches {
  opportunityMatches(migrantId: "migrant-youssef-b", limit: 5) {
    score
    reasons
    opportunity { id name }
    path { hops why }
  }
}
`;

const EXPORT_REGION = `# Export (staff and admin; audited): Piemonte's actors, the region and their ties, for Gephi.
# Add \`content\` to the files' fields to get the file itself; JSON gives the seed format, CSV one
# file per kind and per relationship type. Personal fields stay out unless filter.personalFields.

query ExportRegion {
  exportGraph(format: GEXF, filter: { region: "IT-21" }) {
    format
    nodes
    ties
    files { name mediaType }
  }
}
`;

const AUDIT_LOG = `# The audit log (staff and admin): who wrote or exported what, newest first. Never a personal value.

query AuditLog {
  auditLog(limit: 20) {
    at
    userId
    role
    operation
    ids
    outcome
  }
}
`;

export const EXAMPLES: readonly Example[] = [
  { name: 'FindActor', query: FIND_ACTOR },
  { name: 'AddTie', query: ADD_TIE },
  { name: 'RecordMeeting', query: RECORD_MEETING },
  { name: 'MigrantMatches', query: MIGRANT_MATCHES },
  { name: 'ExportRegion', query: EXPORT_REGION },
  { name: 'AuditLog', query: AUDIT_LOG },
];
