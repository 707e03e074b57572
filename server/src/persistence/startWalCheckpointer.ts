import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** How far one checkpoint got: frames in the write-ahead log, and how many of them are now in the database file. */
export interface CheckpointResult {
  readonly logFrames: number;
  readonly checkpointedFrames: number;
}

export interface WalCheckpointer {
  /** Stops the background checkpoints and hands them back to the database's own connection. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  readonly intervalMs?: number;
  /** Called after each checkpoint that found frames to copy. */
  readonly onCheckpoint?: (result: CheckpointResult) => void;
}

const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/**
 * Under writes that never pause, a checkpoint from another connection never catches up with the log, and SQLite
 * only starts the log over once one has. Past this size (about 40 MB) the writing connection checkpoints once.
 */
const MAX_LOG_FRAMES = 10_000;

// Plain CommonJS, so the thread needs no TypeScript loader. It opens its own connection to the same file.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const run = () => {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)');
  if (row && row.log > 0) parentPort.postMessage({ logFrames: row.log, checkpointedFrames: row.checkpointed });
};
const timer = setInterval(run, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Copies the write-ahead log into the database file from a separate thread. SQLite otherwise does this inside
 * whichever commit crosses its threshold, and the disk sync that comes with it stalls the event loop for
 * milliseconds, in the middle of a broadcast. Commits stay as durable as before: each one still reaches the log.
 */
export function startWalCheckpointer(db: Database.Database, options: WalCheckpointerOptions = {}): WalCheckpointer {
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      file: db.name,
      intervalMs: options.intervalMs ?? 1000,
    },
  });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  let running = true;
  const handBack = () => {
    if (!running) return;
    running = false;
    if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('message', (result: CheckpointResult) => {
    if (running && db.open && result.logFrames > MAX_LOG_FRAMES) db.pragma('wal_checkpoint(PASSIVE)');
    options.onCheckpoint?.(result);
  });
  worker.on('error', (error) => {
    // The log must never grow without bound: SQLite takes checkpoints back on the main connection.
    console.error('Background checkpoints stopped; SQLite takes them over:', error);
    handBack();
  });
  worker.on('exit', handBack);

  return {
    async stop() {
      if (!running) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      // Held until the thread has closed its connection.
      worker.ref();
      worker.postMessage('stop');
      await exited;
      handBack();
    },
  };
}
