/**
 * Who may read and change what, from one table: each caller (anonymous, API keys of each role,
 * a cleared key, JWTs, wrong and revoked credentials) against each kind of operation.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/repositories/api-key-repository.js';
import { resetGraphAndAudit } from '../helpers/audit.js';
import { listenHttp } from '../helpers/http.js';
import { createTestKey } from '../helpers/keys.js';
import { loadFixtures, startTestService, useTestService, type TestService } from '../helpers/service.js';

const JWT_SECRET = 'a-shared-secret-of-at-least-32-characters';

const service = useTestService(
  async (s) => {
    await resetGraphAndAudit(s.db);
    await loadFixtures(s.db, 'velmora');
  },
  { CLAIMGRAPH_JWT_SECRET: JWT_SECRET, CLAIMGRAPH_JWT_ISSUER: 'https://sso.example.test' },
);

async function jwt(claims: Record<string, unknown>, options: { secret?: string; expiresIn?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ana@example.test')
    .setIssuer('https://sso.example.test')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? JWT_SECRET));
}

type Caller =
  'anonymous' | 'viewer' | 'analyst' | 'editor' | 'admin' | 'clearedAdmin' | 'clearedViewer' | 'jwtEditor';
const callers: Record<Caller, string | undefined> = {
  anonymous: undefined,
  viewer: '',
  analyst: '',
  editor: '',
  admin: '',
  clearedAdmin: '',
  clearedViewer: '',
  jwtEditor: '',
};

let sourceNumber = 0;
const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { id } }`;
const newSource = () => ({
  input: {
    id: `source:roles-${++sourceNumber}`,
    name: `Roles Gazette ${sourceNumber}`,
    kind: 'MEDIA',
    form: 'ARTICLE',
  },
});

interface Operation {
  query: string;
  variables?: () => Record<string, unknown>;
}
const operations: Record<'read' | 'addSource' | 'linkClaims' | 'deleteRecord' | 'auditTrail', Operation> = {
  read: { query: `{ events(first: 1) { totalCount } }` },
  addSource: { query: ADD_SOURCE, variables: newSource },
  linkClaims: {
    query: `mutation { linkClaims(from: "claim:old-quay-raid-happened", to: "claim:old-quay-raid-toll", relation: SUPPORTS) { id } }`,
  },
  // NOT_FOUND: the caller got past the rule to the record, which does not exist.
  deleteRecord: { query: `mutation { deleteRecord(id: "source:never-was") { auditId } }` },
  auditTrail: { query: `{ auditTrail(first: 1) { edges { node { id } } } }` },
};

/** What each caller gets: OK, or the error code. */
const expected: Record<Caller, Record<keyof typeof operations, string>> = {
  anonymous: {
    read: 'OK',
    addSource: 'UNAUTHENTICATED',
    linkClaims: 'UNAUTHENTICATED',
    deleteRecord: 'UNAUTHENTICATED',
    auditTrail: 'UNAUTHENTICATED',
  },
  viewer: {
    read: 'OK',
    addSource: 'FORBIDDEN',
    linkClaims: 'FORBIDDEN',
    deleteRecord: 'FORBIDDEN',
    auditTrail: 'FORBIDDEN',
  },
  clearedViewer: {
    read: 'OK',
    addSource: 'FORBIDDEN',
    linkClaims: 'FORBIDDEN',
    deleteRecord: 'FORBIDDEN',
    auditTrail: 'FORBIDDEN',
  },
  analyst: {
    read: 'OK',
    addSource: 'OK',
    linkClaims: 'FORBIDDEN',
    deleteRecord: 'FORBIDDEN',
    auditTrail: 'FORBIDDEN',
  },
  editor: {
    read: 'OK',
    addSource: 'OK',
    linkClaims: 'OK',
    deleteRecord: 'NOT_FOUND',
    auditTrail: 'FORBIDDEN',
  },
  // The audit trail keeps protected records as written: it needs clearance as well as the role.
  admin: {
    read: 'OK',
    addSource: 'OK',
    linkClaims: 'OK',
    deleteRecord: 'NOT_FOUND',
    auditTrail: 'FORBIDDEN',
  },
  clearedAdmin: {
    read: 'OK',
    addSource: 'OK',
    linkClaims: 'OK',
    deleteRecord: 'NOT_FOUND',
    auditTrail: 'OK',
  },
  jwtEditor: {
    read: 'OK',
    addSource: 'OK',
    linkClaims: 'OK',
    deleteRecord: 'NOT_FOUND',
    auditTrail: 'FORBIDDEN',
  },
};

