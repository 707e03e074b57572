import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, waitForPort } from './freePort.ts';

export interface TestPostgres {
  readonly port: number;
  /** A new, empty database on this server, as a connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Debian installs PostgreSQL's programs under a folder named after the major version. */
function findBinDir(): string {
  if (process.env.POSTGRES_BIN_DIR) return process.env.POSTGRES_BIN_DIR;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = path.join(base, version, 'bin');
    if (fs.existsSync(path.join(dir, 'initdb'))) return dir;
  }
  throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
}

/** PostgreSQL refuses to run as root; as root, its programs run as the `postgres` user Debian's package adds. */
function asServerUser(command: string, args: readonly string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, [...args]];
  return ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

let databases = 0;

/** Starts a throw-away PostgreSQL on a free port, in a folder of its own that is removed when it stops. */
export async function startPostgres(): Promise<TestPostgres> {
  const binDir = findBinDir();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dataDir]);
  const [initdb, initArgs] = asServerUser(path.join(binDir, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'debrief',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  execFileSync(initdb, initArgs, { stdio: 'pipe' });
  const port = await freePort();
  const [postgres, args] = asServerUser(path.join(binDir, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-k',
    dataDir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'max_connections=200',
  ]);
  const child: ChildProcess = spawn(postgres, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await waitForPort(port, 20_000, () => `postgres said:\n${output}`);
  const adminUrl = `postgres://debrief@127.0.0.1:${port}/postgres`;
  // Accepting TCP comes a moment before accepting sessions.
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt > 100) throw new Error(`PostgreSQL did not accept sessions: ${String(error)}\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    port,
    async createDatabase() {
      const name = `debrief_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://debrief@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          // Immediate shutdown: nothing of a throw-away server needs keeping. The signal goes to the server itself,
          // whose process id it writes first in its folder: runuser would not pass it on.
          const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
          process.kill(pid, 'SIGQUIT');
        });
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
