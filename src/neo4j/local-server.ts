/**
 * Starts a private Neo4j 5.26 Community server for development and tests when no NEO4J_URI is
 * given: Bolt on 127.0.0.1 only, HTTP off, authentication on with a password generated on first
 * start and kept beside the data. Each instance (such as "dev" and "test") has its own port and
 * data folder, so the service and the tests can run at the same time. The process that starts
 * an instance owns it (instance-owner.ts) and supervises it (supervisor.ts); an instance another
 * live process runs is never stopped or started twice: InstanceInUseError says who runs it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import {
  forgetOwner,
  instanceDirectory,
  isAlive,
  liveOwner,
  liveUsers,
  readOwner,
  recordOwner,
  type InstanceOwner,
} from './instance-owner.js';
import { modestMemory, type MemoryPlan } from './memory-plan.js';
import { ensureNeo4jRuntime, run, type Neo4jRuntime } from './runtime-fetch.js';
import { Supervisor } from './supervisor.js';

export interface LocalNeo4jOptions {
  homeDir: string;
  /** Names the data folder: "dev" for `npm start`, "test" for the tests. */
  instance: string;
  boltPort: number;
  version?: string | undefined;
  /** A password to use instead of the generated one (only takes effect on a new database). */
  password?: string | undefined;
  /** Heap, page cache and transaction limits; unset: the small fixed plan tests run on. */
  memory?: MemoryPlan | undefined;
  /** Restart attempts in a row when the server dies unasked (default 0: it is not restarted). */
  restarts?: number | undefined;
  report: (message: string) => void;
  /** For the server's unexpected exits and failed restarts; default: report. */
  warn?: ((message: string) => void) | undefined;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  /** Watches the server and restarts it; its state is the server's. */
  supervisor: Supervisor;
  /** Stops the server, unless other processes still use it (then it is left running for them). */
  stop(): Promise<void>;
}

