/** What the figures were measured on: the machine, the versions, and how busy the machine was. */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  neo4j: string;
  neo4jDriver: string;
  neo4jGraphql: string;
  apolloServer: string;
  graphql: string;
}

/** A package's installed version (read from its package.json, which some packages do not export). */
function installed(name: string): string {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function describeMachine(neo4jVersion: string): Machine {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpuModel;
  } catch {
    // Not Linux: os.cpus() it is.
  }
  return {
    cpuModel,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: neo4jVersion,
    neo4jDriver: installed('neo4j-driver'),
    neo4jGraphql: installed('@neo4j/graphql'),
    apolloServer: installed('@apollo/server'),
    graphql: installed('graphql'),
  };
}

export interface Quietness {
  loadAverage1m: number;
  /** Other test runs and imports on the machine (command lines, shortened). */
  others: string[];
}

/** Test runs and imports by others, which would share the two cores with the benchmark. */
export function quietness(): Quietness {
  let others: string[] = [];
  try {
    const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
    others = ps
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /vitest|tsx src\/cli\/import|src\/cli\/import\.ts/.test(l))
      .filter((l) => !l.startsWith(`${process.pid} `))
      .map((l) => l.slice(0, 160));
  } catch {
    // ps missing: nothing to report.
  }
  return { loadAverage1m: os.loadavg()[0]!, others };
}
