/** Finding nodes of any shown kind by id, through the per-label unique id indexes. */

/**
 * A Cypher fragment that binds `n` to the node with id `id` (a variable in scope), whatever its
 * label: one index seek per label (the constraints are per label) instead of a scan of all nodes.
 */
export const NODE_BY_ID = `CALL (id) {
    MATCH (n:Actor {id: id}) RETURN n
    UNION MATCH (n:Region {id: id}) RETURN n
    UNION MATCH (n:ReturnProject {id: id}) RETURN n
    UNION MATCH (n:Opportunity {id: id}) RETURN n
    UNION MATCH (n:Event {id: id}) RETURN n
  }`;
