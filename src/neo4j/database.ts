/**
 * The one module that owns the Neo4j driver: one driver per process, queries by name from
 * cypher/, parameters only, results converted to plain values. Each request gets a view that
 * counts its round trips, gives every transaction the request's time limit, stops its
 * transactions when the client goes away, and reads with the client's bookmarks.
 */
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import { AppError, exceedsQueryMemory, mapDatabaseError } from '../errors.js';
import { cypher, type QueryName } from './queries.js';
import { toPlain, type Plain } from './values.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

/** Told when a transaction starts; the function it returns is told when it ends, and whether it failed. */
export type TransactionObserver = (label: string) => (failed: boolean) => void;

/** By driver, so that every view of one Database reports to the same observer. */
const observers = new WeakMap<object, TransactionObserver>();

export interface QueryStats {
  roundTrips: number;
}

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface ConnectOptions {
  /** Time limit for transactions through this Database itself (not its request views); default none. */
  timeoutMs?: number | null;
  /** Driver connection pool size (the driver's default is 100). */
  maxConnectionPoolSize?: number;
}

export interface QueryOptions {
  /**
   * Milliseconds the transaction may run before Neo4j stops it; null: no limit from this service
   * (the server's db.transaction.timeout still applies). Unset: the view's limit.
   */
  timeoutMs?: number | null;
}

export interface RequestOptions {
  /** Time limit for each transaction of the request; unset: the Database's. */
  timeoutMs?: number | null;
  /** Aborted when the client goes away: running transactions are stopped, new ones refused. */
  signal?: AbortSignal | undefined;
  /** Bookmarks the client sent back: its reads wait until the database has caught up with them. */
  bookmarks?: string[];
}

/** Runs named statements inside one write transaction. */
export interface WriteTransaction {
  run(name: QueryName, params?: Params): Promise<Row[]>;
}

export interface QueryRunner {
  read(name: QueryName, params?: Params, options?: QueryOptions): Promise<Row[]>;
  write(name: QueryName, params?: Params, options?: QueryOptions): Promise<Row[]>;
  /** All-or-nothing: the work's statements commit together or not at all. */
  writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>, options?: QueryOptions): Promise<T>;
}

type AccessMode = 'READ' | 'WRITE';
/** The driver's TransactionConfig (its package exports the type only through neo4j-driver-core). */
type TransactionConfig = NonNullable<Parameters<Session['executeRead']>[1]>;

/** What a view shares among its transactions. */
interface Scope {
  stats: QueryStats | null;
  timeoutMs: number | null;
  signal: AbortSignal | undefined;
  bookmarkManager: BookmarkManager;
  /** Sessions with a transaction in flight, closed together when the signal aborts. */
  open: Set<Session>;
  committedWrite: boolean;
}

export class Database implements QueryRunner {
  private constructor(
    private readonly driver: Driver,
    private readonly databaseName: string,
    private readonly scope: Scope,
  ) {}

