/**
 * The peer's view of the same graph: plain type definitions for @neo4j/graphql 7, one type per
 * label, relationships as they are stored (a claim points to its subject, object, places and the
 * sources of its chain). Only what the benchmark's peer queries read.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  union Agent = Actor | Faction
  union Entity = Actor | Faction | Place | Event

  type Event @node(labels: ["Event", "Node"]) {
    id: ID!
    name: String!
    eventType: String
    firstDate: Date
    lastDate: Date
    sortDate: Date
    "Claims this event is the subject of (where, when, how many, that it happened)."
    claims: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
    "Claims this event is the object of (who took part, who is blamed)."
    mentions: [Claim!]! @relationship(type: "OBJECT", direction: IN)
  }

  type Actor @node(labels: ["Actor", "Node"]) {
    id: ID!
    name: String!
    claims: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
  }

  type Faction @node(labels: ["Faction", "Node"]) {
    id: ID!
    name: String!
    claims: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
  }

  type Place @node(labels: ["Place", "Node"]) {
    id: ID!
    name: String!
    mentions: [Claim!]! @relationship(type: "OBJECT", direction: IN)
    partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT)
  }

  type Source @node(labels: ["Source", "Node"]) {
    id: ID!
    name: String!
    protected: Boolean
    publicLabel: String
  }

  type Attribution @relationshipProperties {
    position: Int!
    origin: Boolean
  }

  type Claim @node(labels: ["Claim", "Node"]) {
    id: ID!
    predicate: String!
    role: String
    quote: String
    identifying: Boolean
    verification: String
    countLow: Float
    countHigh: Float
    countMeasure: String
    countCategory: String
    timeEdtf: String
    subject: [Entity!]! @relationship(type: "SUBJECT", direction: OUT)
    object: [Entity!]! @relationship(type: "OBJECT", direction: OUT)
    places: [Place!]! @relationship(type: "AT_PLACE", direction: OUT)
    chain: [Source!]! @relationship(type: "ATTRIBUTED_TO", direction: OUT, properties: "Attribution")
  }
`;
