import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, waitForPort } from './freePort.ts';

export interface TestRedis {
  readonly url: string;
  readonly port: number;
  /** Stops Redis (SIGKILL: it keeps nothing, as started) and starts an empty one on the same port. */
  restart(options?: { readonly downForMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

const redisServer = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';

/** Starts a throw-away Redis on a free port, with nothing saved to disk. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child = await launch(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart({ downForMs = 0 } = {}) {
      await kill(child);
      if (downForMs > 0) await new Promise((resolve) => setTimeout(resolve, downForMs));
      child = await launch(port);
    },
    stop: () => kill(child),
  };
}

async function launch(port: number): Promise<ChildProcess> {
  const child = spawn(
    redisServer,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  child.once('error', (error) => {
    output += String(error);
  });
  await waitForPort(port, 10_000, () => `redis-server said:\n${output}`);
  return child;
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
