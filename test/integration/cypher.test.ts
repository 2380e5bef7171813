/** Every .cypher file compiles on the real server, and the schema files apply idempotently. */
import { describe, expect, it } from 'vitest';
import { cypher, listStatementNames, type QueryName } from '../../src/neo4j/queries.js';
import { applySchema } from '../../src/neo4j/schema-setup.js';
import { useTestService } from '../helpers/service.js';

const service = useTestService(async () => {});

describe('cypher/', () => {
  it.each(listStatementNames())('%s compiles (EXPLAIN), fragments spliced in', async (name) => {
    // The variants with every optional parameter set and with none set.
    await expect(service.db.runText(`EXPLAIN ${cypher(name as QueryName)}`)).resolves.toEqual([]);
    await expect(service.db.runText(`EXPLAIN ${cypher(name as QueryName, {})}`)).resolves.toEqual([]);
  });

  it('event/listEvents compiles when it starts from a source', async () => {
    const filter = { types: null, from: null, to: null, placeId: null, involvingId: null, near: null };
    const params = { filter: { ...filter, sourceId: 'source:x', inViewOnly: false }, view: {} };
    await expect(service.db.runText(`EXPLAIN ${cypher('event/listEvents', params)}`)).resolves.toEqual([]);
  });

  it('applies the constraints and indexes again without error or change', async () => {
    const before = await service.db.runText('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    const applied = await applySchema(service.db);
    expect(applied.length).toBeGreaterThanOrEqual(4);
    expect(await service.db.runText('SHOW INDEXES YIELD name RETURN name ORDER BY name')).toEqual(before);
    expect(before.map((r) => r.name)).toEqual(expect.arrayContaining(['name_fulltext', 'node_id_unique']));
  });
});
