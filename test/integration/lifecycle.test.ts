/**
 * The service's life as an operator sees it, on the real `npm start` program: a port in use
 * stops it with an error naming the port; a local Neo4j instance another live process runs is
 * neither stopped nor shared by a second service, and a CLI refuses one whose server is down;
 * SIGTERM lets a running request finish; a client that stops sending its body loses its
 * connection.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { listen } from '../../src/http-lifecycle.js';

interface Exit {
  code: number | null;
  output: string;
}

const held: net.Server[] = [];
afterAll(async () => {
  for (const server of held) await new Promise((r) => server.close(r));
});

describe('a port in use', () => {
  it('stops the service with an error naming the HTTP port', async () => {
    const port = await holdPort();
    const neo4j = inject('neo4j');
    const exit = await runService({
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
    });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(`Port ${port} on 127.0.0.1 is already in use by another program`);
    expect(exit.output).not.toContain('serving');
  });

  it('stops the service with an error naming the Bolt port of its local Neo4j', async () => {
    const bolt = await holdPort(Number(process.env.CLAIMGRAPH_LIFECYCLE_BOLT_PORT ?? 7721));
    const exit = await runService({
      PORT: String(await freePort()),
      NEO4J_URI: '',
      CLAIMGRAPH_NEO4J_INSTANCE: 'lifecycle-bolt-port',
      CLAIMGRAPH_NEO4J_BOLT_PORT: String(bolt),
    });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(`Port ${bolt} on 127.0.0.1 is taken by another program`);
  });
});

describe('a local instance another process runs', () => {
  it('is not taken over by a second service, which names the process that runs it', async () => {
    const home = fakeHome('shared', { state: 'ready' });
    const exit = await runService({
      PORT: String(await freePort()),
      NEO4J_URI: '',
      CLAIMGRAPH_NEO4J_HOME: home,
      CLAIMGRAPH_NEO4J_INSTANCE: 'shared',
    });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(
      `The local Neo4j instance "shared" at bolt://127.0.0.1:1 is in use: process ${process.pid} started it and runs it`,
    );
  });

  it('is refused by the import when its server is down, with a clear message', async () => {
    const home = fakeHome('stopped', { state: 'down' });
    const exit = await runProgram('src/cli/import.ts', ['test/fixtures/velmora.json'], {
      NEO4J_URI: '',
      CLAIMGRAPH_NEO4J_HOME: home,
      CLAIMGRAPH_NEO4J_INSTANCE: 'stopped',
    });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(
      `is in use: process ${process.pid} started it and runs it, and its server is down (it could not be restarted)`,
    );
  });
});

describe('on SIGTERM', () => {
  it('lets a running request finish, accepts no new connection, and exits cleanly', async () => {
    const port = await freePort();
    const neo4j = inject('neo4j');
    const service = startProgram('src/index.ts', [], {
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      CLAIMGRAPH_LOAD_SAMPLE: 'false',
    });
    await service.until(/serving GraphQL/);

    // A request whose body is half sent when the signal comes. The pause lets the service read
    // its headers first: before that it is only a connection that has sent nothing the server
    // has read, which a stopping server may close.
    const body = JSON.stringify({ query: '{ __typename }' });
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    const response = new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((r) => setTimeout(r, 500));
    service.child.kill('SIGTERM');
    await service.until(/stopping/);
    // The listening socket closes as the signal is handled; give the kernel a moment.
    let accepting = true;
    for (let tries = 0; accepting && tries < 20; tries += 1) {
      accepting = await connects(port);
      if (accepting) await new Promise((r) => setTimeout(r, 100));
    }
    expect(accepting, service.output()).toBe(false);
    // The rest of the body, without closing our side: clients wait for the answer first.
    socket.write(body.slice(5));

    const answer = await response;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answer).toContain('{"data":{"__typename":"Query"}');
    expect(await service.exit).toMatchObject({ code: 0 });
  });
});

describe('a client that stops sending its body', () => {
  it('loses its connection after the body timeout, without an answer', async () => {
    // Answers once the whole body is in, as the GraphQL route does.
    const answerWholeBody = (req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => res.end('the whole body came'));
    };
    const server = await listen(answerWholeBody, 0, '127.0.0.1', {
      headersMs: 10_000,
      bodyMs: 300,
      requestMs: 60_000,
    });
    try {
      const { port } = server.address() as net.AddressInfo;
      const socket = net.connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{"query":');
      await new Promise((r) => socket.once('close', r));
      expect(received).toBe('');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

/** An instance folder whose owner file names this test process as the owner. */
function fakeHome(instance: string, { state }: { state: string }): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-owner-'));
  const dir = path.join(home, 'instances', instance);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'password'), 'not-used-password\n');
  writeFileSync(
    path.join(dir, 'owner.json'),
    JSON.stringify({
      pid: process.pid,
      processStart: null,
      neo4jPid: null,
      boltPort: 1,
      uri: 'bolt://127.0.0.1:1',
      state,
    }),
  );
  return home;
}

function runService(env: Record<string, string>): Promise<Exit> {
  return runProgram('src/index.ts', [], env);
}

function runProgram(file: string, args: string[], env: Record<string, string>): Promise<Exit> {
  return startProgram(file, args, env).exit;
}

function startProgram(file: string, args: string[], env: Record<string, string>) {
  // As `npm start` runs it: without the test runner's NODE_ENV=test, which changes how
  // libraries behave (Apollo Server stops itself on SIGTERM unless NODE_ENV is test).
  const inherited = { ...process.env };
  delete inherited.NODE_ENV;
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...inherited, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiting.filter((w) => w.pattern.test(output))) w.resolve();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<Exit>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  const until = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(output)) return resolve();
      waiting.push({ pattern, resolve });
      void exit.then(() => reject(new Error(`the program ended before ${pattern}:\n${output}`)));
    });
  return { child, exit, until, output: () => output };
}

async function holdPort(port = 0): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  held.push(server);
  return (server.address() as net.AddressInfo).port;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
