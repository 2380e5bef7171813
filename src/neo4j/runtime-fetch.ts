/**
 * Fetches the Neo4j 5.26 Community server as the runtime dependency set of `org.neo4j:neo4j`
 * from Maven Central into one lib/ folder. The download happens once per version; later runs
 * find the finished folder and return at once.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Newest first: the first one whose whole dependency set resolves is used. */
export const NEO4J_VERSIONS = ['5.26.19', '5.26.18', '5.26.17', '5.26.16', '5.26.12'] as const;
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export interface RuntimeFetchOptions {
  /** Folder that holds one runtime folder per version. */
  homeDir: string;
  /** A version to use; otherwise the newest of NEO4J_VERSIONS that resolves. */
  version?: string | undefined;
  report: (message: string) => void;
}

export interface Neo4jRuntime {
  version: string;
  /** The server's home: lib/ holds every jar. */
  dir: string;
  libDir: string;
}

export async function ensureNeo4jRuntime(options: RuntimeFetchOptions): Promise<Neo4jRuntime> {
  const candidates = options.version ? [options.version] : [...NEO4J_VERSIONS];
  const existing = candidates.map((v) => runtimeAt(options.homeDir, v)).find(isComplete);
  if (existing) return existing;

  await requireCommand(
    'mvn',
    ['-v'],
    'Maven is needed to fetch Neo4j (or set NEO4J_URI to use an existing server)',
  );
  const failures: string[] = [];
  for (const version of candidates) {
    const runtime = runtimeAt(options.homeDir, version);
    options.report(
      `Fetching Neo4j ${version} Community from Maven Central (first run only, about 120 MB)...`,
    );
    try {
      await fetchRuntime(runtime, options.report);
      options.report(`Neo4j ${version} is ready in ${runtime.dir}`);
      return runtime;
    } catch (error) {
      const reason = (error as Error).message;
      failures.push(`${version}: ${reason}`);
      options.report(`Neo4j ${version} did not resolve (${reason}); trying the next version`);
    }
  }
  throw new Error(`Could not fetch Neo4j from Maven Central:\n  ${failures.join('\n  ')}`);
}

function runtimeAt(homeDir: string, version: string): Neo4jRuntime {
  const dir = path.join(homeDir, `neo4j-community-${version}`);
  return { version, dir, libDir: path.join(dir, 'lib') };
}

function isComplete(runtime: Neo4jRuntime): boolean {
  return existsSync(path.join(runtime.dir, '.complete'));
}

async function fetchRuntime(runtime: Neo4jRuntime, report: (m: string) => void): Promise<void> {
  // A private work folder per process: `npm start` and `npm test` may both fetch on a first run.
  const work = path.join(runtime.dir, `fetch-${process.pid}`);
  const staging = path.join(work, 'lib');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    await writeFile(path.join(work, 'pom.xml'), runtimePom(runtime.version));
    let downloaded = 0;
    await run(
      'mvn',
      [
        '-B',
        '-f',
        path.join(work, 'pom.xml'),
        `${DEPENDENCY_PLUGIN}:copy-dependencies`,
        '-DincludeScope=runtime',
        `-DoutputDirectory=${staging}`,
      ],
      (line) => {
        // Maven prints one "Downloaded from" line per file: a count is progress enough.
        if (line.startsWith('Downloaded from')) {
          downloaded += 1;
          if (downloaded % 25 === 0) report(`  ... ${downloaded} files downloaded`);
        }
      },
    );
    const jars = (await readdir(staging)).filter((f) => f.endsWith('.jar'));
    if (!jars.some((j) => j.startsWith('neo4j-server-'))) {
      throw new Error('the dependency set has no neo4j-server jar');
    }
    if (isComplete(runtime)) return; // Another process finished first; its copy is as good.
    await rm(runtime.libDir, { recursive: true, force: true });
    await rename(staging, runtime.libDir);
    await writeFile(path.join(runtime.dir, '.complete'), `${jars.length} jars\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function runtimePom(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.claimgraph</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`;
}

/** Runs a command, feeding each output line to `onLine`; rejects with the tail of its output. */
export function run(
  command: string,
  args: string[],
  onLine: (line: string) => void = () => {},
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const tail: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '') continue;
        onLine(line);
        tail.push(line);
        if (tail.length > 15) tail.shift();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        const errors = tail.filter((l) => l.includes('ERROR'));
        reject(
          new Error(
            `${command} exited with ${code}: ${(errors.length ? errors : tail).slice(-3).join(' | ')}`,
          ),
        );
      }
    });
  });
}

async function requireCommand(command: string, args: string[], why: string): Promise<void> {
  try {
    await run(command, args);
  } catch {
    throw new Error(`${why}: "${command}" was not found or does not run`);
  }
}
