/**
 * `npm run bench [-- --events 2000]`: measures the import and the main queries on a generated,
 * clearly fictional dataset, prints the figures and writes them to test-artifacts/bench.json.
 * Runs on its own local Neo4j instance ("bench", port 7699), or on CLAIMGRAPH_BENCH_NEO4J_URI
 * (which it empties first), never on NEO4J_URI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { createContext } from '../src/context.js';
import { importDataset } from '../src/import/import-dataset.js';
import { createLogger } from '../src/logger.js';
import { Database } from '../src/neo4j/database.js';
import { startLocalNeo4j } from '../src/neo4j/local-server.js';
import { applySchema } from '../src/neo4j/schema-setup.js';
import { AdminRepository } from '../src/repositories/admin-repository.js';
import { createApolloServer } from '../src/server.js';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '2000' }, runs: { type: 'string', default: '20' } },
});
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);

/** A fictional world: towns in one country, militias, monitors relayed by outlets, tolls. */
function generate(events: number) {
  const towns = Array.from({ length: 50 }, (_, i) => ({
    id: `place:town-${i}`,
    type: 'Place',
    kind: 'TOWN',
    name: `Town ${i} of Velmoria`,
    partOf: 'place:velmoria',
    location: { latitude: 10 + (i % 10) * 0.1, longitude: 20 + Math.floor(i / 10) * 0.1 },
  }));
  const groups = Array.from({ length: 20 }, (_, i) => ({
    id: `faction:militia-${i}`,
    type: 'Faction',
    kind: 'ARMED_GROUP',
    name: `Militia ${i}`,
  }));
  const monitors = Array.from({ length: 5 }, (_, i) => ({
    id: `source:monitor-${i}`,
    name: `Monitor ${i}`,
    kind: 'MONITOR',
    form: 'REPORT',
    publishedOn: '2031-01-01',
  }));
  const outlets = Array.from({ length: 10 }, (_, i) => ({
    id: `source:outlet-${i}`,
    name: `Outlet ${i}`,
    kind: 'MEDIA',
    form: 'ARTICLE',
    publishedOn: '2031-01-02',
  }));
  const claims: Record<string, unknown>[] = [];
  const eventRecords = Array.from({ length: events }, (_, i) => {
    const id = `event:incident-${i}`;
    const chain = [`source:outlet-${i % 10}`, `source:monitor-${i % 5}`];
    const day = `2031-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    claims.push(
      {
        id: `claim:incident-${i}-occurred`,
        chain,
        quote: `Incident ${i} was reported.`,
        predicate: 'OCCURRED',
        subject: id,
      },
      {
        id: `claim:incident-${i}-on`,
        chain,
        quote: `on ${day}`,
        predicate: 'OCCURRED_ON',
        subject: id,
        time: { start: day },
      },
      {
        id: `claim:incident-${i}-in`,
        chain,
        quote: `in town ${i % 50}`,
        predicate: 'OCCURRED_IN',
        subject: id,
        object: `place:town-${i % 50}`,
      },
      {
        id: `claim:incident-${i}-by`,
        chain,
        quote: `militia ${i % 20} attacked`,
        predicate: 'PARTICIPATED_IN',
        subject: `faction:militia-${i % 20}`,
        object: id,
        role: 'PERPETRATOR',
      },
      {
        id: `claim:incident-${i}-toll`,
        chain,
        quote: `${i % 30} killed`,
        predicate: 'COUNT',
        subject: id,
        count: { value: i % 30, qualifier: 'EXACT', measure: 'KILLED', category: 'civilians' },
      },
    );
    return { id, type: 'Event', eventType: 'VIOLENCE_AGAINST_CIVILIANS', name: `Incident ${i}` };
  });
  return {
    format: 'claimgraph/1',
    dataset: { id: 'dataset:bench', title: 'Generated fictional benchmark data' },
    sources: [...monitors, ...outlets],
    entities: [
      { id: 'place:velmoria', type: 'Place', kind: 'COUNTRY', name: 'Velmoria' },
      ...towns,
      ...groups,
      ...eventRecords,
    ],
    claims,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const config = loadConfig();
  const external = process.env.CLAIMGRAPH_BENCH_NEO4J_URI;
  const server = external
    ? null
    : await startLocalNeo4j({
        homeDir: config.CLAIMGRAPH_NEO4J_HOME,
        instance: 'bench',
        boltPort: 7699,
        report: console.error,
      });
  const db = Database.connect(
    server
      ? { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' }
      : {
          uri: external!,
          user: process.env.CLAIMGRAPH_BENCH_NEO4J_USER ?? 'neo4j',
          password: process.env.CLAIMGRAPH_BENCH_NEO4J_PASSWORD ?? '',
          database: 'neo4j',
        },
  );
  try {
    await db.waitUntilReady(60_000);
    await applySchema(db);
    await new AdminRepository(db).deleteAll();
    const dataset = generate(EVENTS);
    const claimCount = dataset.claims.length;
    console.error(`importing ${EVENTS} events, ${claimCount} claims ...`);
    const started = performance.now();
    let stepStarted = started;
    await importDataset(db, dataset, {
      onProgress: (p) => {
        if (p.done !== p.total) return;
        console.error(`  ${p.step}: ${p.total} in ${Math.round(performance.now() - stepStarted)} ms`);
        stepStarted = performance.now();
      },
    });
    const importSeconds = (performance.now() - started) / 1000;
    const reimportStart = performance.now();
    await importDataset(db, dataset);
    const reimportSeconds = (performance.now() - reimportStart) / 1000;

    const logger = createLogger('silent');
    const apollo = createApolloServer({ db, config, logger });
    await apollo.start();
    const queries: Record<string, string> = {
      eventsPageWithTrace: `{ events(first: 50) { edges { node { name participants { role participant { ... on Faction { name } } claims { quote chain { name } } } places { place { name } } times { time { edtf } } } } } }`,
      search: `{ search(text: "Militia 7", first: 10) { name type } }`,
      neighbourhoodDepth2: `{ neighbourhood(ids: ["place:town-3"], depth: 2, limit: 500) { nodes { id } edges { id claimCount } } }`,
      totalsForCountry: `{ totals(place: "place:velmoria") { low high independentSpeakers } }`,
      eventsNearPoint: `{ events(filter: { near: { latitude: 10.2, longitude: 20.1, km: 15 } }, first: 20) { totalCount } }`,
    };
    const results: Record<string, { medianMs: number; p95Ms: number; roundTrips: number }> = {};
    for (const [name, query] of Object.entries(queries)) {
      const times: number[] = [];
      let roundTrips = 0;
      for (let run = 0; run < RUNS + 2; run += 1) {
        const ctx = createContext({ db, config, logger }, {});
        const t = performance.now();
        const response = await apollo.executeOperation({ query }, { contextValue: ctx });
        const elapsed = performance.now() - t;
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          throw new Error(`${name}: ${JSON.stringify(response.body.singleResult.errors)}`);
        }
        if (run >= 2) times.push(elapsed); // the first runs warm the query plans
        roundTrips = ctx.stats.roundTrips;
      }
      times.sort((a, b) => a - b);
      results[name] = {
        medianMs: Math.round(percentile(times, 50)),
        p95Ms: Math.round(percentile(times, 95)),
        roundTrips,
      };
    }
    await apollo.stop();

    const figures = {
      at: new Date().toISOString(),
      events: EVENTS,
      claims: claimCount,
      importSeconds: Number(importSeconds.toFixed(1)),
      claimsPerSecond: Math.round(claimCount / importSeconds),
      reimportSeconds: Number(reimportSeconds.toFixed(1)),
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6),
      queries: results,
    };
    console.log(JSON.stringify(figures, null, 2));
    const out = path.join(PROJECT_ROOT, 'test-artifacts', 'bench.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
    console.error(`wrote ${out}`);
  } finally {
    await db.close();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
