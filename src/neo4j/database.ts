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
  type Transaction,
} from 'neo4j-driver';
import { AppError, exceedsQueryMemory, mapDatabaseError, outcomeUnknown, unavailable } from '../errors.js';
import { cypher, type QueryName } from './queries.js';
import { TRANSACTIONS_PER_REQUEST, TransactionGate } from './transaction-gate.js';
import { toPlain, type Plain } from './values.js';

export type Row = Record<string, Plain>;

/** A list of maps a statement returned in one column (records it collected), each read by `read`. */
export function rowsOf<T>(list: Plain | undefined, read: (row: Row) => T): T[] {
  return ((list as Row[] | null | undefined) ?? []).map(read);
}
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
  /** How long opening a connection may take before the server counts as unreachable. */
  connectionTimeoutMs?: number;
  /** How long a transaction may wait for a connection (open or from a busy pool). */
  acquisitionTimeoutMs?: number;
  /** What the process running the server knows of it: requests fail at once while it is down. */
  watch?: ServerWatch;
}

/** Knowledge of the server's state from outside the driver (the supervisor of a local Neo4j). */
export interface ServerWatch {
  /** Why the server cannot answer right now ("restarting", "down"), or null while it runs. */
  unavailableReason(): string | null;
  /** For /readyz: the server's state, the restart attempts and how it last ended. */
  status(): { state: string; restartAttempts: number; lastExit: string | null };
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
type TransactionConfig = NonNullable<Parameters<Session['beginTransaction']>[0]>;
type StatementRunner = Pick<ManagedTransaction, 'run'>;

/**
 * Retries of a transaction that failed for a reason that may pass (a deadlock, a cluster
 * changing leader, a lost connection): a server that cannot be reached is given about a second
 * in all, so a client hears DATABASE_UNAVAILABLE quickly; other transient failures get longer.
 */
const RETRY = { firstDelayMs: 100, maxDelayMs: 1_000, unreachableForMs: 1_000, transientForMs: 5_000 };
const UNREACHABLE_CODES = new Set<string>([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

/** What a view shares among its transactions. */
interface Scope {
  stats: QueryStats | null;
  timeoutMs: number | null;
  signal: AbortSignal | undefined;
  bookmarkManager: BookmarkManager;
  /** Sessions with a transaction in flight, closed together when the signal aborts. */
  open: Set<Session>;
  /** For a request, the limit on its transactions in flight (see transaction-gate.ts). */
  gate: TransactionGate | null;
  committedWrite: boolean;
}

export class Database implements QueryRunner {
  private constructor(
    private readonly driver: Driver,
    private readonly databaseName: string,
    private readonly scope: Scope,
    private readonly watch: ServerWatch | undefined,
  ) {}

  static connect(settings: ConnectionSettings, options: ConnectOptions = {}): Database {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      // Keep a dead server from hanging requests: fail fast and let the client retry.
      connectionTimeout: options.connectionTimeoutMs ?? 1_000,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 10_000,
      disableLosslessIntegers: false,
      ...(options.maxConnectionPoolSize ? { maxConnectionPoolSize: options.maxConnectionPoolSize } : {}),
    });
    // Work outside requests (imports, start-up) is chained in this process, as executeQuery's
    // default bookmark manager would chain it.
    return new Database(driver, settings.database, newScope(null, options.timeoutMs ?? null), options.watch);
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
    return new Database(this.driver, this.databaseName, scope, this.watch);
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

  /** Why the server cannot answer right now, when the process running it knows; else null. */
  unavailableReason(): string | null {
    return this.watch?.unavailableReason() ?? null;
  }

  /** What the process running the server knows of it; null when it runs elsewhere. */
  serverStatus(): ReturnType<ServerWatch['status']> | null {
    return this.watch?.status() ?? null;
  }

  /** One attempt, no retries: readiness must answer quickly when the server is down. */
  async ping(): Promise<boolean> {
    if (this.unavailableReason()) return false;
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
   * Explicit transactions on sessions, retried here rather than by the driver's executeRead /
   * executeWrite, because a write must know where it failed: a write whose connection broke
   * while its commit was under way may have been saved, so it is neither retried (the retry
   * would find its own records) nor reported as failed; the client is told the outcome is
   * unknown. A failure the server answered, or one before the commit, left nothing behind.
   * Sessions route to readers or the leader on a neo4j:// cluster, carry a TransactionConfig
   * whose timeout Neo4j enforces on its side and a bookmark manager per request. Closing the
   * session resets its connection, which makes Neo4j terminate the transaction: that is how a
   * request whose client went away stops its work.
   */
  private async transaction<T>(
    mode: AccessMode,
    label: string,
    work: (tx: StatementRunner) => Promise<T>,
    options: QueryOptions,
  ): Promise<T> {
    const { scope } = this;
    if (scope.stats) scope.stats.roundTrips += 1;
    const timeoutMs = options.timeoutMs === undefined ? scope.timeoutMs : options.timeoutMs;
    const config: TransactionConfig = {
      // Operators find the service's transactions, and what they run, in SHOW TRANSACTIONS.
      metadata: { service: 'claimgraph', query: label },
      ...(timeoutMs === null ? {} : { timeout: timeoutMs }),
    };
    const started = Date.now();
    for (let delayMs = RETRY.firstDelayMs; ; delayMs = Math.min(delayMs * 2, RETRY.maxDelayMs)) {
      if (scope.signal?.aborted) throw requestAborted();
      const down = this.unavailableReason();
      if (down) throw unavailable(down);
      const attemptStarted = Date.now();
      const attempt = scope.gate
        ? await scope.gate.hold(() => this.attempt(mode, config, work))
        : await this.attempt(mode, config, work);
      if (attempt.ok) return attempt.value;
      const { error, committing } = attempt;
      if (scope.signal?.aborted) throw requestAborted();
      if (mode === 'WRITE' && committing && !answeredByServer(error)) throw outcomeUnknown();
      if (!this.mayRetry(error, Date.now() - started + delayMs)) {
        throw mapDatabaseError(error, { timeoutMs, elapsedMs: Date.now() - attemptStarted });
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs * (0.8 + Math.random() * 0.4)));
    }
  }

  /** One run of the work in a transaction of its own session, and whether it failed committing. */
  private async attempt<T>(
    mode: AccessMode,
    config: TransactionConfig,
    work: (tx: StatementRunner) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: unknown; committing: boolean }> {
    const { scope } = this;
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: scope.bookmarkManager,
    });
    scope.open.add(session);
    let tx: Transaction | undefined;
    let committing = false;
    try {
      tx = await session.beginTransaction(config);
      const value = await work(tx);
      committing = true;
      await tx.commit();
      if (mode === 'WRITE') scope.committedWrite = true;
      return { ok: true, value };
    } catch (error) {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      return { ok: false, error, committing };
    } finally {
      scope.open.delete(session);
      await session.close();
    }
  }

