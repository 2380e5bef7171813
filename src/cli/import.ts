/**
 * `npm run import -- <file> [<file> ...]`: validates and imports dataset files, each in one
 * transaction. Uses NEO4J_URI when set, otherwise the local "dev" Neo4j that `npm start` uses
 * (stop `npm start` first: one local server per data folder).
 */
import { loadConfig } from '../config.js';
import { ValidationError } from '../errors.js';
import { importFile } from '../import/import-dataset.js';
import { openDatabase } from '../neo4j/connect.js';

async function main(files: string[]): Promise<number> {
  if (files.length === 0 || files.includes('--help')) {
    console.error(
      'usage: npm run import -- <dataset.json> [<dataset.json> ...]\nformat: docs/data-format.md',
    );
    return files.length === 0 ? 2 : 0;
  }
  const config = loadConfig();
  const report = (message: string) => console.error(message);
  const database = await openDatabase(config, {
    instance: 'dev',
    boltPort: config.CLAIMGRAPH_NEO4J_BOLT_PORT,
    report,
  });
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const summary = await importFile(database.db, file, {
          onProgress: ({ step, done, total }) => {
            if (total > 500) report(`  ${file}: ${step} ${done}/${total}`);
          },
        });
        console.log(
          `${file}: imported ${summary.sources} sources, ${summary.entities} entities, ${summary.aliases} aliases, ` +
            `${summary.claims} claims (new: ${summary.created.sources} sources, ${summary.created.entities} entities, ` +
            `${summary.created.claims} claims)`,
        );
      } catch (error) {
        failed += 1;
        if (error instanceof ValidationError) {
          console.error(
            `${file}: ${error.issues.length ? 'not imported, nothing was written:' : error.message}`,
          );
          for (const issue of error.issues) console.error(`  ${issue.path}: ${issue.message}`);
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
