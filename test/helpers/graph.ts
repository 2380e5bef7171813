/** What the graph holds, read straight from Neo4j: for tests that compare whole graphs. */
import type { Database } from '../../src/neo4j/database.js';

/** Every node and relationship with its properties, except the time a record entered the graph. */
export async function graphSnapshot(db: Database): Promise<string[]> {
  const rows = await db.runText(`
    MATCH (n) WHERE n:Node OR n:Alias
    OPTIONAL MATCH (n)-[r]->(m)
    RETURN n.id AS id, n.key AS key, labels(n) AS labels, properties(n) AS props,
           type(r) AS rel, properties(r) AS relProps, coalesce(m.id, m.key) AS target`);
  return rows
    .map((r) => {
      const { recordedAt: _ignored, ...props } = r.props as Record<string, unknown>;
      const node = sortedKeys(props);
      const rel = r.relProps ? sortedKeys(r.relProps as Record<string, unknown>) : r.relProps;
      return JSON.stringify([r.id, r.key, (r.labels as string[]).sort(), node, r.rel, rel, r.target]);
    })
    .sort();
}

/** The order Neo4j returns properties in follows how they were written, not what they hold. */
function sortedKeys(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Records and aliases in the graph. */
export async function recordCount(db: Database): Promise<number> {
  const [row] = await db.runText('MATCH (n) WHERE n:Node OR n:Alias RETURN count(n) AS n');
  return Number(row!.n);
}

/** Nodes by label and relationships by type. */
export async function graphCounts(
  db: Database,
): Promise<{ labels: Record<string, number>; relationships: Record<string, number> }> {
  const labels = await db.runText('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const relationships = await db.runText('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return {
    labels: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.n)])),
    relationships: Object.fromEntries(relationships.map((r) => [String(r.type), Number(r.n)])),
  };
}