/** The instance is run by another live process (its owner), or left running for its users. */
export class InstanceInUseError extends Error {
  constructor(
    readonly instance: string,
    readonly owner: InstanceOwner,
    readonly users: number[],
  ) {
    const who = users.length
      ? `process ${users.join(', ')} still uses it (process ${owner.pid}, which started it, has ended)`
      : `process ${owner.pid} started it and runs it`;
    super(`The local Neo4j instance "${instance}" at ${owner.uri} is in use: ${who}`);
    this.name = 'InstanceInUseError';
  }
}

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-Dfile.encoding=UTF-8',
];

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const instanceDir = instanceDirectory(options.homeDir, options.instance);
  await refuseIfInUse(instanceDir, options.instance);
  const java = javaCommand();
  await assertJava17(java);
  const runtime = await ensureNeo4jRuntime({
    homeDir: options.homeDir,
    version: options.version,
    report: options.report,
  });
  await stopLeftoverServer(instanceDir, options.report);
  if (await portInUse(options.boltPort)) {
    throw new Error(
      `Port ${options.boltPort} on 127.0.0.1 is taken by another program; ` +
        'set CLAIMGRAPH_NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use a running server',
    );
  }
  const memory = options.memory ?? modestMemory();
  const confDir = await writeInstanceConfig(instanceDir, options.boltPort, memory);
  const password = await ensurePassword(java, runtime, instanceDir, confDir, options.password);
  const uri = `bolt://127.0.0.1:${options.boltPort}`;

  options.report(
    `Neo4j memory (${memory.sizedFrom}): heap ${memory.heap}, page cache ${memory.pageCache}, ` +
      `transactions ${memory.transactionTotalMax} in all and ${memory.transactionMax} each`,
  );
  const launch = async () => {
    options.report(`Starting Neo4j ${runtime.version} (${options.instance}) on ${uri} ...`);
    const child = spawn(
      java,
      [
        ...JVM_FLAGS,
        `-Xms${memory.heap}`,
        `-Xmx${memory.heap}`,
        '-cp',
        `${path.join(runtime.libDir, '*')}`,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${runtime.dir}`,
        `--config-dir=${confDir}`,
        '--console-mode',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NEO4J_HOME: runtime.dir, NEO4J_CONF: confDir },
      },
    );
    await waitUntilStarted(child, path.join(instanceDir, 'logs', 'console.log'));
    options.report(`Neo4j is up (${options.instance}).`);
    return child;
  };
  // The owner file follows the supervisor, in order, so other processes read the latest state.
  let recorded = recordOwner(instanceDir, {
    neo4jPid: null,
    boltPort: options.boltPort,
    uri,
    state: 'starting',
  });
  const supervisor = new Supervisor({
    name: `Neo4j (${options.instance})`,
    launch,
    maxRestarts: options.restarts ?? 0,
    stopTimeoutMs: STOP_TIMEOUT_MS,
    report: options.report,
    warn: options.warn ?? options.report,
    onChange: (state, neo4jPid) => {
      recorded = recorded
        .catch(() => undefined)
        .then(() => recordOwner(instanceDir, { neo4jPid, boltPort: options.boltPort, uri, state }));
    },
  });
  try {
    await supervisor.start();
  } catch (error) {
    await recorded.catch(() => undefined);
    await forgetOwner(instanceDir);
    throw error;
  }

  const stop = async () => {
    const users = await liveUsers(instanceDir);
    await supervisor.stop({ kill: users.length === 0 });
    await recorded.catch(() => undefined);
    if (users.length) {
      options.report(
        `Leaving Neo4j (${options.instance}) running: process ${users.join(', ')} still uses it. ` +
          'The next start of this instance stops it once they have finished.',
      );
    } else {
      await forgetOwner(instanceDir);
    }
  };
  return { uri, user: 'neo4j', password, version: runtime.version, supervisor, stop };
}

/** The password of an instance, for a process that connects to a server another one runs. */
export async function instancePassword(homeDir: string, instance: string): Promise<string> {
  return (await readFile(path.join(instanceDirectory(homeDir, instance), 'password'), 'utf8')).trim();
}

/** Another live process runs the instance, or a server left running is still in use. */
async function refuseIfInUse(instanceDir: string, instance: string): Promise<void> {
  const owner = await liveOwner(instanceDir);
  if (owner) throw new InstanceInUseError(instance, owner, []);
  const left = await readOwner(instanceDir);
  if (left?.neo4jPid && isOurJava(left.neo4jPid)) {
    const users = await liveUsers(instanceDir);
    if (users.length) throw new InstanceInUseError(instance, left, users);
  }
}

function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

async function assertJava17(java: string): Promise<void> {
  let versionLine = '';
  try {
    await run(java, ['-version'], (line) => {
      versionLine ||= line;
    });
  } catch {
    throw new Error(
      'Java 17 or newer is needed to run the local Neo4j (or set NEO4J_URI to use an existing server)',
    );
  }
  const major = Number(/version "(\d+)/.exec(versionLine)?.[1] ?? 0);
  if (major < 17) throw new Error(`Neo4j 5.26 needs Java 17 or newer; found: ${versionLine}`);
}

/** Written anew on every start, so a changed setting takes effect at the next one. */
async function writeInstanceConfig(
  instanceDir: string,
  boltPort: number,
  memory: MemoryPlan,
): Promise<string> {
  const confDir = path.join(instanceDir, 'conf');
  for (const sub of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
    await mkdir(path.join(instanceDir, sub), { recursive: true });
  }
  const conf = [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    'server.bolt.advertised_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${path.join(instanceDir, 'data')}`,
    `server.directories.logs=${path.join(instanceDir, 'logs')}`,
    `server.directories.run=${path.join(instanceDir, 'run')}`,
    `server.directories.plugins=${path.join(instanceDir, 'plugins')}`,
    `server.directories.import=${path.join(instanceDir, 'import')}`,
    `server.memory.heap.initial_size=${memory.heap}`,
    `server.memory.heap.max_size=${memory.heap}`,
    `server.memory.pagecache.size=${memory.pageCache}`,
    `dbms.memory.transaction.total.max=${memory.transactionTotalMax}`,
    `db.memory.transaction.max=${memory.transactionMax}`,
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=2 files',
    '',
  ].join('\n');
  await writeFile(path.join(confDir, 'neo4j.conf'), conf);
  return confDir;
}

/** The password is generated once and kept beside the data; Neo4j only takes it before first start. */
async function ensurePassword(
  java: string,
  runtime: Neo4jRuntime,
  instanceDir: string,
  confDir: string,
  given: string | undefined,
): Promise<string> {
  const file = path.join(instanceDir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = given ?? randomBytes(18).toString('base64url');
  if (password.length < 8) throw new Error('NEO4J_PASSWORD must have at least 8 characters');
  // A database from an earlier password file that was deleted would keep its old password.
  await rm(path.join(instanceDir, 'data'), { recursive: true, force: true });
  await mkdir(path.join(instanceDir, 'data'), { recursive: true });
  await run(
    java,
    [
      '-cp',
      path.join(runtime.libDir, '*'),
      'org.neo4j.server.startup.Neo4jAdminCommand',
      'dbms',
      'set-initial-password',
      password,
    ],
    undefined,
    { NEO4J_HOME: runtime.dir, NEO4J_CONF: confDir },
  );
  await writeFile(file, `${password}\n`);
  await chmod(file, 0o600);
  return password;
}

function waitUntilStarted(child: ChildProcess, logFile: string): Promise<void> {
  const log = createWriteStream(logFile, { flags: 'a' });
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    let started = false;
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`Neo4j did not start within ${START_TIMEOUT_MS / 1000}s; see ${logFile}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '') continue;
        recent.push(line);
        if (recent.length > 20) recent.shift();
        if (!started && /\bINFO\s+Started\.$/.test(line.trim())) {
          started = true;
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      log.end();
      if (!started) {
        clearTimeout(timer);
        const errors = recent.filter((l) => /ERROR|Exception|Caused by/.test(l));
        reject(
          new Error(
            `Neo4j exited with code ${code} before it started:\n  ${(errors.length ? errors : recent).slice(-6).join('\n  ')}\nFull log: ${logFile}`,
          ),
        );
      }
    });
  });
}

/**
 * A server whose owner has ended and that nobody uses any more: its owner was killed before it
 * could stop it, or left it running for processes that have since finished. It holds the store
 * lock and the port. (server.pid: the record of versions before owner.json.)
 */
async function stopLeftoverServer(instanceDir: string, report: (m: string) => void): Promise<void> {
  const legacyPidFile = path.join(instanceDir, 'server.pid');
  const legacyPid = existsSync(legacyPidFile) ? Number((await readFile(legacyPidFile, 'utf8')).trim()) : null;
  for (const pid of [(await readOwner(instanceDir))?.neo4jPid, legacyPid]) {
    if (!pid || !Number.isInteger(pid) || pid <= 0 || !isOurJava(pid)) continue;
    report(`Stopping a Neo4j left running by a process that has ended (pid ${pid}) ...`);
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  await forgetOwner(instanceDir);
  await rm(legacyPidFile, { force: true });
}

function isOurJava(pid: number): boolean {
  try {
    // Linux only: elsewhere the pid file is simply discarded.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint');
  } catch {
    return false;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
