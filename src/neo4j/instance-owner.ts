/**
 * Who uses a local Neo4j instance, recorded beside its data: the process that started it (its
 * owner: pid, Bolt port, URI and the supervisor's view of the server) and the processes that
 * connected to it instead of starting their own (users, such as `npm run import` while
 * `npm start` runs). A server is stopped only by its owner when no user is left, or by a later
 * start once its owner and every user are gone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type ServerState = 'starting' | 'ready' | 'restarting' | 'down';

export interface InstanceOwner {
  /** The process that started the server and supervises it. */
  pid: number;
  /** When that process started (Linux), so that a reused pid is not taken for it. */
  processStart: string | null;
  /** The Neo4j server's own process; null between a crash and its restart. */
  neo4jPid: number | null;
  boltPort: number;
  uri: string;
  state: ServerState;
}

interface ProcessId {
  pid: number;
  processStart: string | null;
}

export function instanceDirectory(homeDir: string, instance: string): string {
  return path.join(homeDir, 'instances', instance);
}

const ownerFile = (instanceDir: string) => path.join(instanceDir, 'owner.json');
const usersDir = (instanceDir: string) => path.join(instanceDir, 'users');

export async function readOwner(instanceDir: string): Promise<InstanceOwner | null> {
  try {
    return JSON.parse(await readFile(ownerFile(instanceDir), 'utf8')) as InstanceOwner;
  } catch {
    return null;
  }
}

/** The owner of the instance when that process still runs and is not this one. */
export async function liveOwner(instanceDir: string): Promise<InstanceOwner | null> {
  const owner = await readOwner(instanceDir);
  return owner && owner.pid !== process.pid && isRunning(owner) ? owner : null;
}

export async function recordOwner(
  instanceDir: string,
  facts: Pick<InstanceOwner, 'neo4jPid' | 'boltPort' | 'uri' | 'state'>,
): Promise<void> {
  const owner: InstanceOwner = { ...thisProcess(), ...facts };
  await writeFile(ownerFile(instanceDir), `${JSON.stringify(owner, null, 2)}\n`);
}

export async function forgetOwner(instanceDir: string): Promise<void> {
  await rm(ownerFile(instanceDir), { force: true });
}

/** Registers this process as a user of the instance; the returned function unregisters it. */
export async function registerUser(instanceDir: string): Promise<() => Promise<void>> {
  await mkdir(usersDir(instanceDir), { recursive: true });
  const file = path.join(usersDir(instanceDir), `${process.pid}.json`);
  await writeFile(file, JSON.stringify(thisProcess()));
  return () => rm(file, { force: true });
}

/** Pids of the other processes still using the instance; entries of processes gone are removed. */
export async function liveUsers(instanceDir: string): Promise<number[]> {
  const dir = usersDir(instanceDir);
  if (!existsSync(dir)) return [];
  const live: number[] = [];
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    let user: ProcessId | null = null;
    try {
      user = JSON.parse(await readFile(file, 'utf8')) as ProcessId;
    } catch {
      // A file being written, or not ours: judged on the next look.
      continue;
    }
    if (user.pid === process.pid) continue;
    if (isRunning(user)) live.push(user.pid);
    else await rm(file, { force: true });
  }
  return live;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isRunning(id: ProcessId): boolean {
  if (!Number.isInteger(id.pid) || id.pid <= 0 || !isAlive(id.pid)) return false;
  const start = processStart(id.pid);
  return id.processStart === null || start === null || start === id.processStart;
}

function thisProcess(): ProcessId {
  return { pid: process.pid, processStart: processStart(process.pid) };
}

/** Linux only: field 22 of /proc/<pid>/stat, the start time in clock ticks since boot. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
