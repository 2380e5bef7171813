/**
 * What the peer is asked: the questions @neo4j/graphql can express over PEER_TYPE_DEFS. Claims
 * marked identifying are filtered out, as the service does for a caller without clearance.
 */
const SHOWN = 'identifying: { eq: false }';
const AGENT = '... on Actor { id name } ... on Faction { id name }';
const CHAIN = `chainConnection(sort: [{ edge: { position: ASC } }]) {
  edges { properties { position } node { id name protected publicLabel } }
}`;

/** A page of events in time order with places and participants (through claims) and sources. */
export const PEER_PAGE = `query PeerPage($where: EventWhere, $first: Int, $after: String) {
  eventsConnection(where: $where, first: $first, after: $after, sort: [{ sortDate: ASC }, { id: ASC }]) {
    edges {
      node {
        id name eventType firstDate
        claims(where: { predicate: { eq: "OCCURRED_IN" }, ${SHOWN} }) { id object { ... on Place { id name } } }
        mentions(where: { predicate: { eq: "PARTICIPATED_IN" }, ${SHOWN} }) {
          id role subject { ${AGENT} } ${CHAIN}
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** One event with every claim about it, their subjects, objects, places and chains. */
export const PEER_TRACE = `query PeerTrace($id: ID!) {
  events(where: { id: { eq: $id } }) {
    id name eventType firstDate lastDate
    claims(where: { ${SHOWN} }) {
      id predicate role quote countLow countHigh countMeasure countCategory timeEdtf
      object { ... on Place { id name } }
      places { id name }
      ${CHAIN}
    }
    mentions(where: { predicate: { in: ["PARTICIPATED_IN", "BLAMED_FOR"] }, ${SHOWN} }) {
      id predicate role quote subject { ${AGENT} } ${CHAIN}
    }
  }
}`;

/** Nested depth 2: a town, the events placed in it, and who took part in them or is blamed. */
export const PEER_NESTED = `query PeerNested($id: ID!) {
  places(where: { id: { eq: $id } }) {
    id name partOf { id name }
    mentions(where: { predicate: { eq: "OCCURRED_IN" }, ${SHOWN} }) {
      subject {
        ... on Event {
          id name eventType
          mentions(where: { predicate: { in: ["PARTICIPATED_IN", "BLAMED_FOR"] }, ${SHOWN} }) {
            predicate role subject { ${AGENT} }
          }
        }
      }
    }
  }
}`;

export function peerPageWhere(filter: { types: string[]; from: string; to: string }) {
  return { eventType: { in: filter.types }, lastDate: { gte: filter.from }, firstDate: { lte: filter.to } };
}

/**
 * The peer's cursors are offsets (graphql-relay's "arrayconnection:<offset>", base64), so the
 * cursor after row n can be written down instead of walked to.
 */
export function peerCursorAfter(rows: number): string {
  return Buffer.from(`arrayconnection:${rows - 1}`).toString('base64');
}
