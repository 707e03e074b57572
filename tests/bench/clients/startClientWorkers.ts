import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RoomAddress } from '../servers/BenchServer.ts';
import { trackChild } from '../support/childProcesses.ts';
import { withTimeout } from '../support/timing.ts';
import type { ClientSpec, CollectResult, OpenResult, WorkerRequest, WorkerResponse } from './workerMessages.ts';

const testsDir = fileURLToPath(new URL('../..', import.meta.url));
const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'clientWorker.ts');

export interface ClientWorkers {
  readonly size: number;
  readonly pids: readonly number[];
  /** Sends one request to one worker and resolves with its answer. */
  request<T>(worker: number, request: WorkerRequest, timeoutMs?: number): Promise<T>;
  /** Sends the same request to every worker. */
  all<T>(request: WorkerRequest, timeoutMs?: number): Promise<T[]>;
  /** Opens rooms of clients spread over the workers; client 0 of each room writes. Throws if any did not sync. */
  openRooms(rooms: readonly RoomAddress[], clientsPerRoom: number, options?: OpenOptions): Promise<OpenedRooms>;
  /** Everything every worker measured since the last collect. */
  collect(): Promise<CollectResult[]>;
  closeAll(): Promise<void>;
  stop(): Promise<void>;
}

export interface OpenOptions {
  /** Numbers the rooms from here on, so rooms added later keep their own numbers. */
  readonly firstRoom?: number;
  /** Opens only members from this one on (member 0 is the writer), to fill rooms opened earlier. */
  readonly firstMember?: number;
  readonly timeoutMs?: number;
}

export interface OpenedRooms {
  readonly rooms: number;
  readonly clients: number;
  readonly ms: number;
}

/** Forks `count` worker processes that host the bench's clients, apart from the server under test. */
export async function startClientWorkers(count: number): Promise<ClientWorkers> {
  const children: ChildProcess[] = [];
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let nextClientId = 0;

  const ready = Array.from({ length: count }, () => {
    const child = trackChild(
      fork(workerScript, [], {
        cwd: testsDir,
        execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    children.push(child);
    return withTimeout(
      new Promise<void>((resolve, reject) => {
        child.on('message', (response: WorkerResponse) => {
          if (response.id === -1) return resolve();
          const waiting = pending.get(response.id);
          if (!waiting) return;
          pending.delete(response.id);
          if (response.ok) waiting.resolve(response.result);
          else waiting.reject(new Error(response.error));
        });
        child.once('exit', (code, signal) => {
          const error = new Error(`A client worker exited (${code ?? signal})`);
          reject(error);
          for (const waiting of pending.values()) waiting.reject(error);
          pending.clear();
        });
      }),
      30_000,
      'A client worker did not start',
    );
  });
  await Promise.all(ready);

  function request<T>(worker: number, message: WorkerRequest, timeoutMs = 120_000): Promise<T> {
    const child = children[worker];
    if (!child) throw new Error(`No worker ${worker}`);
    const id = nextId++;
    const answer = new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      child.send({ ...message, id });
    });
    return withTimeout(answer, timeoutMs, `Worker ${worker} did not answer "${message.type}"`).finally(() =>
      pending.delete(id),
    ) as Promise<T>;
  }

  const all = <T>(message: WorkerRequest, timeoutMs?: number) =>
    Promise.all(children.map((_, worker) => request<T>(worker, message, timeoutMs)));

  async function openRooms(rooms: readonly RoomAddress[], clientsPerRoom: number, options: OpenOptions = {}) {
    const firstRoom = options.firstRoom ?? 0;
    const firstMember = options.firstMember ?? 0;
    const timeoutMs = options.timeoutMs ?? 60_000;
    const perWorker: ClientSpec[][] = children.map(() => []);
    rooms.forEach((address, index) => {
      const room = firstRoom + index;
      for (let member = firstMember; member < clientsPerRoom; member++) {
        // Writers go round the workers; a room's readers spread over all of them.
        const worker = (room + member) % children.length;
        perWorker[worker]?.push({ id: nextClientId++, room, writer: member === 0, address });
      }
    });
    const results = await Promise.all(
      perWorker.map((clients, worker) =>
        request<OpenResult>(worker, { type: 'open', clients, timeoutMs }, timeoutMs + 10_000),
      ),
    );
    const failed = results.reduce((sum, result) => sum + result.failed, 0);
    const opened = rooms.length * (clientsPerRoom - firstMember);
    if (failed > 0) throw new Error(`${failed} of ${opened} clients did not sync`);
    return {
      rooms: rooms.length,
      clients: opened,
      ms: Math.max(...results.map((result) => result.ms)),
    };
  }

  return {
    size: count,
    pids: children.map((child) => child.pid ?? 0).filter((pid) => pid > 0),
    request,
    all,
    openRooms,
    collect: () => all<CollectResult>({ type: 'collect' }),
    closeAll: async () => {
      await all({ type: 'closeAll' });
    },
    async stop() {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(
        children.map((child) =>
          child.exitCode !== null || child.signalCode !== null
            ? Promise.resolve()
            : new Promise((resolve) => child.once('exit', resolve)),
        ),
      );
    },
  };
}