  private mayRetry(error: unknown, elapsedAtNextTryMs: number): boolean {
    if (!(error instanceof neo4j.Neo4jError) || !neo4j.isRetryableError(error)) return false;
    // The same query would only take the memory again and fail again.
    if (exceedsQueryMemory(error)) return false;
    const budget = UNREACHABLE_CODES.has(error.code) ? RETRY.unreachableForMs : RETRY.transientForMs;
    return elapsedAtNextTryMs <= budget;
  }
}

/**
 * A failure the server itself reported (its codes start with "Neo."): the transaction was rolled
 * back. The driver's own codes (a connection that broke, a session that expired) say nothing of
 * what the server did.
 */
function answeredByServer(error: unknown): boolean {
  return error instanceof neo4j.Neo4jError && error.code.startsWith('Neo.');
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
    gate: stats ? new TransactionGate(TRANSACTIONS_PER_REQUEST) : null,
    committedWrite: false,
  };
}

function requestAborted(): AppError {
  return new AppError('REQUEST_ABORTED', 'The client closed the connection; the request was stopped.');
}

async function runNamed(tx: StatementRunner, name: QueryName, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher(name, params), params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

function wrapTransaction(tx: StatementRunner): WriteTransaction {
  return { run: (name, params = {}) => runNamed(tx, name, params) };
}
