/**
 * What /metrics reports, in Prometheus's text format (prom-client): the process (memory, CPU,
 * event loop), HTTP requests and their latency by route, GraphQL operations by name, errors by
 * code, transactions sent to Neo4j and the time spent in them, transactions in flight, and
 * whether the database answers. Each service has a registry of its own, so two in one process
 * (as in the tests) do not count each other's requests.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database, TransactionObserver } from '../neo4j/database.js';

/** Seconds; from a cached lookup to a slow trace. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Operation names are chosen by clients: only this many distinct names get a series of their
 * own, so a client sending random names cannot make the metrics grow without bound.
 */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly httpRequests = new Counter({
    name: 'claimgraph_http_requests_total',
    help: 'HTTP requests answered, by route, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'claimgraph_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly operations = new Counter({
    name: 'claimgraph_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name ("anonymous" without one) and type.',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'claimgraph_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'claimgraph_errors_total',
    help: 'Errors answered, by code (BAD_USER_INPUT, RATE_LIMITED, INTERNAL_SERVER_ERROR ...).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly statements = new Counter({
    name: 'claimgraph_neo4j_transactions_total',
    help: 'Transactions sent to Neo4j, by statement name and outcome (ok or failed).',
    labelNames: ['query', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly statementDuration = new Histogram({
    name: 'claimgraph_neo4j_transaction_duration_seconds',
    help: 'Time spent in Neo4j transactions (retries included), by statement name.',
    labelNames: ['query'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly inFlight = new Gauge({
    name: 'claimgraph_neo4j_transactions_in_flight',
    help: 'Neo4j transactions (each on a session of its own) in flight now.',
    registers: [this.registry],
  });

  constructor(db: Database) {
    // Unprefixed, as dashboards for Node processes expect them.
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'claimgraph_neo4j_up',
      help: 'Whether Neo4j answers (1) or not (0), checked when the metrics are read.',
      registers: [this.registry],
      async collect() {
        this.set((await db.ping()) ? 1 : 0);
      },
    });
  }

  /** Counts and times every transaction of the database (see Database.observe). */
  readonly transactionObserver: TransactionObserver = (label) => {
    this.inFlight.inc();
    const stop = this.statementDuration.startTimer({ query: label });
    return (failed) => {
      this.inFlight.dec();
      stop();
      this.statements.inc({ query: label, outcome: failed ? 'failed' : 'ok' });
    };
  };

  /** The label for an operation name: itself while there are few, else "other". */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
