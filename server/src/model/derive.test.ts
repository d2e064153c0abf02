import { describe, expect, it } from 'vitest';
import { deriveModel } from './derive.js';

const SDL = `
interface Actor { id: ID! partners: [Actor!]! @declareRelationship }
union Recipient = Project | Firm
type Person implements Actor @node { id: ID! partners: [Actor!]! @relationship(type: "PARTNERS_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "PartnersTie") leads: [Project!]! @relationship(type: "LEADS", direction: OUT, properties: "LeadsTie") }
type Firm implements Actor @node { id: ID! partners: [Actor!]! @relationship(type: "PARTNERS_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "PartnersTie") funds: [Recipient!]! @relationship(type: "FUNDS", direction: OUT, properties: "FundsTie") basedIn: [Region!]! @relationship(type: "BASED_IN", direction: OUT) }
type Project @node { id: ID! leaders: [Person!]! @relationship(type: "LEADS", direction: IN, properties: "LeadsTie") }
type Region @node { id: ID! }
type FundsTie @relationshipProperties { since: Date }
type LeadsTie @relationshipProperties { since: Date }
type PartnersTie @relationshipProperties { since: Date }
type NotANode { id: ID! }
`;

describe('deriveModel', () => {
  const model = deriveModel(SDL);

  it('reads actor kinds from the implementations of Actor and node kinds from @node types, actors first', () => {
    expect(model.actorKinds).toEqual(['Person', 'Firm']);
    expect(model.nodeKinds).toEqual(['Person', 'Firm', 'Project', 'Region']);
  });

  it('orders tie types as their property types are declared, then those without properties', () => {
    expect(model.tieTypes).toEqual(['FUNDS', 'LEADS', 'PARTNERS_WITH', 'BASED_IN']);
  });

  it('expands interfaces and unions at the far end and reads IN relationships backwards', () => {
    expect(model.tieEnds.PARTNERS_WITH).toEqual({ from: ['Person', 'Firm'], to: ['Person', 'Firm'] });
    expect(model.tieEnds.FUNDS).toEqual({ from: ['Firm'], to: ['Firm', 'Project'] });
    // Declared from both ends (Person.leads OUT, Project.leaders IN): one tie type, one direction.
    expect(model.tieEnds.LEADS).toEqual({ from: ['Person'], to: ['Project'] });
  });

  it('calls a tie geographic when a Region is at one end, and mutual when read undirected', () => {
    expect(model.geographicTieTypes).toEqual(['BASED_IN']);
    expect(model.mutualTieTypes).toEqual(['PARTNERS_WITH']);
  });
});
