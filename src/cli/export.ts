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
import { EVENT_TYPES, VERIFICATION_STATUSES } from '../domain/vocabulary.js';
import { AppError } from '../errors.js';
import { EXPORT_FORMATS } from '../export/formats.js';
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

const USAGE = `usage: npm run export -- --format <format> --ids <id,id,...> [options]

Writes the neighbourhood of the given entities in a graph tool's format, to standard output or
to --out. Protected records appear by their public label, as to any caller without clearance.

  --format FORMAT        one of: ${Object.keys(EXPORT_FORMATS).join(', ')}
  --ids ID,ID,...        the entities to start from (at least one), such as place:banias
  --depth N              how many steps out from them, 0 to 4 (default 1)
  --limit N              the most entities in the graph, 1 to 1000 (default 200)
  --from YYYY-MM-DD      only claims about events on or after this day
  --to YYYY-MM-DD        only claims about events on or before this day
  --eventTypes T,T,...   only events of these types: ${EVENT_TYPES.join(', ')}
  --verification S,...   only claims with these verification statuses: ${VERIFICATION_STATUSES.join(', ')}
  --source ID            only claims with this source anywhere in their chain
  --out FILE             write to FILE instead of standard output
  --help                 show this

Database: NEO4J_URI when set, otherwise the local instance CLAIMGRAPH_NEO4J_INSTANCE names (dev).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { out, help: _help, ...raw } = values as Record<string, string | undefined>;
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
      if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(USAGE);
    }
    process.exit(error instanceof AppError ? 2 : 1);
  },
);