function outcome(result: Awaited<ReturnType<TestService['query']>>): string {
  return result.errors?.length ? String(result.errors[0]!.extensions?.code) : 'OK';
}

describe('roles', () => {
  beforeAll(async () => {
    callers.viewer = await createTestKey(service.db, 'viewer');
    callers.clearedViewer = await createTestKey(service.db, 'viewer', { cleared: true });
    callers.analyst = await createTestKey(service.db, 'analyst');
    callers.editor = await createTestKey(service.db, 'editor');
    callers.admin = await createTestKey(service.db, 'admin');
    callers.clearedAdmin = await createTestKey(service.db, 'admin', { cleared: true });
    callers.jwtEditor = await jwt({ claimgraph_role: 'editor', name: 'Ana Example' });
  });

  for (const [caller, row] of Object.entries(expected)) {
    for (const [operation, answer] of Object.entries(row)) {
      it(`${caller}: ${operation} → ${answer}`, async () => {
        const { query, variables } = operations[operation as keyof typeof operations];
        const token = callers[caller as Caller];
        const result = await service.query(query, variables?.() ?? {}, token ? { token } : {});
        expect(outcome(result)).toBe(answer);
      });
    }
  }

  it('show protected records by name to cleared callers only, whatever their role', async () => {
    const query = `{ node(id: "actor:velmora-witness-1") { ... on Actor { name } } }`;
    const clearedJwt = await jwt({ claimgraph_role: 'viewer', claimgraph_cleared: true });
    const tokens = [
      undefined,
      callers.viewer,
      callers.admin,
      callers.jwtEditor,
      callers.clearedViewer,
      clearedJwt,
    ];
    const names = await Promise.all(
      tokens.map(async (token) => {
        const result = await service.query<{ node: { name: string } }>(query, {}, token ? { token } : {});
        return result.data?.node.name;
      }),
    );
    expect(names).toEqual([
      ...Array<string>(4).fill('Protected witness, Velmora'),
      'Tamsin Roe',
      'Tamsin Roe',
    ]);
  });

  it.each([
    ['a made-up key', 'cgk_0123456789ab_' + 'x'.repeat(43)],
    ['a malformed key', 'cgk_nonsense'],
    ['an unknown token', 'not-a-token-this-server-knows'],
    [
      'a JWT signed with another secret',
      () => jwt({}, { secret: 'another-secret-of-at-least-32-characters' }),
    ],
    ['an expired JWT', () => jwt({}, { expiresIn: '-1m' })],
    ['a JWT with a role that does not exist', () => jwt({ claimgraph_role: 'superuser' })],
  ])('refuse %s as UNAUTHENTICATED, even for reads', async (_, credential) => {
    const token = typeof credential === 'function' ? await credential() : credential;
    const result = await service.query(operations.read.query, {}, { token });
    expect(outcome(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('attribute a write to the key that made it, in the audit trail', async () => {
    const { input } = newSource();
    const added = await service.query(ADD_SOURCE, { input }, { token: callers.analyst });
    expect(outcome(added)).toBe('OK');
    const trail = await service.query<{
      auditTrail: { edges: { node: { who: { id: string; name: string } } }[] };
    }>(
      `query($id: ID) { auditTrail(recordId: $id, first: 5) { edges { node { who { id name } } } } }`,
      { id: input.id },
      { token: callers.clearedAdmin },
    );
    const keyId = callers.analyst!.split('_')[1];
    expect(trail.data?.auditTrail.edges.map((e) => e.node.who)).toEqual([
      { id: `key:${keyId}`, name: 'test analyst' },
    ]);
  });

  it('refuse a revoked key', async () => {
    const key = await createTestKey(service.db, 'editor');
    const id = key.split('_')[1]!;
    await new ApiKeyRepository(service.db).revoke(id, 'test');
    const result = await service.query(operations.read.query, {}, { token: key });
    expect(result.errors?.[0]?.message).toMatch(/revoked/);
  });
});

describe('roles with anonymous reads switched off', () => {
  const closed = useTestService(async () => {}, { CLAIMGRAPH_ANONYMOUS_READ: 'false' });

  it('refuse anonymous reads and serve a viewer key', async () => {
    expect(outcome(await closed.query(operations.read.query))).toBe('UNAUTHENTICATED');
    const key = await createTestKey(closed.db, 'viewer');
    expect(outcome(await closed.query(operations.read.query, {}, { token: key }))).toBe('OK');
  });

  it('refuse anonymous exports and serve a viewer key', async () => {
    const http = await listenHttp(closed.db, closed.config);
    try {
      const exportAs = (key?: string) =>
        fetch(`${http.base}/export/graphml?ids=actor:orrin-pell`, {
          headers: key ? { authorization: `Bearer ${key}` } : {},
        });
      const refused = await exportAs();
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      const served = await exportAs(await createTestKey(closed.db, 'viewer'));
      expect(served.status).toBe(200);
      expect(await served.text()).toContain('actor:orrin-pell');
    } finally {
      await http.close();
    }
  });
});

describe('credentials over HTTP', () => {
  const plain = useTestService(async () => {});

  it('answer a refused credential with 401 and a JSON error, and serve a key', async () => {
    const http = await listenHttp(plain.db, plain.config);
    try {
      const ask = (authorization: string) =>
        fetch(`${http.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: '{ events(first: 1) { totalCount } }' }),
        });
      const refused = await ask('Bearer cgk_0123456789ab_' + 'x'.repeat(43));
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({
        errors: [{ message: 'The API key is not valid', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      const served = await ask(`Bearer ${await createTestKey(plain.db, 'viewer')}`);
      expect(served.status).toBe(200);
      expect(((await served.json()) as { data: unknown }).data).toEqual({
        events: { totalCount: expect.any(Number) },
      });
    } finally {
      await http.close();
    }
  });
});

describe("JWTs verified against the identity provider's JWKS endpoint", () => {
  let jwks: {
    url: string;
    sign: (claims: Record<string, unknown>) => Promise<string>;
    close: () => Promise<void>;
  };
  beforeAll(async () => {
    jwks = await serveJwks();
    return () => jwks.close();
  });

  it('accept a token signed by the provider and refuse one signed by another key', async () => {
    const viaJwks = await startTestService({ CLAIMGRAPH_JWT_JWKS_URL: jwks.url });
    try {
      const good = await jwks.sign({ claimgraph_role: 'analyst' });
      const result = await viaJwks.query(ADD_SOURCE, newSource(), { token: good });
      expect(outcome(result)).toBe('OK');
      const stranger = await serveJwks();
      const forged = await stranger.sign({ claimgraph_role: 'admin' });
      await stranger.close();
      expect(outcome(await viaJwks.query(operations.read.query, {}, { token: forged }))).toBe(
        'UNAUTHENTICATED',
      );
    } finally {
      await viaJwks.close();
    }
  });
});

/** A stand-in identity provider: an RS256 key pair and its JWKS served over HTTP. */
async function serveJwks() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    sign: (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setSubject('ben@example.test')
        .setExpirationTime('5m')
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
