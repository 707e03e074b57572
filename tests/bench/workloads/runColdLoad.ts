import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClientWorkers } from '../clients/startClientWorkers.ts';
import type { MeasureSyncResult } from '../clients/workerMessages.ts';
import { type LatencyStats, summarizeLatencies } from '../report/percentiles.ts';
import type { BenchServer, RoomAddress, ServerKind } from '../servers/BenchServer.ts';
import { startServer } from '../servers/startServer.ts';
import { sleep, waitUntil } from '../support/timing.ts';
import type { LargeMeeting } from './buildLargeMeeting.ts';

export interface ColdLoadResult {
  readonly kind: ServerKind;
  /** Connect to first full sync, each with the document unloaded first; the first right after a restart. */
  readonly samplesMs: readonly number[];
  readonly stats: LatencyStats | null;
  /** Connect to the arrival of the server's full-document answer, before the client applies it. */
  readonly answerSamplesMs: readonly number[];
  readonly answerStats: LatencyStats | null;
  readonly error?: string;
}

/** What runs on Debrief's server while the stored meeting is unloaded again (the browser workload). */
export type AfterDebriefColdLoad = (server: BenchServer, room: RoomAddress) => Promise<void>;

/**
 * The large meeting is pushed by a client, as people would have written it, and stored; the server restarts; then
 * a client connects `repeats` times, each time with the document unloaded, and times connect → first full sync.
 */
export async function runColdLoad(
  kinds: readonly ServerKind[],
  meeting: LargeMeeting,
  workers: ClientWorkers,
  repeats: number,
  log: (line: string) => void,
  afterDebrief?: AfterDebriefColdLoad,
): Promise<ColdLoadResult[]> {
  const results: ColdLoadResult[] = [];
  for (const kind of kinds) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `debrief-bench-cold-${kind}-`));
    let server: BenchServer | null = null;
    try {
      server = await startServer(kind, dataDir, true);
      const created = await server.createRoom();
      await workers.request(
        0,
        { type: 'push', address: created, update: meeting.update, roots: meeting.roots, timeoutMs: 60_000 },
        90_000,
      );
      await waitForUnload(server);
      await server.stop();
      server = await startServer(kind, dataDir, true);
      const room = server.addressOf(created);
      const samplesMs: number[] = [];
      const answerSamplesMs: number[] = [];
      for (let i = 0; i < repeats; i++) {
        await waitForUnload(server);
        const result = await workers.request<MeasureSyncResult>(
          0,
          { type: 'measureSync', address: room, roots: meeting.roots, timeoutMs: 30_000 },
          40_000,
        );
        if (result.rootSizes.join() !== meeting.rootSizes.join()) {
          throw new Error(`The first sync held ${result.rootSizes.join('/')}, not ${meeting.rootSizes.join('/')}`);
        }
        samplesMs.push(result.ms);
        answerSamplesMs.push(result.answerMs);
      }
      const stats = summarizeLatencies(samplesMs);
      const answerStats = summarizeLatencies(answerSamplesMs);
      log(
        `  cold load ${kind.padEnd(10)} first sync ${samplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms; ` +
          `server answer ${answerSamplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
      );
      results.push({ kind, samplesMs, stats, answerSamplesMs, answerStats });
      if (kind === 'debrief' && afterDebrief) {
        await waitForUnload(server);
        await afterDebrief(server, room);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  cold load on ${kind} failed: ${message}`);
      results.push({ kind, samplesMs: [], stats: null, answerSamplesMs: [], answerStats: null, error: message });
    } finally {
      await server?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}

/** Waits until the server holds no document in memory, so the next open reads from disk. */
export async function waitForUnload(server: BenchServer): Promise<void> {
  const unloaded = await waitUntil(async () => (await server.loadedDocuments()) === 0, 15_000, 50);
  if (!unloaded) throw new Error(`The ${server.kind} server kept its documents loaded`);
  // The last write of an unload finishes just after the room is forgotten.
  await sleep(100);
}
