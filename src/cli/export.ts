/**
 * `npm run export -- --format gexf --ids place:banias --depth 2 [--out file]`: writes the
 * neighbourhood of the given entities in a visualisation tool's format. Flags are the export's
 * URL parameters: format, ids, depth, limit, from, to, eventTypes, verification, source. Uses
 * NEO4J_URI when set, otherwise the local Neo4j instance CLAIMGRAPH_NEO4J_INSTANCE names ("dev"),
 * connecting to it while another process (such as `npm start`) runs it. Protected
 * sources are shown by their public label, as to any caller without clearance.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { AppError } from '../errors.js';
import { prepareExport } from '../export/export-subgraph.js';
import { parseSelection } from '../export/selection.js';
import { createLogger } from '../logger.js';
import { openCliDatabase } from './cli-database.js';

const FLAGS = [
  'format',
  'ids',
  'depth',
  'limit',
  'from',
  'to',
  'eventTypes',
  'verification',
  'source',
  'out',
] as const;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' }])),
    strict: true,
  });
  const { out, ...raw } = values as Record<string, string | undefined>;
  const selection = parseSelection(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  const config = loadConfig();
  const database = await openCliDatabase(config);
  try {
    const ctx = await createContext({ db: database.db, config, logger: createLogger('silent') }, {});
    const write = await prepareExport(ctx, selection);
    const stream = out ? createWriteStream(out) : process.stdout;
    write((chunk) => stream.write(chunk));
    if (out) await new Promise<void>((resolve) => stream.end(resolve));
    if (out) console.error(`wrote ${out}`);
  } finally {
    await database.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AppError) {
      console.error(`export: ${error.message}`);
      for (const issue of error.issues) console.error(`  --${issue.path}: ${issue.message}`);
    } else {
      console.error(`export failed: ${(error as Error).message}`);
    }
    process.exit(error instanceof AppError ? 2 : 1);
  },
);
