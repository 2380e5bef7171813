/**
 * Loaded into the service's process (node --import) by the benchmark's db-hit pass only: after
 * each statement the service runs, runs it again under PROFILE in a read transaction of its own,
 * with the same parameters, and appends the statement's db hits, rows and time to the file
 * CLAIMGRAPH_BENCH_PROFILE_FILE names. The service's code is not touched: the driver's
 * Transaction.run is wrapped, which every statement of the service goes through.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { totalDbHits } from './db-hits.js';

const file = process.env.CLAIMGRAPH_BENCH_PROFILE_FILE!;
const driver = neo4j.driver(
  process.env.NEO4J_URI!,
  neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!),
);
let sequence = 0;

/** The service's statement files by their first line (each opens with a header comment). */
const files = new Map<string, string>();
for (const entry of readdirSync('cypher', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
  const file = path.join(entry.parentPath, entry.name);
  const first = readFileSync(file, 'utf8').split('\n')[0]!.trim();
  if (first.startsWith('//')) files.set(first, path.relative('cypher', file).replace(/\.cypher$/, ''));
}

/** Names a statement in a report: its file under cypher/, else its first line of Cypher. */
function headOf(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  const file = files.get(lines[0] ?? '');
  if (file) return `cypher/${file}`;
  return (lines.find((l) => l !== '' && !l.startsWith('//')) ?? '').slice(0, 120);
}

async function profile(n: number, text: string, params: unknown, ms: number): Promise<void> {
  // An auto-commit run: it does not go through Transaction.run, so it is not recorded
  // itself; a read session, so that a write could never run twice.
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  let entry: Record<string, unknown>;
  try {
    const result = await session.run(`PROFILE ${text}`, params as Record<string, unknown>);
    const plan = result.summary.profile;
    entry = { n, head: headOf(text), ms, dbHits: totalDbHits(plan), rows: plan ? plan.rows : 0 };
  } catch (error) {
    entry = { n, head: headOf(text), ms, error: (error as Error).message.split('\n')[0] };
  } finally {
    await session.close();
  }
  appendFileSync(file, `${JSON.stringify({ event: 'done', ...entry })}\n`);
}

// Explicit transactions (the service's) and managed ones (which run through an explicit one's
// run, bound when they are made) alike.
const run = neo4j.Transaction.prototype.run;
neo4j.Transaction.prototype.run = function (this: unknown, text: unknown, params?: unknown) {
  const result = run.call(this, text as string, params as Record<string, unknown>);
  const n = (sequence += 1);
  const started = performance.now();
  appendFileSync(file, `${JSON.stringify({ event: 'start', n })}\n`);
  result.then(
    () => void profile(n, String(text), params ?? {}, performance.now() - started),
    () => void profile(n, String(text), params ?? {}, performance.now() - started),
  );
  return result;
} as typeof run;
