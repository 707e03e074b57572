import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ServerProcess } from '../../support/spawnServerProcess.ts';
import { trackChild } from '../support/childProcesses.ts';
import { withTimeout } from '../support/timing.ts';

/**
 * Runs a Debrief server from another folder (a copy with a change to try, its node_modules linked to this
 * workspace's), started the way `pnpm serve` starts it. Set BENCH_DEBRIEF_SERVER_DIR to bench such a copy.
 */
export async function spawnCandidateServer(
  serverDir: string,
  dataDir: string,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child = trackChild(
    spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: path.resolve(serverDir),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await withTimeout(
    new Promise<number>((resolve, reject) => {
      child.stdout?.on('data', () => {
        const match = /running at http:\/\/[^:]+:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      exited.then((code) => reject(new Error(`The server in ${serverDir} exited with ${code}:\n${output}`)));
    }),
    20_000,
    `The server in ${serverDir} did not start`,
  );
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    output: () => output,
    exited,
  };
}
