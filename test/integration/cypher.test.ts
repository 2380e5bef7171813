/** Every .cypher file compiles on the real server, and the schema files apply idempotently. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, listCypherFiles } from '../../src/neo4j/queries.js';
import { applySchema } from '../../src/neo4j/schema-setup.js';
import { useTestService } from '../helpers/service.js';

const service = useTestService(async () => {});

describe('cypher/', () => {
  const files = listCypherFiles();

  it.each(files)('%s compiles (EXPLAIN)', async (name) => {
    const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    await expect(service.db.runText(`EXPLAIN ${text}`)).resolves.toEqual([]);
  });

  it('applies the constraints and indexes again without error or change', async () => {
    const before = await service.db.runText('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    const applied = await applySchema(service.db);
    expect(applied.length).toBeGreaterThanOrEqual(4);
    expect(await service.db.runText('SHOW INDEXES YIELD name RETURN name ORDER BY name')).toEqual(before);
    expect(before.map((r) => r.name)).toEqual(expect.arrayContaining(['name_fulltext', 'node_id_unique']));
  });
});
