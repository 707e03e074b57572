// Shared set-up for the two commands: the pinned pnpm, the workspace's packages, Debian packages.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
export const pnpmVersion = packageJson.packageManager.split('@')[1];

/** Environment for pnpm: node-gyp builds better-sqlite3 against the local Node headers. */
export function pnpmEnv() {
  const env = { ...process.env, pnpm_config_manage_package_manager_versions: 'false' };
  if (!env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

function installedPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      env: pnpmEnv(),
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** The command that runs the pinned pnpm: a global one when it matches, otherwise through npx. */
export function pnpmCommand() {
  if (installedPnpmVersion() === pnpmVersion) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${pnpmVersion}`];
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: pnpmEnv(), ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) process.exit(status);
}

export function pnpm(args, options) {
  const [command, ...prefix] = pnpmCommand();
  return run(command, [...prefix, ...args], options);
}

export function pnpmOrExit(args, options) {
  const status = pnpm(args, options);
  if (status !== 0) process.exit(status);
}

/** Installs the workspace's packages exactly as the lockfile says, when anything is missing or stale. */
export function ensurePackages() {
  const marker = path.join(root, 'node_modules', '.modules.yaml');
  const lockfile = path.join(root, 'pnpm-lock.yaml');
  const fresh = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lockfile).mtimeMs;
  if (fresh) return;
  console.log('Installing packages (the first time takes a minute or two)…');
  pnpmOrExit(['install', '--frozen-lockfile']);
}

/** Makes sure Debian packages are present: installs them as root, otherwise says exactly what to run. */
export function ensureDebianPackages(packages) {
  const missing = packages.filter(({ binary }) => !fs.existsSync(binary));
  if (missing.length === 0) return;
  const names = missing.map(({ name }) => name).join(' ');
  if (process.getuid?.() !== 0) {
    console.error(
      `\nThe tests need these Debian packages: ${names}\nInstall them with:\n\n  sudo apt-get update && sudo apt-get install -y ${names}\n`,
    );
    process.exit(1);
  }
  console.log(`Installing ${names} with apt-get…`);
  runOrExit('apt-get', ['update']);
  runOrExit('apt-get', ['install', '-y', '--no-install-recommends', ...missing.map(({ name }) => name)], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
