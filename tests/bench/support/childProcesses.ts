import type { ChildProcess } from 'node:child_process';
import os from 'node:os';

/** Nice value for the bench and its children: ahead of other work on a shared machine, when allowed (root). */
const BENCH_PRIORITY = -10;

const children = new Set<ChildProcess>();
let installed = false;

/** Remembers a child process so that it is killed when the bench ends, however it ends. */
export function trackChild(child: ChildProcess): ChildProcess {
  children.add(child);
  if (child.pid !== undefined) raisePriority(child.pid);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Sends SIGKILL to every child still running, by its own pid. */
export function killTrackedChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}

/** Every server and client of the run gets the same priority, so that other work on the machine skews no one. */
function raisePriority(pid: number): void {
  try {
    os.setPriority(pid, BENCH_PRIORITY);
  } catch {
    // Not allowed without privileges: run at the normal priority.
  }
}

/** Kills every tracked child on exit, on SIGINT / SIGTERM and on an uncaught error; raises the bench's priority. */
export function installChildCleanup(): void {
  if (installed) return;
  installed = true;
  raisePriority(process.pid);
  process.on('exit', killTrackedChildren);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nBench stopped by ${signal}; killing its child processes.`);
      killTrackedChildren();
      process.exit(130);
    });
  }
  process.on('uncaughtException', (error) => {
    console.error('Bench failed:', error);
    killTrackedChildren();
    process.exit(1);
  });
  process.on('unhandledRejection', (error) => {
    console.error('Bench failed:', error);
    killTrackedChildren();
    process.exit(1);
  });
}
