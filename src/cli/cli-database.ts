/**
 * The database the command-line tools use: NEO4J_URI when set, otherwise the local instance of
 * the configuration, reused when a running service owns it. Progress goes to stderr, so stdout
 * stays the command's own output.
 */
import type { Config } from '../config.js';
import { openDatabase, type OpenDatabase } from '../neo4j/connect.js';

export function openCliDatabase(config: Config): Promise<OpenDatabase> {
  return openDatabase(config, {
    instance: config.CLAIMGRAPH_NEO4J_INSTANCE,
    boltPort: config.CLAIMGRAPH_NEO4J_BOLT_PORT,
    whenInUse: 'reuse',
    report: (message) => console.error(message),
  });
}
