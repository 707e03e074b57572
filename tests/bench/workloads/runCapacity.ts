import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClientWorkers } from '../clients/startClientWorkers.ts';
import { summarizeFanOut } from '../report/summarizeFanOut.ts';
import type { BenchServer, RoomAddress, ServerKind } from '../servers/BenchServer.ts';
import { readRssBytes } from '../servers/readRssBytes.ts';
import { startServer } from '../servers/startServer.ts';
import { nowMs, sleep } from '../support/timing.ts';
import { measureBusyFraction, waitForQuiet } from '../support/waitForQuiet.ts';

export interface CapacityConfig {
  readonly roomSize: number;
  /** Rooms opened first, idle, to weigh memory per room and per connection; the ramp starts from them. */
  readonly memoryRooms: number;
  readonly stepRooms: number;
  readonly maxConnections: number;
  /** Edits sent in this window after each step make its p99. */
  readonly windowMs: number;
  readonly p99LimitMs: number;
  readonly editIntervalMs: number;
  /** Date.now() after which the ramp stops early, so the whole bench stays within its time budget. */
  readonly deadline?: number;
}

export interface CapacityStep {
  readonly connections: number;
  readonly rooms: number;
  readonly edits: number;
  readonly p50: number;
  readonly p99: number;
  readonly missing: number;
  readonly rssBytes: number;
}

export interface CapacityResult {
  readonly kind: ServerKind;
  /** The most connections at which p99 fan-out stayed within the limit. */
  readonly connectionsHeld: number;
  readonly stoppedBecause: string;
  readonly baselineRssBytes: number | null;
  /** Memory of one idle room holding a single connection. */
  readonly rssPerIdleRoomBytes: number | null;
  readonly rssPerConnectionBytes: number | null;
  readonly steps: readonly CapacityStep[];
  readonly error?: string;
}

/**
 * Adds rooms of `roomSize` clients, each room's writer editing once per `editIntervalMs`, until p99 fan-out over a
 * window passes `p99LimitMs` or `maxConnections` are open. One server at a time, each freshly started.
 */
export async function runCapacity(
  kinds: readonly ServerKind[],
  workers: ClientWorkers,
  config: CapacityConfig,
  log: (line: string) => void,
): Promise<CapacityResult[]> {
  const results: CapacityResult[] = [];
  for (const [index, kind] of kinds.entries()) {
    // Each server gets an equal share of the time that is left.
    const deadline =
      config.deadline === undefined ? undefined : Date.now() + (config.deadline - Date.now()) / (kinds.length - index);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `debrief-bench-capacity-${kind}-`));
    let server: BenchServer | null = null;
    try {
      server = await startServer(kind, dataDir);
      results.push(await rampUp(server, workers, { ...config, deadline }, log));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  capacity on ${kind} failed: ${message}`);
      results.push({
        kind,
        connectionsHeld: 0,
        stoppedBecause: 'error',
        baselineRssBytes: null,
        rssPerIdleRoomBytes: null,
        rssPerConnectionBytes: null,
        steps: [],
        error: message,
      });
    } finally {
      await workers.closeAll().catch(() => undefined);
      await server?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}

async function rampUp(
  server: BenchServer,
  workers: ClientWorkers,
  config: CapacityConfig,
  log: (line: string) => void,
): Promise<CapacityResult> {
  const { roomSize } = config;
  const maxRooms = Math.floor(config.maxConnections / roomSize);
  const rooms = await createRooms(server, maxRooms);
  // The median of a few readings, so one allocation burst does not decide it.
  const rss = async () => {
    const readings: number[] = [];
    for (let i = 0; i < 5; i++) {
      readings.push(readRssBytes(server.pid));
      await sleep(100);
    }
    return readings.sort((a, b) => a - b)[2] ?? readings[0] ?? 0;
  };
  await sleep(1000);

  // Memory: idle rooms with one connection each, then the same rooms filled up.
  const memoryRooms = rooms.slice(0, Math.min(config.memoryRooms, maxRooms));
  const baseline = await rss();
  const pids = [server.pid, ...workers.pids];
  await workers.openRooms(memoryRooms, 1);
  await sleep(500);
  await waitForQuiet(pids);
  const withRooms = await rss();
  await workers.openRooms(memoryRooms, roomSize, { firstMember: 1 });
  await sleep(500);
  // Every server deals with the join storm (each client announcing itself to its room) before anything is timed.
  await waitForQuiet(pids);
  const filled = await rss();
  const perConnection = (filled - withRooms) / (memoryRooms.length * (roomSize - 1));
  // A room cannot be open without a connection: this is an idle room with its one client.
  const perIdleRoom = (withRooms - baseline) / memoryRooms.length;

  const steps: CapacityStep[] = [];
  let opened = memoryRooms.length;
  let held = 0;
  let stoppedBecause = `reached ${config.maxConnections} connections`;
  let retried = false;
  for (;;) {
    await workers.all({ type: 'startTicking', intervalMs: config.editIntervalMs });
    await workers.collect();
    const from = nowMs();
    await sleep(config.windowMs + 500);
    const stats = summarizeFanOut(await workers.collect(), roomSize - 1, { from, to: from + config.windowMs });
    const step: CapacityStep = {
      connections: opened * roomSize,
      rooms: opened,
      edits: stats.edits,
      p50: stats.allReceived.p50,
      p99: stats.allReceived.p99,
      missing: stats.missing,
      rssBytes: readRssBytes(server.pid),
    };
    steps.push(step);
    log(
      `  capacity ${server.kind.padEnd(10)} ${String(step.connections).padStart(5)} connections: p99 ${step.p99.toFixed(1)} ms, RSS ${(step.rssBytes / 2 ** 20).toFixed(0)} MiB`,
    );
    if (!(step.p99 <= config.p99LimitMs)) {
      // One more window at the same level first: a burst of other work on the machine should not end the ramp.
      if (!retried) {
        retried = true;
        continue;
      }
      stoppedBecause = `p99 ${step.p99.toFixed(0)} ms at ${step.connections} connections`;
      break;
    }
    retried = false;
    held = step.connections;
    if (opened >= maxRooms) break;
    if (config.deadline !== undefined && Date.now() > config.deadline) {
      stoppedBecause = `out of time at ${step.connections} connections (not at the limit)`;
      break;
    }
    const next = rooms.slice(opened, Math.min(maxRooms, opened + config.stepRooms));
    try {
      const busy = await measureBusyFraction(pids);
      await workers.openRooms(next, roomSize, { firstRoom: opened });
      opened += next.length;
      await sleep(300);
      // Back to the load the ticking rooms made before these joined, plus a little.
      await waitForQuiet(pids, { busyFraction: busy * 1.25 + 0.1, timeoutMs: 10_000 });
    } catch (error) {
      stoppedBecause = `clients could not connect beyond ${opened * roomSize}: ${error instanceof Error ? error.message : error}`;
      break;
    }
  }
  await workers.all({ type: 'stopTicking' });
  return {
    kind: server.kind,
    connectionsHeld: held,
    stoppedBecause,
    baselineRssBytes: baseline,
    rssPerIdleRoomBytes: perIdleRoom,
    rssPerConnectionBytes: perConnection,
    steps,
  };
}

async function createRooms(server: BenchServer, count: number): Promise<RoomAddress[]> {
  const rooms: RoomAddress[] = [];
  // A few at a time: creating a Debrief meeting writes to its database.
  for (let i = 0; i < count; i += 8) {
    rooms.push(...(await Promise.all(Array.from({ length: Math.min(8, count - i) }, () => server.createRoom()))));
  }
  return rooms;
}
