import { graphql } from '../../gql/index.js';

/** A page of the audit log, narrowed as the activity view and the actor page's history ask. */
export const AuditLogQuery = graphql(/* GraphQL */ `
  query AuditLog($limit: Int, $after: ID, $actor: ID, $user: String, $operation: String) {
    auditLog(limit: $limit, after: $after, actor: $actor, user: $user, operation: $operation) {
      id
      at
      userId
      role
      operation
      ids
      erasureId
      basis
      outcome
      changes {
        id
        tie {
          type
          from
          to
        }
        field
        from
        to
        personal
      }
    }
  }
`);
