/**
 * Finds a Chromium for the browser tests (playwright-core brings no browser): CHROMIUM_PATH, or
 * Debian's /usr/bin/chromium. When there is none and the process runs as root on Debian, it
 * installs the distribution's package (apt-get, with its progress shown); otherwise it fails
 * saying how to install one.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a quiet, headless run on a machine without a display or a sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findInstalled(): string | undefined {
  return CANDIDATES.find(isExecutable);
}

function runVisibly(command: string, args: string[]): void {
  console.log(`[chromium] ${command} ${args.join(' ')}`);
  // stdio inherited: apt-get's progress shows in the test output.
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with status ${result.status}`);
}

const HOW_TO_INSTALL =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`, or `chromium-browser`), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.';

/** The path of a Chromium executable, installing Debian's package when possible. */
export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  const installed = findInstalled();
  if (installed) return installed;

  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && isExecutable('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    throw new Error(
      `The browser tests need Chromium, and none was found (${CANDIDATES.join(', ')}). ${HOW_TO_INSTALL}`,
    );
  }
  console.log('[chromium] Chromium is not installed; installing Debian’s package (a few minutes)...');
  // Waits for another apt/dpkg run to release its lock rather than failing at once.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  runVisibly('apt-get', [...lock, 'update']);
  runVisibly('apt-get', [...lock, 'install', '-y', 'chromium']);
  const now = findInstalled();
  if (!now)
    throw new Error(`apt-get installed chromium, but no executable appeared at ${CANDIDATES.join(' or ')}.`);
  return now;
}

/** Launches a headless Chromium with playwright-core. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
}
