/** Counts and times GraphQL operations by name, and the errors they answer with by code. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ServiceMetrics } from './service-metrics.js';

export function graphqlMetrics<T extends object>(metrics: ServiceMetrics): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const label = metrics.operationLabel(operationName);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.operations.inc({ operation: label, type: operation?.operation ?? 'unknown' });
          metrics.operationDuration.observe({ operation: label }, seconds);
          // The codes the client sees, after masking.
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = error.extensions?.code;
            metrics.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
          }
        },
      };
    },
  };
}
