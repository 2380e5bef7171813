/**
 * The one module that owns the Neo4j driver: one driver per process, queries by name from
 * cypher/, parameters only, results converted to plain values. Each request gets a view that
 * counts its round trips, so tests can hold the API to a bounded number per request.
 */
import neo4j, { type Driver, type ManagedTransaction, type RoutingControl } from 'neo4j-driver';
import { mapDatabaseError } from '../errors.js';
import { cypher, type QueryName } from './queries.js';
import { toPlain, type Plain } from './values.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

export interface QueryStats {
  roundTrips: number;
}

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Runs named statements inside one write transaction. */
export interface WriteTransaction {
  run(name: QueryName, params?: Params): Promise<Row[]>;
}

export interface QueryRunner {
  read(name: QueryName, params?: Params): Promise<Row[]>;
  write(name: QueryName, params?: Params): Promise<Row[]>;
  /** All-or-nothing: the work's statements commit together or not at all. */
  writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
}

export class Database implements QueryRunner {
  private constructor(
    private readonly driver: Driver,
    private readonly databaseName: string,
    private readonly stats: QueryStats | null = null,
  ) {}

  static connect(settings: ConnectionSettings): Database {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      // Keep a dead server from hanging requests: fail fast and let the client retry.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    });
    return new Database(driver, settings.database);
  }

  /** A view for one request that counts its round trips in `stats`. */
  forRequest(stats: QueryStats): Database {
    return new Database(this.driver, this.databaseName, stats);
  }

  read(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.execute(name, params, neo4j.routing.READ);
  }

  write(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.execute(name, params, neo4j.routing.WRITE);
  }

  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    this.count();
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite((tx: ManagedTransaction) => work(wrapTransaction(tx)));
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs raw text: only for the schema files and EXPLAIN checks, never with user input. */
  async runText(text: string, params: Params = {}): Promise<Row[]> {
    this.count();
    try {
      const result = await this.driver.executeQuery(text, params, { database: this.databaseName });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (error) {
      throw mapDatabaseError(error);
    }
  }

  /** One attempt, no retries: readiness must answer quickly when the server is down. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.databaseName });
      return true;
    } catch {
      return false;
    }
  }

  /** Waits until the server answers queries, retrying while it starts. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        await this.driver.verifyConnectivity({ database: this.databaseName });
        await this.driver.executeQuery('RETURN 1', {}, { database: this.databaseName });
        return;
      } catch (error) {
        last = error;
        if (error instanceof neo4j.Neo4jError && error.code.startsWith('Neo.ClientError.Security')) break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    throw new Error(`Neo4j did not answer: ${(last as Error)?.message ?? 'timed out'}`);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async execute(name: QueryName, params: Params, routing: RoutingControl): Promise<Row[]> {
    this.count();
    try {
      const result = await this.driver.executeQuery(cypher(name), params, {
        database: this.databaseName,
        routing,
      });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (error) {
      throw mapDatabaseError(error);
    }
  }

  private count(): void {
    if (this.stats) this.stats.roundTrips += 1;
  }
}

function wrapTransaction(tx: ManagedTransaction): WriteTransaction {
  return {
    async run(name, params = {}) {
      const result = await tx.run(cypher(name), params);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    },
  };
}