  static connect(settings: ConnectionSettings, options: ConnectOptions = {}): Database {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      // Keep a dead server from hanging requests: fail fast and let the client retry.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
      ...(options.maxConnectionPoolSize ? { maxConnectionPoolSize: options.maxConnectionPoolSize } : {}),
    });
    // Work outside requests (imports, start-up) is chained in this process, as executeQuery's
    // default bookmark manager would chain it.
    return new Database(driver, settings.database, newScope(null, options.timeoutMs ?? null));
  }

  /**
   * A view for one request. Its bookmark manager starts from the client's bookmarks and follows
   * the request's own writes, so the request reads what it wrote even on a cluster secondary;
   * nothing carries over to another request, so any instance of the service can serve the next.
   */
  forRequest(stats: QueryStats, options: RequestOptions = {}): Database {
    const timeoutMs = options.timeoutMs === undefined ? this.scope.timeoutMs : options.timeoutMs;
    const scope = newScope(stats, timeoutMs, options.bookmarks ?? [], options.signal);
    // One listener per request, not per transaction: a request may run many at once.
    options.signal?.addEventListener('abort', () => {
      for (const session of scope.open) void session.close();
    });
    return new Database(this.driver, this.databaseName, scope);
  }

  read(name: QueryName, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.observed(name, () =>
      this.transaction('READ', name, (tx) => runNamed(tx, name, params), options),
    );
  }

  write(name: QueryName, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.observed(name, () =>
      this.transaction('WRITE', name, (tx) => runNamed(tx, name, params), options),
    );
  }

  writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.observed('writeTransaction', () =>
      this.transaction('WRITE', 'writeTransaction', (tx) => work(wrapTransaction(tx)), options),
    );
  }

  /** Reports every transaction through this driver, request views included, to `observer` (metrics). */
  observe(observer: TransactionObserver): void {
    observers.set(this.driver, observer);
  }

  private async observed<T>(label: string, run: () => Promise<T>): Promise<T> {
    const finished = observers.get(this.driver)?.(label);
    try {
      const result = await run();
      finished?.(false);
      return result;
    } catch (error) {
      finished?.(true);
      throw error;
    }
  }

  /** Runs raw text: only for the schema files, EXPLAIN checks and tests, never with user input. */
  runText(text: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.transaction(
      'WRITE',
      'text',
      async (tx) => (await tx.run(text, params)).records.map((r) => toPlain(r.toObject()) as Row),
      options,
    );
  }

  /** The bookmarks after this request's committed writes (none when it wrote nothing). */
  async bookmarksAfterWrites(): Promise<string[]> {
    if (!this.scope.committedWrite) return [];
    return [...(await this.scope.bookmarkManager.getBookmarks())];
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

  /**
   * Sessions' executeRead/executeWrite rather than driver.executeQuery: the same managed,
   * retried transactions (executeQuery is a wrapper over them), routed to readers or the leader
   * on a neo4j:// cluster, with a TransactionConfig whose timeout Neo4j enforces on its side and
   * a bookmark manager per request; and one session can hold the several statements of
   * writeTransaction. Closing the session resets its connection, which makes Neo4j terminate the
   * transaction: that is how a request whose client went away stops its work.
   */
  private async transaction<T>(
    mode: AccessMode,
    label: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    options: QueryOptions,
  ): Promise<T> {
    const { scope } = this;
    if (scope.stats) scope.stats.roundTrips += 1;
    const timeoutMs = options.timeoutMs === undefined ? scope.timeoutMs : options.timeoutMs;
    if (scope.signal?.aborted) throw requestAborted();
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: scope.bookmarkManager,
    });
    scope.open.add(session);
    const config: TransactionConfig = {
      // Operators find the service's transactions, and what they run, in SHOW TRANSACTIONS.
      metadata: { service: 'claimgraph', query: label },
      ...(timeoutMs === null ? {} : { timeout: timeoutMs }),
    };
    // The driver retries transient errors; a query over its memory limit must not run again.
    const once = async (tx: ManagedTransaction) => {
      try {
        return await work(tx);
      } catch (error) {
        throw exceedsQueryMemory(error) ? new NotRetried(error) : error;
      }
    };
    const started = Date.now();
    try {
      const result =
        mode === 'READ' ? await session.executeRead(once, config) : await session.executeWrite(once, config);
      if (mode === 'WRITE') scope.committedWrite = true;
      return result;
    } catch (error) {
      if (scope.signal?.aborted) throw requestAborted();
      const cause = error instanceof NotRetried ? error.cause : error;
      throw mapDatabaseError(cause, { timeoutMs, elapsedMs: Date.now() - started });
    } finally {
      scope.open.delete(session);
      await session.close();
    }
  }
}

function newScope(
  stats: QueryStats | null,
  timeoutMs: number | null,
  bookmarks: string[] = [],
  signal?: AbortSignal,
): Scope {
  return {
    stats,
    timeoutMs,
    signal,
    bookmarkManager: neo4j.bookmarkManager({ initialBookmarks: bookmarks }),
    open: new Set(),
    committedWrite: false,
  };
}

/** Not a Neo4jError, so the driver's retry loop lets it through at once. */
class NotRetried extends Error {
  constructor(override readonly cause: unknown) {
    super('not retried');
  }
}

function requestAborted(): AppError {
  return new AppError('REQUEST_ABORTED', 'The client closed the connection; the request was stopped.');
}

async function runNamed(tx: ManagedTransaction, name: QueryName, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher(name, params), params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

function wrapTransaction(tx: ManagedTransaction): WriteTransaction {
  return { run: (name, params = {}) => runNamed(tx, name, params) };
}
