import { type ChildProcess, fork, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackChild } from '../support/childProcesses.ts';
import { withTimeout } from '../support/timing.ts';
import type { BenchServer } from './BenchServer.ts';
import type { ServerProcessMessage, ServerProcessRequest } from './serverProcessMessages.ts';
import { stopChild } from './stopChild.ts';

const testsDir = fileURLToPath(new URL('../..', import.meta.url));
const here = path.dirname(fileURLToPath(import.meta.url));

export interface AnchorOptions {
  /** Store documents in files here, so they unload when empty and load from disk (cold-load runs only). */
  readonly persistDir?: string;
}

/** Hocuspocus (`@hocuspocus/server`) with default settings, in its own process. */
export function startHocuspocusServer(options: AnchorOptions = {}): Promise<BenchServer> {
  return startForkedAnchor('hocuspocus', path.join(here, 'hocuspocusProcess.ts'), options);
}

/**
 * The reference y-websocket server (`@y/websocket-server`). Without persistence it is its own `bin/server`,
 * unchanged; with persistence a copy of that bin wired to a file store.
 */
export async function startReferenceServer(options: AnchorOptions = {}): Promise<BenchServer> {
  if (options.persistDir) return startForkedAnchor('reference', path.join(here, 'referenceProcess.ts'), options);
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve('@y/websocket-server/package.json')), 'src', 'server.js');
  const port = await findFreePort();
  const child = trackChild(
    spawn(process.execPath, [bin], {
      cwd: testsDir,
      env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const output = captureOutput(child);
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', () => {
        if (/running at/.test(output())) resolve();
      });
      child.once('exit', (code) => reject(new Error(`The reference server exited with ${code}:\n${output()}`)));
    }),
    20_000,
    'The reference server did not start',
  );
  return anchorServer('reference', child, port, async () => null);
}

async function startForkedAnchor(
  kind: 'hocuspocus' | 'reference',
  script: string,
  options: AnchorOptions,
): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (options.persistDir) env.BENCH_PERSIST_DIR = options.persistDir;
  const child = trackChild(
    fork(script, [], { cwd: testsDir, execArgv: ['--import', 'tsx'], env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }),
  );
  const output = captureOutput(child);
  const port = await withTimeout(
    new Promise<number>((resolve, reject) => {
      child.on('message', (message: ServerProcessMessage) => {
        if (message.type === 'listening') resolve(message.port);
      });
      child.once('exit', (code) => reject(new Error(`The ${kind} server exited with ${code}:\n${output()}`)));
    }),
    20_000,
    `The ${kind} server did not start`,
  );
  let nextRequest = 0;
  const loadedDocuments = () =>
    withTimeout(
      new Promise<number | null>((resolve) => {
        const id = nextRequest++;
        const onMessage = (message: ServerProcessMessage) => {
          if (message.type !== 'documents' || message.id !== id) return;
          child.off('message', onMessage);
          resolve(message.count);
        };
        child.on('message', onMessage);
        child.send({ type: 'documents', id } satisfies ServerProcessRequest);
      }),
      5000,
      `The ${kind} server did not say how many documents it holds`,
    );
  return anchorServer(kind, child, port, loadedDocuments);
}

function anchorServer(
  kind: 'hocuspocus' | 'reference',
  child: ChildProcess,
  port: number,
  loadedDocuments: () => Promise<number | null>,
): BenchServer {
  const pid = child.pid;
  if (pid === undefined) throw new Error(`The ${kind} server has no pid`);
  const url = `ws://127.0.0.1:${port}`;
  return {
    kind,
    pid,
    createRoom: async () => ({ kind, url, docName: `bench-${crypto.randomUUID()}` }),
    addressOf: (room) => ({ ...room, url }),
    loadedDocuments,
    stop: () => stopChild(child),
  };
}

function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}
