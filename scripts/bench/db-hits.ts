/**
 * Database work per question, as Neo4j's PROFILE counts it (db hits, summed over the plan): the
 * floor's one statement, and every statement the service ran for the request (recorded by
 * statement-recorder.ts in a service started for this pass only).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { errorOf, postGraphQL } from './graphql-client.js';
import type { Question } from './questions.js';

export function totalDbHits(plan: ProfiledPlan | false): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

export interface StatementProfile {
  head: string;
  ms: number;
  dbHits: number;
  rows: number;
  error?: string;
}

export interface RequestProfile {
  dbHits: number;
  statements: StatementProfile[];
  error: string | null;
}

export async function floorDbHits(driver: Driver, q: Question): Promise<number> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${q.floor.statement}`, q.floor.params));
    return totalDbHits(result.summary.profile);
  } finally {
    await session.close();
  }
}

interface Entry extends StatementProfile {
  event: 'start' | 'done';
  n: number;
}

function entries(file: string): Entry[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Entry);
}

/** Asks the recording service once and gathers the profiles of the statements it ran for it. */
export async function serviceDbHits(url: string, file: string, q: Question): Promise<RequestProfile> {
  const before = entries(file).length;
  const answer = await postGraphQL(url, q.service);
  const deadline = Date.now() + 600_000;
  for (;;) {
    const mine = entries(file).slice(before);
    const started = mine.filter((e) => e.event === 'start').length;
    const done = mine.filter((e) => e.event === 'done');
    if (done.length >= started || Date.now() > deadline) {
      const statements = done
        .sort((a, b) => a.n - b.n)
        .map(({ head, ms, dbHits, rows, error }) => ({
          head,
          ms,
          dbHits,
          rows,
          ...(error ? { error } : {}),
        }));
      return {
        dbHits: statements.reduce((sum, s) => sum + (s.dbHits ?? 0), 0),
        statements,
        error: errorOf(answer),
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
