/**
 * `npm run import -- [--batch-size N] <file> [<file> ...]`: checks and imports dataset files:
 * JSON Lines (.jsonl, .ndjson) of any size, streamed and written in batches; JSON (.json) up to
 * 8 MB, written in one transaction. Uses NEO4J_URI when set, otherwise the local Neo4j
 * instance CLAIMGRAPH_NEO4J_INSTANCE names ("dev", the one `npm start` uses): while another
 * process runs it, the import connects to that server; otherwise it starts it, on
 * CLAIMGRAPH_NEO4J_BOLT_PORT, for the time of the import.
 *
 * Ctrl-C stops an import between two batches; running the same command again completes it.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ValidationError } from '../errors.js';
import { DEFAULT_BATCH_SIZE } from '../import/import-dataset.js';
import { auditedImportFile, type Importer } from '../services/audit-trail.js';
import { openCliDatabase } from './cli-database.js';
import { formatDuration, ProgressReporter } from './progress.js';

const USAGE = `usage: npm run import -- [--batch-size N] [--by NAME] [--reason TEXT] <dataset.jsonl|dataset.json> [...]
  --batch-size N   rows per statement and transaction (default ${DEFAULT_BATCH_SIZE})
  --by NAME        who imports, for the audit trail (default: your login name)
  --reason TEXT    why, for the audit trail
format: docs/data-format.md`;
/** Problems printed for a refused file; a count stands for the rest. */
const ISSUES_SHOWN = 200;

async function main(argv: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' },
      by: { type: 'string', default: userInfo().username },
      reason: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  if (values.help || files.length === 0 || !Number.isInteger(batchSize) || batchSize < 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  // The audit trail names whoever ran the import.
  const importer: Importer = { id: `cli:${values.by}`, name: values.by! };
  const config = loadConfig();
  const database = await openCliDatabase(config);
  const stop = new AbortController();
  process.on('SIGINT', () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    console.error('\nStopping after the current batch (Ctrl-C again to quit at once) ...');
  });
  let failed = 0;
  try {
    for (const file of files) {
      const progress = new ProgressReporter(process.stderr);
      const started = performance.now();
      try {
        const summary = await auditedImportFile(database.db, file, importer, {
          reason: values.reason ?? null,
          batchSize,
          signal: stop.signal,
          onProgress: (p) => progress.update(p),
        });
        progress.endStep();
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `${file}: imported ${summary.sources} sources, ${summary.entities} entities, ${summary.aliases} aliases, ` +
            `${summary.claims} claims (new: ${summary.created.sources} sources, ${summary.created.entities} entities, ` +
            `${summary.created.claims} claims) in ${formatDuration(seconds)}, ` +
            `${Math.round(summary.claims / seconds).toLocaleString('en-GB')} claims/s`,
        );
      } catch (error) {
        progress.endStep();
        failed += 1;
        if (stop.signal.aborted) {
          console.error(`${file}: stopped between two batches; run the same command again to finish it`);
          break;
        }
        if (error instanceof ValidationError) {
          console.error(
            `${file}: ${error.issues.length ? 'not imported, nothing was written:' : error.message}`,
          );
          for (const issue of error.issues.slice(0, ISSUES_SHOWN))
            console.error(`  ${issue.path}: ${issue.message}`);
          if (error.issues.length > ISSUES_SHOWN)
            console.error(`  ... and ${error.issues.length - ISSUES_SHOWN} more`);
        } else {
          console.error(`${file}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    await database.close();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
