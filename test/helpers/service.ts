/**
 * The service as the tests use it: the real schema, resolvers and request pipeline
 * (ApolloServer.executeOperation with the context HTTP requests get), on the real Neo4j the
 * global setup started.
 */
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createContext, type RequestContext } from '../../src/context.js';
import { AppError } from '../../src/errors.js';
import { importFile } from '../../src/import/import-dataset.js';
import { sampleFiles } from '../../src/import/sample-data.js';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { applySchema } from '../../src/neo4j/schema-setup.js';
import { AdminRepository } from '../../src/repositories/admin-repository.js';
import { createApolloServer } from '../../src/server.js';

export const EDITOR_TOKEN = 'test-editor-token';
export const CLEARANCE_TOKEN = 'test-clearance-token';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** Statements the request sent to Neo4j. */
  roundTrips: number;
}

export interface TestService {
  db: Database;
  config: Config;
  apollo: ApolloServer<RequestContext>;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export async function startTestService(
  overrides: Partial<Record<string, string>> = {},
): Promise<TestService> {
  const config = loadConfig({
    ...process.env,
    CLAIMGRAPH_EDITOR_TOKEN: EDITOR_TOKEN,
    CLAIMGRAPH_CLEARANCE_TOKEN: CLEARANCE_TOKEN,
    ...overrides,
  });
  const logger = createLogger('silent');
  const db = Database.connect(inject('neo4j'));
  await db.waitUntilReady(30_000);
  await applySchema(db);
  const apollo = createApolloServer({ db, config, logger });
  await apollo.start();
  return {
    db,
    config,
    apollo,
    async query<T>(query: string, variables: Record<string, unknown> = {}, options: { token?: string } = {}) {
      const headers = options.token ? { authorization: `Bearer ${options.token}` } : {};
      let contextValue: RequestContext;
      try {
        contextValue = await createContext({ db, config, logger }, headers);
      } catch (error) {
        // As over HTTP: a refused credential is the whole answer.
        if (!(error instanceof AppError)) throw error;
        return {
          data: null,
          errors: [{ message: error.message, extensions: { code: error.code } }],
          roundTrips: 0,
        };
      }
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return {
        data: data as T | null | undefined,
        errors: errors as GraphQLResult['errors'],
        roundTrips: contextValue.stats.roundTrips,
      };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/** Empties the graph. */
export async function resetGraph(db: Database): Promise<void> {
  await new AdminRepository(db).deleteAll();
}

/** Empties the graph and loads the sample datasets under data/. */
export async function loadSample(db: Database): Promise<void> {
  await resetGraph(db);
  for (const file of sampleFiles()) await importFile(db, file);
}

/** Fails the test with the errors if the response has any, and returns the data. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('no data in the response');
  return result.data;
}

/** Imports the fictional fixture files under test/fixtures/ by name. */
export async function loadFixtures(db: Database, ...names: string[]): Promise<void> {
  for (const name of names)
    await importFile(db, new URL(`../fixtures/${name}.json`, import.meta.url).pathname);
}

/**
 * The service for one test file: started before its tests (the graph prepared by `prepare`,
 * the sample by default, with any configuration `overrides`) and stopped after them.
 */
export function useTestService(
  prepare: (service: TestService) => Promise<void> = (s) => loadSample(s.db),
  overrides: Partial<Record<string, string>> = {},
): TestService {
  let started: TestService | undefined;
  beforeAll(async () => {
    started = await startTestService(overrides);
    await prepare(started);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = () => {
    if (!started) throw new Error('the test service starts in beforeAll');
    return started;
  };
  return {
    get db() {
      return current().db;
    },
    get config() {
      return current().config;
    },
    get apollo() {
      return current().apollo;
    },
    query: (query, variables, options) => current().query(query, variables, options),
    close: () => current().close(),
  };
}
