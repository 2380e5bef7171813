/** `npm run keys`: a key made by the CLI works at once, is listed without its secret, and stops working when revoked. */
import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { resetGraph, startTestService, useTestService } from '../helpers/service.js';

function keysCli(...args: string[]) {
  const neo4j = inject('neo4j');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
  });
  return { code: run.status, stdout: run.stdout.trim(), stderr: run.stderr };
}

const service = useTestService((s) => resetGraph(s.db));
const ADD_SOURCE = `mutation { addSource(input: { id: "source:keys-cli", name: "Keys Gazette", kind: MEDIA, form: ARTICLE }) { id } }`;

describe('the keys CLI', () => {
  it('creates a key that works at once, lists it without its secret, and revokes it', async () => {
    const created = keysCli('create', '--name', 'Desk analyst', '--role', 'analyst', '--by', 'Test Admin');
    expect(created.code, created.stderr).toBe(0);
    const key = created.stdout;
    expect(key).toMatch(/^cgk_[0-9a-f]{12}_[\w-]{43}$/);
    const id = key.split('_')[1]!;

    expect(await service.query(ADD_SOURCE, {}, { token: key })).toMatchObject({
      data: { addSource: { id: 'source:keys-cli' } },
    });

    const listed = keysCli('list');
    expect(listed.stdout).toContain(`${id}  Desk analyst  (analyst)`);
    expect(listed.stdout).toContain('by Test Admin');
    expect(listed.stdout).not.toContain(key.slice(`cgk_${id}_`.length));

    const revoked = keysCli('revoke', id, '--by', 'Test Admin');
    expect(revoked.stdout).toMatch(/revoked .* by Test Admin/);
    // A service started now has no cached copy of the key.
    const fresh = await startTestService();
    try {
      const refused = await fresh.query(`{ events(first: 1) { totalCount } }`, {}, { token: key });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await fresh.close();
    }
  });

  it('refuses a role that does not exist and an unknown key, changing nothing', () => {
    const badRole = keysCli('create', '--name', 'X', '--role', 'root');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of viewer, analyst, editor, admin');
    const unknown = keysCli('revoke', '000000000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No key with id 000000000000');
  });
});
